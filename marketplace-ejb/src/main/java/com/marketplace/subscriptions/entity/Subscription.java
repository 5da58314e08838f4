package com.marketplace.subscriptions.entity;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A customer's subscription to a plan (S3). Periods run from an anchor date, period {@code n}
 * starting {@code n} intervals after it (so a subscription anchored on the 31st bills on the last
 * day of shorter months and on the 31st again after them); a trial runs before the anchor. Billed
 * in advance: the period starting on {@code nextBillOn} is due that day. A failed charge makes it
 * past due; dunning retries it after 1, 3 and 7 days, then cancels it.
 */
@Entity
@Table(name = "subscription")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Subscription {

  /** Days after a failed charge on which it is tried again; after the last, it is cancelled. */
  public static final List<Integer> RETRY_DAYS = List.of(1, 3, 7);

  /** How far back a subscription may start: a period at most, to record one begun lately. */
  public static final int BACKDATE_DAYS_MAX = 31;

  /** How far ahead a subscription may start. */
  public static final int START_DAYS_AHEAD_MAX = 365;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubscriptionStatus status;

  @Column(name = "started_on", nullable = false, updatable = false)
  private LocalDate startedOn;

  /** Period {@code n} starts {@code n} intervals after this day. */
  @Column(name = "anchor_on", nullable = false)
  private LocalDate anchorOn;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  /** What the current period was billed at (0 in a trial): the base of a plan change's credit. */
  @Column(name = "period_price", nullable = false)
  private long periodPrice;

  /** Periods billed since the anchor: the next one to bill is period {@code periodsBilled}. */
  @Column(name = "periods_billed", nullable = false)
  private int periodsBilled;

  /** When the next period is billed; null once cancelled. */
  @Column(name = "next_bill_on")
  private LocalDate nextBillOn;

  @Column(name = "cancel_at_period_end", nullable = false)
  private boolean cancelAtPeriodEnd;

  @Column(name = "cancel_requested_at")
  private Instant cancelRequestedAt;

  @Column(name = "cancelled_on")
  private LocalDate cancelledOn;

  /** Failed charges of the open bill, while past due. */
  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  /** When the open bill is looked at again (a retry, or a card's outcome); null when none is. */
  @Column(name = "next_retry_at")
  private Instant nextRetryAt;

  /** Credit from a plan change to a cheaper plan, taken off the next bills (minor units). */
  @Column(nullable = false)
  private long credit;

  /**
   * The price in effect per month, in twelfths of a minor unit: what the subscription adds to MRR
   * while it pays (the database sums it, see {@code subscription_book}).
   */
  @Column(name = "mrr_twelfths", nullable = false)
  private long mrrTwelfths;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Subscription() {}

  /**
   * Subscribes the customer to the plan from {@code startOn}: a trial first if the plan has one,
   * then periods from the trial's end.
   */
  public Subscription(long customerId, Plan plan, LocalDate startOn, LocalDate today, Instant now) {
    plan.requireActive();
    if (startOn == null) {
      throw new InvalidInputException("Choose the day the subscription starts.");
    }
    if (startOn.isBefore(today.minusDays(BACKDATE_DAYS_MAX))) {
      throw new InvalidInputException(
          "A subscription can start at most " + BACKDATE_DAYS_MAX + " days ago.");
    }
    if (startOn.isAfter(today.plusDays(START_DAYS_AHEAD_MAX))) {
      throw new InvalidInputException(
          "A subscription can start at most " + START_DAYS_AHEAD_MAX + " days ahead.");
    }
    this.customerId = customerId;
    this.planId = plan.getId();
    this.startedOn = startOn;
    this.createdAt = now;
    this.anchorOn = startOn.plusDays(plan.getTrialDays());
    if (plan.getTrialDays() > 0) {
      this.status = SubscriptionStatus.TRIALING;
      this.periodStart = startOn;
      this.periodEnd = anchorOn;
    } else {
      this.status = SubscriptionStatus.ACTIVE;
      this.periodStart = anchorOn;
      this.periodEnd = plan.getInterval().periodStart(anchorOn, 1);
    }
    this.nextBillOn = anchorOn;
    this.mrrTwelfths = plan.getInterval().twelfthsPerMonth(plan.getPrice());
  }

  /** Whether a period is due on {@code today} (dunning aside). */
  public boolean periodDue(LocalDate today) {
    return (status == SubscriptionStatus.TRIALING || status == SubscriptionStatus.ACTIVE)
        && nextBillOn != null
        && !nextBillOn.isAfter(today);
  }

  /** Whether the open bill is to be looked at again now. */
  public boolean retryDue(Instant now) {
    return status.live() && nextRetryAt != null && !nextRetryAt.isAfter(now);
  }

  /** The period due next. */
  public BillingPeriod nextPeriod(BillingInterval interval) {
    return new BillingPeriod(
        interval.periodStart(anchorOn, periodsBilled),
        interval.periodStart(anchorOn, periodsBilled + 1));
  }

  /**
   * The period due was billed at {@code price} (before credit): it is the current period now, and
   * the next is due at its end. Answers the credit taken off this bill.
   */
  public long billed(BillingInterval interval, long price) {
    BillingPeriod period = nextPeriod(interval);
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.periodPrice = price;
    this.mrrTwelfths = interval.twelfthsPerMonth(price);
    this.periodsBilled++;
    this.nextBillOn = period.end();
    this.status = SubscriptionStatus.ACTIVE;
    long taken = Math.min(credit, price);
    this.credit -= taken;
    return taken;
  }

  /** Ends a subscription set to cancel at its period's end, when that end has come. */
  public boolean endsNow(LocalDate today) {
    if (cancelAtPeriodEnd && periodDue(today)) {
      cancel(nextBillOn);
      return true;
    }
    return false;
  }

  /** A charge of the open bill failed on {@code now}: past due, the next retry planned. */
  public Optional<Instant> chargeFailed(Instant firstFailure, Instant now) {
    failedAttempts++;
    status = SubscriptionStatus.PAST_DUE;
    if (failedAttempts > RETRY_DAYS.size()) {
      cancel(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
      return Optional.empty();
    }
    nextRetryAt = firstFailure.plus(Duration.ofDays(RETRY_DAYS.get(failedAttempts - 1)));
    return Optional.of(nextRetryAt);
  }

  /** The card's provider has not answered yet: look again at {@code at}. */
  public void awaitCharge(Instant at) {
    nextRetryAt = at;
  }

  /** The open bill is paid: active again, dunning over. */
  public void chargeSucceeded() {
    failedAttempts = 0;
    nextRetryAt = null;
    if (status == SubscriptionStatus.PAST_DUE) {
      status = SubscriptionStatus.ACTIVE;
    }
  }

  /** Cancels now: nothing more is billed; what was paid for the period is not refunded. */
  public void cancelNow(LocalDate today) {
    requireLive();
    cancel(today);
  }

  /** Stays active until the period's end, then ends; the day it was asked for is kept. */
  public void cancelAtPeriodEnd(Instant now) {
    requireLive();
    if (status == SubscriptionStatus.PAST_DUE) {
      throw new ConflictException(
          "This subscription is past due: cancel it now, or wait for its payment.");
    }
    this.cancelAtPeriodEnd = true;
    this.cancelRequestedAt = now;
  }

  /** Takes back a cancellation at the period's end. */
  public void keep() {
    requireLive();
    this.cancelAtPeriodEnd = false;
    this.cancelRequestedAt = null;
  }

  /** What changing to {@code plan} on {@code today} costs (the current plan billed {@code old}). */
  public Proration prorate(Plan old, Plan plan, LocalDate today) {
    requireLive();
    if (plan.getId() == planId) {
      throw new InvalidInputException("The subscription is on “" + plan.getName() + "” already.");
    }
    plan.requireActive();
    if (!plan.getCurrency().equals(old.getCurrency())) {
      throw new InvalidInputException("The plans bill in different currencies.");
    }
    if (status == SubscriptionStatus.PAST_DUE) {
      throw new ConflictException(
          "This subscription is past due: its open bill is paid before the plan changes.");
    }
    if (status == SubscriptionStatus.TRIALING || periodsBilled == 0) {
      return null; // nothing paid yet: the new plan simply bills from the anchor
    }
    LocalDate on = today.isBefore(periodStart) ? periodStart : today;
    if (!on.isBefore(periodEnd)) {
      throw new ConflictException("The period ends today: change the plan after it is billed.");
    }
    return Proration.of(
        on,
        periodStart,
        periodEnd,
        periodPrice,
        old.getInterval(),
        plan.getPrice(),
        plan.getInterval());
  }

  /**
   * Moves to {@code plan} as prorated ({@code null}: before anything was billed): the rest of the
   * period is billed at the charge, a new anchor when the interval changes, a negative net kept as
   * credit.
   */
  public void changePlan(Plan plan, Proration proration) {
    this.planId = plan.getId();
    this.mrrTwelfths = plan.getInterval().twelfthsPerMonth(plan.getPrice());
    if (proration == null) {
      if (status == SubscriptionStatus.ACTIVE && periodsBilled == 0) {
        this.periodEnd = plan.getInterval().periodStart(anchorOn, 1);
      }
      return;
    }
    if (!proration.periodEnd().equals(periodEnd)) {
      // a new interval: a new period starts today, the anchor of those after it
      this.anchorOn = proration.periodStart();
      this.periodsBilled = 1;
      this.periodStart = proration.periodStart();
      this.periodEnd = proration.periodEnd();
      this.nextBillOn = periodEnd;
    }
    this.periodPrice = plan.getPrice(); // the rate the rest of the period is paid at
    if (proration.net() < 0) {
      this.credit += -proration.net();
    }
  }

  private void cancel(LocalDate on) {
    this.status = SubscriptionStatus.CANCELLED;
    this.cancelledOn = on;
    this.nextBillOn = null;
    this.nextRetryAt = null;
    this.cancelAtPeriodEnd = false;
  }

  private void requireLive() {
    if (status == SubscriptionStatus.CANCELLED) {
      throw new ConflictException("This subscription is cancelled.");
    }
  }

  public Long getId() {
    return id;
  }

  public long getCustomerId() {
    return customerId;
  }

  public long getPlanId() {
    return planId;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public long getPeriodPrice() {
    return periodPrice;
  }

  public LocalDate getNextBillOn() {
    return nextBillOn;
  }

  public boolean isCancelAtPeriodEnd() {
    return cancelAtPeriodEnd;
  }

  public Instant getCancelRequestedAt() {
    return cancelRequestedAt;
  }

  public LocalDate getCancelledOn() {
    return cancelledOn;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getNextRetryAt() {
    return nextRetryAt;
  }

  public long getCredit() {
    return credit;
  }
}
