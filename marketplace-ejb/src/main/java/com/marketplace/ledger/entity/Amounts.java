package com.marketplace.ledger.entity;

import com.marketplace.platform.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Rules for amounts in minor units: validation, the platform fee, display. */
public final class Amounts {

  /** A hundred billion major units: far beyond any single payment, far below overflow. */
  public static final long MAX = 10_000_000_000_000L;

  private Amounts() {}

  public static long requirePositive(long amount) {
    if (amount <= 0 || amount > MAX) {
      throw new InvalidInputException("The amount must be greater than zero.");
    }
    return amount;
  }

  public static String requireCurrency(String code) {
    try {
      return Currency.getInstance(code).getCurrencyCode();
    } catch (RuntimeException e) {
      throw new InvalidInputException("\"" + code + "\" is not an ISO 4217 currency code.");
    }
  }

  /**
   * The platform fee on an amount: {@code amount × basisPoints / 10 000}, rounded half-even in
   * minor units. What the rounding leaves stays with the freelancer.
   */
  public static long fee(long amount, int basisPoints) {
    return BigDecimal.valueOf(amount)
        .multiply(BigDecimal.valueOf(basisPoints))
        .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  /** e.g. 12345 USD → "USD 123.45"; JPY has no minor unit → "JPY 12345". */
  public static String format(long minor, String currency) {
    return currency + " " + decimal(minor, currency);
  }

  /** e.g. 12345 USD → "123.45": the amount as a form field shows it, ready for {@link #parse}. */
  public static String decimal(long minor, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return BigDecimal.valueOf(minor).movePointLeft(digits).setScale(digits).toPlainString();
  }

  /** Parses what a person types ("12.5", "12.50") into minor units of the currency. */
  public static long parse(String text, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    try {
      var value = new BigDecimal(text.trim().replace(",", ""));
      if (value.scale() > digits) {
        throw new InvalidInputException(
            "Amounts in " + currency + " have at most " + digits + " decimals.");
      }
      return requirePositive(value.movePointRight(digits).longValueExact());
    } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
      throw new InvalidInputException("Enter an amount such as 25.00.");
    }
  }
}
