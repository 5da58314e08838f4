package com.marketplace.subscriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class BusinessMetricsTest {

  @Test
  void mrrSumsTwelfthsAndRoundsOnce() {
    // three yearly plans of 100.01 each: 3 × 10001 / 12 = 2500.25 → 2500, not 3 × 833.42
    long twelfths = 3 * BillingInterval.YEARLY.twelfthsPerMonth(10_001);
    assertThat(BusinessMetrics.mrr(twelfths)).isEqualTo(2_500);
    // a monthly 29.00 and a yearly 290.00: 2900 + 2416.67 → 5317
    long mixed =
        BillingInterval.MONTHLY.twelfthsPerMonth(2_900)
            + BillingInterval.YEARLY.twelfthsPerMonth(29_000);
    assertThat(BusinessMetrics.mrr(mixed)).isEqualTo(5_317);
  }

  @Test
  void churnIsLostOverSubscribersAtTheMonthsStart() {
    assertThat(BusinessMetrics.churnPercent(1, 4)).isEqualByComparingTo("25.00");
    assertThat(BusinessMetrics.churnPercent(1, 3)).isEqualByComparingTo("33.33");
    assertThat(BusinessMetrics.churnPercent(0, 0)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void arpuIsMrrPerSubscriber() {
    assertThat(BusinessMetrics.arpu(7_000, 3)).isEqualTo(2_333);
    assertThat(BusinessMetrics.arpu(7_000, 0)).isZero();
    var m = BusinessMetrics.of(YearMonth.of(2027, 3), "EUR", 84_000, 3, 1, 1, 1, 4, 24_000);
    assertThat(m.mrr().minorUnits()).isEqualTo(7_000);
    assertThat(m.arpu().minorUnits()).isEqualTo(2_333);
    assertThat(m.month()).isEqualTo("2027-03");
  }
}
