package com.marketplace.platform;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money: whole minor units (cents; yen have none) of one ISO 4217 currency. Never a
 * floating-point number. Arithmetic refuses to mix currencies and to overflow; rounding is explicit
 * (half-even) wherever a result falls between two minor units.
 *
 * <p>Immutable. Usable as a JPA embeddable: by default it maps onto columns {@code amount} and
 * {@code currency}; an entity whose columns are named otherwise maps them with
 * {@code @AttributeOverride}.
 *
 * <p>People read and type it the way their locale writes numbers: {@link MoneyFormat}.
 */
@Embeddable
@Access(AccessType.FIELD)
public final class Money implements Comparable<Money>, Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The most a single amount entered or moved may be: a hundred billion major units, far beyond any
   * single payment and far below overflow.
   */
  public static final long MAX_MINOR_UNITS = 10_000_000_000_000L;

  @Column(name = "amount", nullable = false)
  private long amount;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  /** For JPA only. */
  protected Money() {}

  private Money(long amount, Currency currency) {
    this.amount = amount;
    this.currency = currency.getCurrencyCode();
  }

  public static Money of(long minorUnits, Currency currency) {
    return new Money(minorUnits, Objects.requireNonNull(currency, "currency"));
  }

  /** Refuses a code that is not an ISO 4217 currency. */
  public static Money of(long minorUnits, String currencyCode) {
    return of(minorUnits, currency(currencyCode));
  }

  public static Money zero(Currency currency) {
    return of(0, currency);
  }

  public static Money zero(String currencyCode) {
    return zero(currency(currencyCode));
  }

  /** The currency of an ISO 4217 code ("usd" too), or an invalid-input refusal. */
  public static Currency currency(String code) {
    try {
      return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new InvalidInputException("\"" + code + "\" is not an ISO 4217 currency code.");
    }
  }

  // --- what it is

  /** The amount in minor units of its currency (12345 USD cents = $123.45). */
  public long minorUnits() {
    return amount;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public String currencyCode() {
    return currency;
  }

  /** Digits after the decimal point the currency has (USD 2, JPY 0). */
  public int fractionDigits() {
    return fractionDigits(currency());
  }

  /** The amount in major units, at the currency's scale (12345 USD → 123.45). */
  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(amount, fractionDigits());
  }

  public int signum() {
    return Long.signum(amount);
  }

  public boolean isZero() {
    return amount == 0;
  }

  public boolean isPositive() {
    return amount > 0;
  }

  public boolean isNegative() {
    return amount < 0;
  }

  /**
   * This amount, if it may be entered or moved: greater than zero and at most {@link
   * #MAX_MINOR_UNITS}.
   */
  public Money requirePositive() {
    if (amount <= 0) {
      throw new InvalidInputException("The amount must be greater than zero.");
    }
    if (amount > MAX_MINOR_UNITS) {
      throw new InvalidInputException("The amount is too large.");
    }
    return this;
  }

  // --- arithmetic

  public Money plus(Money other) {
    requireSameCurrency(other);
    try {
      return new Money(Math.addExact(amount, other.amount), currency());
    } catch (ArithmeticException e) {
      throw overflow(this + " + " + other);
    }
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    try {
      return new Money(Math.subtractExact(amount, other.amount), currency());
    } catch (ArithmeticException e) {
      throw overflow(this + " - " + other);
    }
  }

  public Money times(long factor) {
    try {
      return new Money(Math.multiplyExact(amount, factor), currency());
    } catch (ArithmeticException e) {
      throw overflow(this + " × " + factor);
    }
  }

  public Money negate() {
    try {
      return new Money(Math.negateExact(amount), currency());
    } catch (ArithmeticException e) {
      throw overflow("-(" + this + ")");
    }
  }

  /**
   * {@code percent} % of this amount, rounded half-even to minor units (10 % of USD 0.15 is USD
   * 0.02; of USD 0.05 it is USD 0.00). A fee computed so leaves the rounding remainder with the
   * payee.
   */
  public Money percent(BigDecimal percent) {
    return percent(percent, RoundingMode.HALF_EVEN);
  }

  /** {@code percent} % of this amount, rounded to minor units as the caller says. */
  public Money percent(BigDecimal percent, RoundingMode rounding) {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(rounding, "rounding");
    try {
      return new Money(
          BigDecimal.valueOf(amount)
              .multiply(percent)
              .divide(BigDecimal.valueOf(100), 0, rounding)
              .longValueExact(),
          currency());
    } catch (ArithmeticException e) {
      throw overflow(percent.toPlainString() + " % of " + this);
    }
  }

  /**
   * Divides this amount in the given proportions without losing a minor unit: each part gets its
   * share rounded towards zero, and what that leaves goes one minor unit at a time to the first
   * parts. The parts always sum to this amount.
   */
  public Money[] allocate(long... ratios) {
    if (ratios.length == 0 || Arrays.stream(ratios).anyMatch(r -> r < 0)) {
      throw new IllegalArgumentException("Allocation needs ratios of zero or more");
    }
    BigInteger total =
        Arrays.stream(ratios)
            .mapToObj(BigInteger::valueOf)
            .reduce(BigInteger.ZERO, BigInteger::add);
    if (total.signum() == 0) {
      throw new IllegalArgumentException("Allocation needs at least one ratio above zero");
    }
    BigInteger whole = BigInteger.valueOf(amount).abs();
    long[] parts = new long[ratios.length];
    long left = Math.abs(amount);
    for (int i = 0; i < ratios.length; i++) {
      parts[i] = whole.multiply(BigInteger.valueOf(ratios[i])).divide(total).longValueExact();
      left -= parts[i];
    }
    for (int i = 0; left > 0; i = (i + 1) % parts.length) {
      if (ratios[i] > 0) {
        parts[i]++;
        left--;
      }
    }
    Currency c = currency();
    return Arrays.stream(parts)
        .mapToObj(p -> new Money(amount < 0 ? -p : p, c))
        .toArray(Money[]::new);
  }

  /** Splits this amount into {@code parts} near-equal parts that sum to it exactly. */
  public Money[] split(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("Split into at least one part");
    }
    long[] ratios = new long[parts];
    Arrays.fill(ratios, 1);
    return allocate(ratios);
  }

  // --- comparison

  /** Orders amounts of the same currency; amounts of different currencies do not compare. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(amount, other.amount);
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isSameCurrencyAs(Money other) {
    return currency.equals(other.currency);
  }

  /** Refuses an amount in another currency than this one. */
  public Money requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!isSameCurrencyAs(other)) {
      throw new InvalidInputException(
          "Amounts in different currencies cannot be combined: " + this + " and " + other + ".");
    }
    return this;
  }

  /** Refuses this amount unless it is in the given currency. */
  public Money requireCurrency(Currency expected) {
    if (!currency.equals(expected.getCurrencyCode())) {
      throw new InvalidInputException(
          "Amounts here are in " + expected.getCurrencyCode() + ", not " + currency + ".");
    }
    return this;
  }

  // --- written for people (MoneyFormat reads and writes it)

  /** As people read it in that locale: {@code $1,460.00} (en-US), {@code 1.460,00 €} (de-DE). */
  public String format(Locale locale) {
    return MoneyFormat.format(this, locale);
  }

  /** As people read it where the currency is at home ({@link MoneyFormat#homeLocale}). */
  public String format() {
    return MoneyFormat.format(this, MoneyFormat.homeLocale(currency()));
  }

  private static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  private static ArithmeticException overflow(String what) {
    return new ArithmeticException("Money overflow: " + what + " is beyond the range of amounts");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amount == m.amount && currency.equals(m.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }

  /** The unambiguous form for logs and messages between systems: "USD 1460.00", "JPY 500". */
  @Override
  public String toString() {
    return currency + " " + toDecimal().toPlainString();
  }
}
