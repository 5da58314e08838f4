package com.marketplace.platform;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
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
 * <p>People read it formatted for a locale ({@link #format(Locale)}: {@code $1,460.00} in en-US,
 * {@code 1.460,00 €} in de-DE). Where no locale is chosen, the currency's home locale is used
 * ({@link #homeLocale(Currency)}), so a workspace in euros reads like {@code 1.460,00 €}.
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

  /** Where each currency is most at home, for formatting when nothing else decides. */
  private static final Map<String, Locale> HOME =
      Map.ofEntries(
          Map.entry("USD", Locale.US),
          Map.entry("EUR", Locale.GERMANY),
          Map.entry("GBP", Locale.UK),
          Map.entry("JPY", Locale.JAPAN),
          Map.entry("CHF", Locale.forLanguageTag("de-CH")),
          Map.entry("CAD", Locale.CANADA),
          Map.entry("AUD", Locale.forLanguageTag("en-AU")),
          Map.entry("NZD", Locale.forLanguageTag("en-NZ")),
          Map.entry("INR", Locale.forLanguageTag("en-IN")),
          Map.entry("SEK", Locale.forLanguageTag("sv-SE")),
          Map.entry("NOK", Locale.forLanguageTag("nb-NO")),
          Map.entry("DKK", Locale.forLanguageTag("da-DK")),
          Map.entry("PLN", Locale.forLanguageTag("pl-PL")),
          Map.entry("CZK", Locale.forLanguageTag("cs-CZ")),
          Map.entry("BRL", Locale.forLanguageTag("pt-BR")),
          Map.entry("MXN", Locale.forLanguageTag("es-MX")),
          Map.entry("CNY", Locale.CHINA),
          Map.entry("SGD", Locale.forLanguageTag("en-SG")),
          Map.entry("HKD", Locale.forLanguageTag("en-HK")),
          Map.entry("ZAR", Locale.forLanguageTag("en-ZA")));

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

  // --- reading and writing it

  /**
   * Parses a plain decimal in major units ("12.5", "1,000.01", "-3"): a point before the decimals,
   * commas between groups of three digits. More decimals than the currency has are refused.
   */
  public static Money parse(String text, Currency currency) {
    return parse(text, currency, Locale.ROOT);
  }

  /**
   * Parses what a person typed in the locale's way of writing numbers (en-US "1,460.50", de-DE
   * "1.460,50"); the currency's symbol or code around it is ignored. Grouping separators must
   * separate groups of three digits, so an ambiguous "25.50" in de-DE is refused rather than read
   * as 2 550; more decimals than the currency has are refused.
   */
  public static Money parse(String text, Currency currency, Locale locale) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(locale, "locale");
    int digits = fractionDigits(currency);
    var symbols = DecimalFormatSymbols.getInstance(locale);
    char decimal = symbols.getMonetaryDecimalSeparator();
    char grouping = symbols.getMonetaryGroupingSeparator();
    String example =
        "Enter an amount such as " + of(25 * pow10(digits), currency).decimal(locale) + ".";
    if (text == null) {
      throw new InvalidInputException(example);
    }
    String s = trim(text);
    boolean negative = false;
    boolean signed = false;
    for (int pass = 0; pass < 2; pass++) {
      if (!signed && (s.startsWith("-") || s.startsWith("+"))) {
        signed = true;
        negative = s.startsWith("-");
        s = trim(s.substring(1));
      }
      for (String mark : new String[] {currency.getCurrencyCode(), currency.getSymbol(locale)}) {
        if (s.startsWith(mark)) {
          s = trim(s.substring(mark.length()));
        } else if (s.endsWith(mark)) {
          s = trim(s.substring(0, s.length() - mark.length()));
        }
      }
    }
    if (Character.isSpaceChar(grouping)) {
      s = s.replace('\u00a0', grouping).replace('\u202f', grouping).replace(' ', grouping);
    } else if (grouping == '\u2019') {
      s = s.replace('\'', grouping);
    }
    int point = s.indexOf(decimal);
    if (point != s.lastIndexOf(decimal)) {
      throw new InvalidInputException(example);
    }
    String whole = point < 0 ? s : s.substring(0, point);
    String fraction = point < 0 ? "" : s.substring(point + 1);
    String[] groups = whole.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
    boolean grouped = groups.length > 1;
    for (int i = 0; i < groups.length; i++) {
      String g = groups[i];
      boolean fits =
          !g.isEmpty()
              && g.chars().allMatch(ch -> ch >= '0' && ch <= '9')
              && (!grouped || (i == 0 ? g.length() <= 3 : g.length() == 3));
      if (!fits && !(groups.length == 1 && g.isEmpty() && !fraction.isEmpty())) {
        throw new InvalidInputException(example);
      }
    }
    if (point >= 0
        && (fraction.isEmpty() || !fraction.chars().allMatch(ch -> ch >= '0' && ch <= '9'))) {
      throw new InvalidInputException(example);
    }
    if (fraction.length() > digits) {
      throw new InvalidInputException(
          "Amounts in " + currency.getCurrencyCode() + " have at most " + digits + " decimals.");
    }
    try {
      var value =
          new BigDecimal(
              (negative ? "-" : "")
                  + (whole.isEmpty() ? "0" : String.join("", groups))
                  + (fraction.isEmpty() ? "" : "." + fraction));
      return of(value.movePointRight(digits).longValueExact(), currency);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(example);
    }
  }

  /** As people read it in that locale: {@code $1,460.00} (en-US), {@code 1.460,00 €} (de-DE). */
  public String format(Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency());
    format.setMinimumFractionDigits(fractionDigits());
    format.setMaximumFractionDigits(fractionDigits());
    return format.format(toDecimal());
  }

  /** As people read it where the currency is at home ({@link #homeLocale(Currency)}). */
  public String format() {
    return format(homeLocale(currency()));
  }

  /**
   * The number alone as a form field shows it, ready for {@link #parse(String, Currency, Locale)}:
   * no symbol, no grouping, the locale's decimal separator (en-US "1460.00", de-DE "1460,00").
   */
  public String decimal(Locale locale) {
    String plain = toDecimal().toPlainString();
    char separator = DecimalFormatSymbols.getInstance(locale).getMonetaryDecimalSeparator();
    return separator == '.' ? plain : plain.replace('.', separator);
  }

  /**
   * Where people read amounts of this currency most naturally, for workspaces that have not chosen
   * a locale: USD en-US, EUR de-DE, GBP en-GB, JPY ja-JP and so on; for a currency not listed, the
   * first locale (by language tag) of a country that uses it; English as the last resort.
   */
  public static Locale homeLocale(Currency currency) {
    Locale home = HOME.get(currency.getCurrencyCode());
    if (home != null) {
      return home;
    }
    return Arrays.stream(Locale.getAvailableLocales())
        .filter(l -> !l.getCountry().isEmpty() && l.getVariant().isEmpty())
        .filter(l -> l.getScript().isEmpty())
        .filter(l -> usesCurrency(l, currency))
        .min(Comparator.comparing(Locale::toLanguageTag))
        .orElse(Locale.ENGLISH);
  }

  private static boolean usesCurrency(Locale locale, Currency currency) {
    try {
      return currency.equals(Currency.getInstance(locale));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Strips spaces around text, the non-breaking ones that formatted amounts contain too. */
  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  private static long pow10(int digits) {
    long p = 1;
    for (int i = 0; i < digits; i++) {
      p *= 10;
    }
    return p;
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
