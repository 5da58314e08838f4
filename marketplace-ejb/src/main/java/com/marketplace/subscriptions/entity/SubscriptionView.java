package com.marketplace.subscriptions.entity;

import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A subscription with its customer, plan and bills (newest first; empty in lists). */
public record SubscriptionView(
    long id,
    long customerId,
    String customerName,
    long planId,
    String planName,
    Money price,
    BillingInterval interval,
    SubscriptionStatus status,
    LocalDate startedOn,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate nextBillOn,
    boolean cancelAtPeriodEnd,
    Instant cancelRequestedAt,
    LocalDate cancelledOn,
    int failedAttempts,
    Instant nextRetryAt,
    Money credit,
    List<BillView> bills) {

  public static SubscriptionView of(
      Subscription s, Customer customer, Plan plan, List<BillView> bills) {
    return new SubscriptionView(
        s.getId(),
        s.getCustomerId(),
        customer.getName(),
        plan.getId(),
        plan.getName(),
        plan.money(),
        plan.getInterval(),
        s.getStatus(),
        s.getStartedOn(),
        s.getPeriodStart(),
        s.getPeriodEnd(),
        s.getNextBillOn(),
        s.isCancelAtPeriodEnd(),
        s.getCancelRequestedAt(),
        s.getCancelledOn(),
        s.getFailedAttempts(),
        s.getNextRetryAt(),
        Money.of(s.getCredit(), plan.getCurrency()),
        bills);
  }
}
