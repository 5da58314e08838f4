package com.marketplace.desk.web;

import com.marketplace.desk.entity.TimeWording;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the desk's pages write days, clock times and weeks, in the zone they show times in (UTC until
 * workspaces have one of their own): the freelancer's time page and the client's approvals read the
 * same.
 */
final class TimeFormats {

  /** Where the pages show and read times; the label says which. */
  static final TimeWording ZONE = TimeWording.UTC;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private TimeFormats() {}

  /** "Tue 24 Nov"; empty for no time. */
  static String day(Instant at) {
    return at == null ? "" : DAY.format(at.atZone(ZONE.zone()));
  }

  /** "09:30"; empty for no time. */
  static String clockTime(Instant at) {
    return at == null ? "" : CLOCK.format(at.atZone(ZONE.zone()));
  }

  /** "23 Nov 2026 – 29 Nov 2026", the week from its Monday. */
  static String weekSpan(LocalDate monday) {
    return WEEK.format(monday) + " – " + WEEK.format(monday.plusDays(6));
  }
}
