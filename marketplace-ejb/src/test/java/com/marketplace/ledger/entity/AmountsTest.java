package com.marketplace.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

  @ParameterizedTest
  @CsvSource({
    "10000, 1000, 1000",
    "4005, 1000, 400", // 400.5 → 400: half-even rounds to the even neighbour
    "4015, 1000, 402", // 401.5 → 402
    "1, 1000, 0",
    "5, 1000, 0", // 0.5 → 0
    "15, 1000, 2", // 1.5 → 2
    "12345, 850, 1049", // 1049.325
    "999, 0, 0",
    "100, 5000, 50"
  })
  void feeIsRoundedHalfEvenInMinorUnits(long amount, int basisPoints, long fee) {
    assertThat(Amounts.fee(amount, basisPoints)).isEqualTo(fee);
  }

  @Test
  void parsesWhatPeopleTypeIntoMinorUnits() {
    assertThat(Amounts.parse("25", "USD")).isEqualTo(2500);
    assertThat(Amounts.parse(" 12.5 ", "EUR")).isEqualTo(1250);
    assertThat(Amounts.parse("1,000.01", "USD")).isEqualTo(100001);
    assertThat(Amounts.parse("500", "JPY")).isEqualTo(500);
    assertThatThrownBy(() -> Amounts.parse("1.234", "USD")).hasMessageContaining("2 decimals");
    assertThatThrownBy(() -> Amounts.parse("1.5", "JPY")).hasMessageContaining("0 decimals");
    assertThatThrownBy(() -> Amounts.parse("abc", "USD")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Amounts.parse("-5", "USD")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Amounts.parse("0", "USD")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void formatsWithTheCurrencysMinorUnit() {
    assertThat(Amounts.format(12345, "USD")).isEqualTo("USD 123.45");
    assertThat(Amounts.format(-5, "EUR")).isEqualTo("EUR -0.05");
    assertThat(Amounts.format(500, "JPY")).isEqualTo("JPY 500");
    assertThat(Amounts.decimal(123400, "USD")).isEqualTo("1234.00");
    assertThat(Amounts.parse(Amounts.decimal(123405, "EUR"), "EUR")).isEqualTo(123405);
  }
}
