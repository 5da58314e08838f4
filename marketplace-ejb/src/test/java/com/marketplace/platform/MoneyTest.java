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
}
