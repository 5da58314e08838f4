package com.marketplace.platform.web;

import com.marketplace.platform.Money;
import com.marketplace.platform.MoneyFormat;
import com.marketplace.tenancy.web.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Display formats for pages; times are shown in UTC until members choose a time zone, money the way
 * the workspace writes it ({@link Workspace#getLocale()}). Form fields for amounts use the {@code
 * money} converter ({@link MoneyConverter}).
 */
@Named
@ApplicationScoped
public class Formats {

  @Inject Workspace workspace;

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** e.g. {@code $1,460.00} in a workspace in dollars, {@code 1.460,00 €} in one in euros. */
  public String money(Money money) {
    if (money == null) {
      return "";
    }
    return money.format(locale(money));
  }

  private java.util.Locale locale(Money money) {
    return workspace.isPresent() ? workspace.getLocale() : MoneyFormat.homeLocale(money.currency());
  }

  /**
   * The number alone, as an amount field shows and reads it ("50.00" in dollars, "50,00" in euros).
   */
  public String decimal(Money money) {
    return money == null ? "" : MoneyFormat.decimal(money, locale(money));
  }

  public String day(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date.atStartOfDay(ZoneOffset.UTC));
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  /** e.g. "November 2026" */
  public String month(java.time.YearMonth month) {
    return month == null ? "" : MONTH.format(month);
  }
}
