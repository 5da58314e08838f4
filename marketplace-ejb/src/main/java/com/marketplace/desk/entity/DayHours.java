package com.marketplace.desk.entity;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Time tracked on one day, in seconds. */
public record DayHours(LocalDate day, long seconds) {

  /** "Mon". */
  public String weekday() {
    return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** "7 h 30 min". */
  public String tracked() {
    return TimeEntry.length(seconds);
  }
}
