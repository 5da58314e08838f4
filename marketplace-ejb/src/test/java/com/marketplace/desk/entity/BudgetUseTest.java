package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.platform.Money;
import org.junit.jupiter.api.Test;

class BudgetUseTest {

  @Test
  void minutesAreWholeAndTheWorthIsRoundedHalfEvenOnce() {
    Money rate = Money.of(6_000, "EUR"); // 60.00 an hour
    var used = BudgetUse.of(7_230, rate); // 2 h 0 min 30 s
    assertThat(used.minutes()).isEqualTo(120);
    assertThat(used.value()).isEqualTo(Money.of(12_050, "EUR"));
    assertThat(used.label()).isEqualTo("2 h");
    // 1 s at 0.18 an hour is 0.005 cents: rounds to the even neighbour, 0
    assertThat(BudgetUse.of(100, Money.of(18, "EUR")).value()).isEqualTo(Money.of(0, "EUR"));
    // 1 h 30 min at 0.01 an hour is 1.5 cents: 2 (even)
    assertThat(BudgetUse.of(5_400, Money.of(1, "EUR")).value()).isEqualTo(Money.of(2, "EUR"));
    // 30 min at 0.05 an hour is 2.5 cents: 2 (even)
    assertThat(BudgetUse.of(1_800, Money.of(5, "EUR")).value()).isEqualTo(Money.of(2, "EUR"));
    assertThat(BudgetUse.of(0, rate).value()).isEqualTo(Money.zero("EUR"));
  }

  @Test
  void theWorthKeepsTheRatesCurrency() {
    assertThat(BudgetUse.of(3_600, Money.of(4_500, "JPY")).value())
        .isEqualTo(Money.of(4_500, "JPY"));
  }
}
