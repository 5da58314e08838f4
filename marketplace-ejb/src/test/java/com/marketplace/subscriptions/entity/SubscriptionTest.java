package com.marketplace.subscriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

  static final LocalDate TODAY = LocalDate.of(2027, 1, 31);
  static final Instant NOW = Instant.parse("2027-01-31T09:00:00Z");

  static Plan plan(long id, long price, BillingInterval interval, int trialDays) {
    var plan = new Plan(new PlanTerms("Plan " + id, null, price, interval, trialDays), "EUR", NOW);
    try {
      Field f = Plan.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(plan, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return plan;
  }

  @Test
  void billsInAdvanceFromTheStartAndClampsToTheMonthsEnd() {
    var plan = plan(1, 2_900, BillingInterval.MONTHLY, 0);
    var s = new Subscription(7, plan, TODAY, TODAY, NOW);
    assertThat(s.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(s.periodDue(TODAY)).isTrue();
    s.billed(plan.getInterval(), plan.getPrice());
    assertThat(s.getPeriodStart()).isEqualTo("2027-01-31");
    assertThat(s.getPeriodEnd()).isEqualTo("2027-02-28");
    assertThat(s.periodDue(TODAY)).isFalse();
    s.billed(plan.getInterval(), plan.getPrice());
    assertThat(s.getPeriodStart()).isEqualTo("2027-02-28");
    assertThat(s.getPeriodEnd()).isEqualTo("2027-03-31");
  }

  @Test
  void aTrialComesFirstAndIsNotPaying() {
    var plan = plan(1, 2_900, BillingInterval.MONTHLY, 14);
    var s = new Subscription(7, plan, TODAY, TODAY, NOW);
    assertThat(s.getStatus()).isEqualTo(SubscriptionStatus.TRIALING);
    assertThat(s.getStatus().paying()).isFalse();
    assertThat(s.getNextBillOn()).isEqualTo(TODAY.plusDays(14));
    assertThat(s.periodDue(TODAY.plusDays(13))).isFalse();
    assertThat(s.periodDue(TODAY.plusDays(14))).isTrue();
    s.billed(plan.getInterval(), plan.getPrice());
    assertThat(s.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void dunningTriesAfterOneThreeAndSevenDaysThenCancels() {
    var plan = plan(1, 2_900, BillingInterval.MONTHLY, 0);
    var s = new Subscription(7, plan, TODAY, TODAY, NOW);
    s.billed(plan.getInterval(), plan.getPrice());
    assertThat(s.chargeFailed(NOW, NOW)).contains(NOW.plus(Duration.ofDays(1)));
    assertThat(s.getStatus()).isEqualTo(SubscriptionStatus.PAST_DUE);
    assertThat(s.chargeFailed(NOW, NOW.plus(Duration.ofDays(1))))
        .contains(NOW.plus(Duration.ofDays(3)));
    assertThat(s.chargeFailed(NOW, NOW.plus(Duration.ofDays(3))))
        .contains(NOW.plus(Duration.ofDays(7)));
    assertThat(s.chargeFailed(NOW, NOW.plus(Duration.ofDays(7)))).isEmpty();
    assertThat(s.getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(s.getCancelledOn()).isEqualTo(TODAY.plusDays(7));
    assertThat(s.getNextBillOn()).isNull();
  }

  @Test
  void cancelledAtThePeriodsEndItEndsThenAndNotBefore() {
    var plan = plan(1, 2_900, BillingInterval.MONTHLY, 0);
    var s = new Subscription(7, plan, TODAY, TODAY, NOW);
    s.billed(plan.getInterval(), plan.getPrice());
    s.cancelAtPeriodEnd(NOW);
    assertThat(s.endsNow(LocalDate.of(2027, 2, 27))).isFalse();
    assertThat(s.endsNow(LocalDate.of(2027, 2, 28))).isTrue();
    assertThat(s.getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(s.getCancelledOn()).isEqualTo("2027-02-28");
    assertThat(s.getCancelRequestedAt()).isEqualTo(NOW);
  }

  @Test
  void aDowngradesCreditIsTakenOffTheNextBills() {
    var pro = plan(1, 9_000, BillingInterval.MONTHLY, 0);
    var basic = plan(2, 3_000, BillingInterval.MONTHLY, 0);
    var s = new Subscription(7, pro, TODAY, TODAY, NOW);
    s.billed(pro.getInterval(), pro.getPrice());
    var p = s.prorate(pro, basic, LocalDate.of(2027, 2, 14)); // 14 of 28 days left
    assertThat(p.credit()).isEqualTo(4_500);
    assertThat(p.charge()).isEqualTo(1_500);
    s.changePlan(basic, p);
    assertThat(s.getCredit()).isEqualTo(3_000);
    assertThat(s.billed(basic.getInterval(), basic.getPrice())).isEqualTo(3_000);
    assertThat(s.getCredit()).isZero();
  }

  @Test
  void refusesWhatMakesNoSense() {
    var plan = plan(1, 2_900, BillingInterval.MONTHLY, 0);
    assertThatThrownBy(() -> new Subscription(7, plan, TODAY.minusDays(32), TODAY, NOW))
        .isInstanceOf(InvalidInputException.class);
    var s = new Subscription(7, plan, TODAY, TODAY, NOW);
    assertThatThrownBy(() -> s.prorate(plan, plan, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("already");
    plan.archive();
    assertThatThrownBy(() -> new Subscription(8, plan, TODAY, TODAY, NOW))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> new Plan(new PlanTerms("X", null, -1, BillingInterval.MONTHLY, 0), "EUR", NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new Plan(new PlanTerms("X", null, 100, BillingInterval.MONTHLY, -1), "EUR", NOW))
        .isInstanceOf(InvalidInputException.class);
  }
}
