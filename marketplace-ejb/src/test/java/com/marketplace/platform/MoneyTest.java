package com.marketplace.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Locale DE = Locale.GERMANY;

  static Money usd(long cents) {
    return Money.of(cents, USD);
  }

  /** What people see, with the non-breaking spaces some locales use made visible as spaces. */
  static String readable(String formatted) {
    return formatted.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  @Test
  void isMinorUnitsOfOneCurrency() {
    Money m = Money.of(12345, "usd");
    assertThat(m.minorUnits()).isEqualTo(12345);
    assertThat(m.currency()).isEqualTo(USD);
    assertThat(m.currencyCode()).isEqualTo("USD");
    assertThat(m.toDecimal()).isEqualByComparingTo("123.45");
    assertThat(m.toDecimal().scale()).isEqualTo(2);
    assertThat(Money.of(500, JPY).toDecimal().scale()).isZero();
    assertThat(m).isEqualTo(usd(12345)).hasSameHashCodeAs(usd(12345));
    assertThat(m).isNotEqualTo(Money.of(12345, EUR));
    assertThat(m.toString()).isEqualTo("USD 123.45");
    assertThatThrownBy(() -> Money.of(1, "XXY"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ISO 4217");
  }

  @Test
  void addsSubtractsMultipliesAndNegatesExactly() {
    assertThat(usd(1050).plus(usd(250))).isEqualTo(usd(1300));
    assertThat(usd(1050).minus(usd(2050))).isEqualTo(usd(-1000));
    assertThat(usd(1050).times(3)).isEqualTo(usd(3150));
    assertThat(usd(1050).negate()).isEqualTo(usd(-1050));
    assertThat(Money.zero(USD).isZero()).isTrue();
    assertThat(usd(-1).isNegative()).isTrue();
    assertThat(usd(1).isPositive()).isTrue();
  }

  @Test
  void overflowIsRefusedNotWrapped() {
    Money top = usd(Long.MAX_VALUE);
    assertThatThrownBy(() -> top.plus(usd(1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("overflow");
    assertThatThrownBy(() -> usd(Long.MIN_VALUE).minus(usd(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> top.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> usd(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> top.percent(new BigDecimal("200")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void refusesToMixCurrencies() {
    Money euros = Money.of(100, EUR);
    assertThatThrownBy(() -> usd(100).plus(euros))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("different currencies");
    assertThatThrownBy(() -> usd(100).minus(euros)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> usd(100).compareTo(euros)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> usd(100).requireCurrency(EUR))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("EUR");
    assertThat(usd(100).requireCurrency(USD)).isEqualTo(usd(100));
  }

  @Test
  void compares() {
    assertThat(usd(5).isGreaterThan(usd(4))).isTrue();
    assertThat(usd(4).isLessThan(usd(5))).isTrue();
    assertThat(usd(4).min(usd(5))).isEqualTo(usd(4));
    assertThat(usd(4).max(usd(5))).isEqualTo(usd(5));
    assertThat(usd(4).compareTo(usd(4))).isZero();
  }

  @Test
  void mayBeEnteredOnlyWhenPositiveAndNotAbsurd() {
    assertThat(usd(1).requirePositive()).isEqualTo(usd(1));
    assertThatThrownBy(() -> usd(0).requirePositive())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The amount must be greater than zero.");
    assertThatThrownBy(() -> usd(-5).requirePositive()).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> usd(Money.MAX_MINOR_UNITS + 1).requirePositive())
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "10000, 10, 1000",
    "4005, 10, 400", // 400.5 → 400: half-even rounds to the even neighbour
    "4015, 10, 402", // 401.5 → 402
    "1, 10, 0",
    "5, 10, 0", // 0.5 → 0
    "15, 10, 2", // 1.5 → 2
    "12345, 8.5, 1049", // 1049.325
    "999, 0, 0",
    "100, 50, 50",
    "-15, 10, -2"
  })
  void percentIsRoundedHalfEvenInMinorUnits(long amount, String percent, long result) {
    assertThat(usd(amount).percent(new BigDecimal(percent))).isEqualTo(usd(result));
  }

  @Test
  void percentRoundsAsToldWhenTold() {
    assertThat(usd(5).percent(BigDecimal.TEN, RoundingMode.HALF_UP)).isEqualTo(usd(1));
    assertThat(usd(5).percent(BigDecimal.TEN)).isEqualTo(usd(0));
  }

  @Test
  void allocatesWithoutLosingAMinorUnit() {
    assertThat(usd(100).split(3)).containsExactly(usd(34), usd(33), usd(33));
    assertThat(usd(-100).split(3)).containsExactly(usd(-34), usd(-33), usd(-33));
    assertThat(usd(5).allocate(3, 7)).containsExactly(usd(2), usd(3));
    assertThat(usd(10).allocate(0, 1, 1)).containsExactly(usd(0), usd(5), usd(5));
    assertThat(usd(7).allocate(0, 1, 0, 1)).containsExactly(usd(0), usd(4), usd(0), usd(3));
    Money[] parts = usd(Long.MAX_VALUE).allocate(1, 1, 1);
    assertThat(Arrays.stream(parts).reduce(Money::plus)).contains(usd(Long.MAX_VALUE));
    assertThatThrownBy(() -> usd(5).allocate(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> usd(5).allocate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesPlainDecimalsInTheCurrencysMinorUnits() {
    assertThat(Money.parse("25", USD)).isEqualTo(usd(2500));
    assertThat(Money.parse(" 12.5 ", EUR)).isEqualTo(Money.of(1250, EUR));
    assertThat(Money.parse("1,000.01", USD)).isEqualTo(usd(100001));
    assertThat(Money.parse("-3.10", USD)).isEqualTo(usd(-310));
    assertThat(Money.parse(".5", USD)).isEqualTo(usd(50));
    assertThat(Money.parse("500", JPY)).isEqualTo(Money.of(500, JPY));
    assertThat(Money.parse("0", USD)).isEqualTo(usd(0));
    assertThatThrownBy(() -> Money.parse("1.234", USD))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Amounts in USD have at most 2 decimals.");
    assertThatThrownBy(() -> Money.parse("1.5", JPY)).hasMessageContaining("0 decimals");
    for (String nonsense :
        new String[] {"abc", "", " ", "1.2.3", "25,50", "1,5", "12,34,567", "5.", "--5", "1e3"}) {
      assertThatThrownBy(() -> Money.parse(nonsense, USD))
          .as(nonsense)
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("Enter an amount such as 25.00.");
    }
    assertThatThrownBy(() -> Money.parse(null, USD)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Money.parse("99999999999999999999", USD))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Money.parse("abc", JPY)).hasMessage("Enter an amount such as 25.");
  }

  @Test
  void parsesWhatPeopleTypeInTheirLocale() {
    assertThat(Money.parse("1.460,50", EUR, DE)).isEqualTo(Money.of(146050, EUR));
    assertThat(Money.parse("25,5", EUR, DE)).isEqualTo(Money.of(2550, EUR));
    assertThat(Money.parse("1.000", EUR, DE)).isEqualTo(Money.of(100000, EUR));
    assertThat(Money.parse("1.460,00 €", EUR, DE)).isEqualTo(Money.of(146000, EUR));
    assertThat(Money.parse("$1,460.00", USD, Locale.US)).isEqualTo(usd(146000));
    assertThat(Money.parse("-$20.00", USD, Locale.US)).isEqualTo(usd(-2000));
    assertThat(Money.parse("USD 20", USD, Locale.US)).isEqualTo(usd(2000));
    assertThat(Money.parse("1 460,50", EUR, Locale.FRANCE)).isEqualTo(Money.of(146050, EUR));
    assertThat(Money.parse("1,460", JPY, Locale.JAPAN)).isEqualTo(Money.of(1460, JPY));
    // A point in German is a thousands separator: "25.50" is ambiguous and refused, not 2 550.
    assertThatThrownBy(() -> Money.parse("25.50", EUR, DE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Enter an amount such as 25,00.");
    assertThatThrownBy(() -> Money.parse("1,234", EUR, DE))
        .hasMessage("Amounts in EUR have at most 2 decimals.");
  }

  @Test
  void formatsTheWayPeopleReadMoney() {
    assertThat(usd(146000).format(Locale.US)).isEqualTo("$1,460.00");
    assertThat(usd(-2000).format(Locale.US)).isEqualTo("-$20.00");
    assertThat(usd(5).format(Locale.US)).isEqualTo("$0.05");
    assertThat(readable(Money.of(146000, EUR).format(DE))).isEqualTo("1.460,00 €");
    assertThat(readable(Money.of(-5, EUR).format(DE))).isEqualTo("-0,05 €");
    assertThat(Money.of(146000, EUR).format(Locale.US)).isEqualTo("€1,460.00");
    assertThat(readable(usd(146000).format(DE))).isEqualTo("1.460,00 $");
  }

  @Test
  void yenHaveNoMinorUnit() {
    Money yen = Money.of(1460, JPY);
    assertThat(yen.fractionDigits()).isZero();
    assertThat(yen.format(Locale.JAPAN)).isEqualTo("￥1,460");
    assertThat(yen.format(Locale.US)).isEqualTo("¥1,460");
    assertThat(yen.decimal(Locale.US)).isEqualTo("1460");
    assertThat(yen.toString()).isEqualTo("JPY 1460");
    assertThat(Money.parse("1460", JPY)).isEqualTo(yen);
    assertThat(yen.percent(BigDecimal.TEN)).isEqualTo(Money.of(146, JPY));
    assertThat(Money.of(5, JPY).percent(BigDecimal.TEN)).isEqualTo(Money.of(0, JPY));
  }

  @Test
  void formatsInTheCurrencysHomeWhenNoLocaleIsChosen() {
    assertThat(Money.homeLocale(USD)).isEqualTo(Locale.US);
    assertThat(Money.homeLocale(EUR)).isEqualTo(Locale.GERMANY);
    assertThat(Money.homeLocale(JPY)).isEqualTo(Locale.JAPAN);
    assertThat(usd(146000).format()).isEqualTo("$1,460.00");
    assertThat(readable(Money.of(146000, EUR).format())).isEqualTo("1.460,00 €");
    assertThat(Money.homeLocale(Currency.getInstance("HUF")).getCountry()).isEqualTo("HU");
  }

  @Test
  void aFormFieldShowsWhatParsingReadsBack() {
    assertThat(usd(123400).decimal(Locale.US)).isEqualTo("1234.00");
    assertThat(Money.of(123405, EUR).decimal(DE)).isEqualTo("1234,05");
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.US, DE, Locale.FRANCE, Locale.JAPAN}) {
      for (Money m : new Money[] {usd(123405), usd(7), usd(-99), Money.of(1460, JPY)}) {
        assertThat(Money.parse(m.decimal(locale), m.currency(), locale))
            .as(locale + " " + m)
            .isEqualTo(m);
        assertThat(Money.parse(m.format(locale), m.currency(), locale))
            .as(locale + " " + m)
            .isEqualTo(m);
      }
    }
  }
}
