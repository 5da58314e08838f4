package com.marketplace.subscriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProrationTest {

  static final LocalDate START = LocalDate.of(2027, 3, 1);
  static final LocalDate END = LocalDate.of(2027, 4, 1); // 31 days

  @Test
  void creditsTheUnusedDaysAndChargesTheNewPlanForThem() {
    // on March 11: 21 of 31 days left; 30.00 paid, moving to 90.00
    var p =
        Proration.of(
            LocalDate.of(2027, 3, 11),
            START,
            END,
            3_000,
            BillingInterval.MONTHLY,
            9_000,
            BillingInterval.MONTHLY);
    assertThat(p.remainingDays()).isEqualTo(21);
    assertThat(p.periodDays()).isEqualTo(31);
    assertThat(p.credit()).isEqualTo(2_032); // 3000 × 21 / 31 = 2032.26
    assertThat(p.charge()).isEqualTo(6_097); // 9000 × 21 / 31 = 6096.77
    assertThat(p.net()).isEqualTo(4_065);
    assertThat(p.periodEnd()).isEqualTo(END);
  }

  @Test
  void aDowngradeLeavesCredit() {
    var p =
        Proration.of(
            LocalDate.of(2027, 3, 17),
            START,
            END,
            9_000,
            BillingInterval.MONTHLY,
            3_000,
            BillingInterval.MONTHLY);
    assertThat(p.net()).isNegative();
    assertThat(p.credit() - p.charge()).isEqualTo(-p.net());
  }

  @Test
  void roundsHalfEvenToTheMinorUnit() {
    // 1 × 1 / 2 = 0.5 → 0; 3 × 1 / 2 = 1.5 → 2
    assertThat(Proration.share(1, 1, 2)).isZero();
    assertThat(Proration.share(3, 1, 2)).isEqualTo(2);
  }

  @Test
  void anotherIntervalStartsANewPeriodOnTheDayOfTheChange() {
    var p =
        Proration.of(
            LocalDate.of(2027, 3, 11),
            START,
            END,
            3_000,
            BillingInterval.MONTHLY,
            30_000,
            BillingInterval.YEARLY);
    assertThat(p.periodStart()).isEqualTo("2027-03-11");
    assertThat(p.periodEnd()).isEqualTo("2028-03-11");
    assertThat(p.charge()).isEqualTo(30_000);
    assertThat(p.net()).isEqualTo(30_000 - 2_032);
  }

  @Test
  void aDayOutsideThePeriodIsNoDayToProrateOn() {
    assertThatThrownBy(
            () ->
                Proration.of(
                    END,
                    START,
                    END,
                    3_000,
                    BillingInterval.MONTHLY,
                    9_000,
                    BillingInterval.MONTHLY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
