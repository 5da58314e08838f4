package com.marketplace.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display formats for pages; times are shown in UTC until members choose a time zone. */
@Named
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String money(long minor, String currency) {
    return com.marketplace.ledger.entity.Amounts.format(minor, currency);
  }

  public String day(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date.atStartOfDay(ZoneOffset.UTC));
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }
}
