package com.marketplace.desk.web;

import com.marketplace.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time as the forms take it: a day, a start time, and an end time or a duration ("1:30", "1.5", "1h
 * 30m", "45 min"), in the time zone the page shows. A duration may run past midnight; an end time
 * is on the same day.
 */
public record ManualTime(Instant start, Instant end) {

  private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
  private static final Pattern DECIMAL_HOURS =
      Pattern.compile("(\\d{1,2})(?:[.,](\\d{1,2}))?\\s*h?");
  private static final Pattern UNITS =
      Pattern.compile("(?:(\\d{1,2})\\s*h)?\\s*(?:(\\d{1,4})\\s*m(?:in)?)?");

  public static ManualTime of(
      LocalDate day, LocalTime start, LocalTime end, String duration, ZoneId zone) {
    if (day == null) {
      throw new InvalidInputException("Choose the day.");
    }
    if (start == null) {
      throw new InvalidInputException("Enter the start time.");
    }
    boolean noDuration = duration == null || duration.isBlank();
    if (end == null && noDuration) {
      throw new InvalidInputException("Enter the end time or a duration.");
    }
    if (end != null && !noDuration) {
      throw new InvalidInputException("Enter the end time or a duration, not both.");
    }
    Instant from = day.atTime(start).atZone(zone).toInstant();
    Instant to =
        end != null ? day.atTime(end).atZone(zone).toInstant() : from.plus(duration(duration));
    return new ManualTime(from, to);
  }

  /** "1:30", "1.5" or "1,5" (hours), "2h", "1h 30m", "45m", "45 min". */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    Duration d = null;
    Matcher m;
    if ((m = HOURS_MINUTES.matcher(t)).matches()) {
      d = Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)));
    } else if ((m = DECIMAL_HOURS.matcher(t)).matches()) {
      String fraction = m.group(2) == null ? "0" : m.group(2);
      long hundredths =
          Long.parseLong(m.group(1)) * 100
              + Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
      d = Duration.ofSeconds(hundredths * 36);
    } else if (!t.isEmpty() && (m = UNITS.matcher(t)).matches()) {
      d =
          Duration.ofHours(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
              .plusMinutes(m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
    }
    if (d == null) {
      throw new InvalidInputException(
          "Enter the duration as hours and minutes, such as 1:30, 1.5 or 45 min.");
    }
    if (d.isZero()) {
      throw new InvalidInputException("The duration must be more than zero.");
    }
    return d;
  }
}
