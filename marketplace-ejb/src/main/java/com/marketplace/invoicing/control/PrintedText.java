package com.marketplace.invoicing.control;

import com.marketplace.platform.Money;
import com.marketplace.platform.MoneyFormat;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * How a printed document writes its figures: amounts with the currency's symbol as people read them
 * where the currency is at home ({@link MoneyFormat#homeLocale}), quantities and rates in the same
 * locale, units and tax categories in words, dates in English like the labels.
 */
final class PrintedText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  /** UN/ECE rec. 20 codes the product uses, as one unit and as many. */
  private static final Map<String, String[]> UNITS =
      Map.of(
          "HUR", new String[] {"hour", "hours"},
          "DAY", new String[] {"day", "days"},
          "C62", new String[] {"piece", "pieces"},
          "H87", new String[] {"piece", "pieces"},
          "MIN", new String[] {"minute", "minutes"},
          "WEE", new String[] {"week", "weeks"},
          "MON", new String[] {"month", "months"},
          "ANN", new String[] {"year", "years"},
          "LS", new String[] {"lump sum", "lump sums"});

  private static final Map<String, String> TAX_CATEGORIES =
      Map.of(
          "S", "VAT",
          "Z", "Zero rated",
          "E", "Exempt from VAT",
          "AE", "Reverse charge",
          "K", "Intra-community supply",
          "G", "Export outside the EU",
          "O", "Not subject to VAT");

  private final Currency currency;
  private final Locale locale;

  PrintedText(String currencyCode) {
    this.currency = Money.currency(currencyCode);
    this.locale = MoneyFormat.homeLocale(currency);
  }

  /** 1.460,00 € for EUR, £1,460.00 for GBP, ￥1,460 for JPY, ₹1,460.00 for INR. */
  String money(long minor) {
    return Money.of(minor, currency).format(locale);
  }

  /** The quantity and its unit in words: "7,5 hours", "1 day", "3 pieces". */
  String quantity(BigDecimal quantity, String unitCode) {
    String number = number(quantity);
    String[] words = unitCode == null ? null : UNITS.get(unitCode);
    if (words == null) {
      return unitCode == null || unitCode.isBlank() ? number : number + " " + unitCode;
    }
    return number + " " + (quantity.compareTo(BigDecimal.ONE) == 0 ? words[0] : words[1]);
  }

  /** A rate or discount: "19 %", "7,5 %". */
  String percent(BigDecimal percent) {
    return number(percent) + " %";
  }

  /** The tax category and rate as the summary names it: "VAT 19 %", "Reverse charge". */
  String taxCategory(String category, BigDecimal ratePercent) {
    String name = TAX_CATEGORIES.getOrDefault(category, category == null ? "Tax" : category);
    return "S".equals(category) || ratePercent.signum() != 0
        ? name + " " + percent(ratePercent)
        : name;
  }

  static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private String number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(Math.max(0, plain.scale()));
    format.setMaximumFractionDigits(Math.max(0, plain.scale()));
    return format.format(plain);
  }
}
