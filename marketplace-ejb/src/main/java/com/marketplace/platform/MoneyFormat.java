package com.marketplace.platform;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Money as people read and type it: formatted for a locale ({@code $1,460.00} in en-US, {@code
 * 1.460,00 €} in de-DE), the plain number a form field shows, and what a person typed parsed back
 * strictly. Where no locale is chosen, the currency's home locale is used, so a workspace in euros
 * reads like {@code 1.460,00 €}.
 */
public final class MoneyFormat {

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

  /**
   * The currency formats made so far, one per locale, currency and digits: making one looks the
   * locale's patterns and symbols up, which cost more than the formatting (a billing run formats
   * amounts into every invoice's history).
   */
  private static final Map<FormatKey, NumberFormat> FORMATS = new ConcurrentHashMap<>();

  private static final int FORMATS_MAX = 500;

  private record FormatKey(Locale locale, Currency currency, int digits) {}

  private MoneyFormat() {}

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
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    var symbols = DecimalFormatSymbols.getInstance(locale);
    char decimal = symbols.getMonetaryDecimalSeparator();
    char grouping = symbols.getMonetaryGroupingSeparator();
    String example =
        "Enter an amount such as " + decimal(Money.of(25 * pow10(digits), currency), locale) + ".";
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
      return Money.of(value.movePointRight(digits).longValueExact(), currency);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(example);
    }
  }

  /** As people read it in that locale: {@code $1,460.00} (en-US), {@code 1.460,00 €} (de-DE). */
  public static String format(Money money, Locale locale) {
    var key = new FormatKey(locale, money.currency(), money.fractionDigits());
    NumberFormat prototype = FORMATS.get(key);
    if (prototype == null) {
      prototype = currencyFormat(key);
      if (FORMATS.size() < FORMATS_MAX) { // locales come from requests: keep a bounded few
        FORMATS.putIfAbsent(key, prototype);
      }
    }
    // a format is not safe for two threads at once: each use formats with a copy of its own
    return ((NumberFormat) prototype.clone()).format(money.toDecimal());
  }

  private static NumberFormat currencyFormat(FormatKey key) {
    NumberFormat format = NumberFormat.getCurrencyInstance(key.locale());
    format.setCurrency(key.currency());
    format.setMinimumFractionDigits(key.digits());
    format.setMaximumFractionDigits(key.digits());
    return format;
  }

  /**
   * The number alone as a form field shows it, ready for {@link #parse(String, Currency, Locale)}:
   * no symbol, no grouping, the locale's decimal separator (en-US "1460.00", de-DE "1460,00").
   */
  public static String decimal(Money money, Locale locale) {
    String plain = money.toDecimal().toPlainString();
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

  private static long pow10(int digits) {
    long p = 1;
    for (int i = 0; i < digits; i++) {
      p *= 10;
    }
    return p;
  }
}
