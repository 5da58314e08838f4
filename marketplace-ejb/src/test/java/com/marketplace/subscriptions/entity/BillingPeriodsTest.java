package com.marketplace.subscriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingPeriodsTest {

  @Test
  void periodsCountFromTheAnchorAndClampToTheMonthsEnd() {
    LocalDate jan31 = LocalDate.of(2027, 1, 31);
    assertThat(BillingInterval.MONTHLY.periodStart(jan31, 1)).isEqualTo("2027-02-28");
    assertThat(BillingInterval.MONTHLY.periodStart(jan31, 2)).isEqualTo("2027-03-31");
    assertThat(BillingInterval.MONTHLY.periodStart(jan31, 3)).isEqualTo("2027-04-30");
    assertThat(BillingInterval.MONTHLY.periodStart(jan31, 4)).isEqualTo("2027-05-31");
  }

  @Test
  void leapYearsGiveFebruaryItsTwentyNinth() {
    LocalDate jan31 = LocalDate.of(2028, 1, 31);
    assertThat(BillingInterval.MONTHLY.periodStart(jan31, 1)).isEqualTo("2028-02-29");
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    assertThat(BillingInterval.YEARLY.periodStart(leapDay, 1)).isEqualTo("2029-02-28");
    assertThat(BillingInterval.YEARLY.periodStart(leapDay, 4)).isEqualTo("2032-02-29");
  }

  @Test
  void aYearlyPriceCountsATwelfthAMonth() {
    assertThat(BillingInterval.MONTHLY.twelfthsPerMonth(2_900)).isEqualTo(34_800);
    assertThat(BillingInterval.YEARLY.twelfthsPerMonth(29_000)).isEqualTo(29_000);
  }
}
