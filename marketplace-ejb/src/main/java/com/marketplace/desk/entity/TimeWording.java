package com.marketplace.desk.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How messages about tracked time name a moment: in a time zone, always labelled with it, the day
 * left out when it is today. Workspaces have no time zone of their own yet, so the desk speaks
 * {@link #UTC}.
 */
public record TimeWording(ZoneId zone, String label) {

  public static final TimeWording UTC = new TimeWording(ZoneOffset.UTC, "UTC");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  /** The Monday of the week (Monday to Sunday, in this zone) a moment falls in. */
  public LocalDate monday(Instant at) {
    return monday(at.atZone(zone).toLocalDate());
  }

  /** The Monday of the week a day falls in. */
  public static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The moment a day starts in this zone. */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** "09:12 UTC" today, "27 Nov 2026, 09:12 UTC" on another day. */
  public String moment(Instant at, Instant now) {
    var local = at.atZone(zone);
    String time = TIME.format(local) + " " + label;
    return local.toLocalDate().equals(now.atZone(zone).toLocalDate())
        ? time
        : DAY.format(local) + ", " + time;
  }

  /** "28 Nov 2026, 09:00–10:30 UTC", or both days when the span crosses midnight. */
  public String span(Instant start, Instant end) {
    var from = start.atZone(zone);
    var to = end.atZone(zone);
    if (from.toLocalDate().equals(to.toLocalDate())) {
      return DAY.format(from) + ", " + TIME.format(from) + "–" + TIME.format(to) + " " + label;
    }
    return DAY.format(from)
        + ", "
        + TIME.format(from)
        + " – "
        + DAY.format(to)
        + ", "
        + TIME.format(to)
        + " "
        + label;
  }
}
