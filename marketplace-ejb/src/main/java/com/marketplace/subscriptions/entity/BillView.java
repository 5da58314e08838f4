package com.marketplace.subscriptions.entity;

import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A bill of a subscription, with its invoice's number. */
public record BillView(
    long id,
    SubscriptionBill.Kind kind,
    LocalDate periodStart,
    LocalDate periodEnd,
    Money amount,
    SubscriptionBill.Status status,
    int attempts,
    String failure,
    Long invoiceId,
    String invoiceNumber,
    Instant billedAt,
    Instant paidAt) {

  public static BillView of(SubscriptionBill b, String invoiceNumber) {
    return new BillView(
        b.getId(),
        b.getKind(),
        b.getPeriodStart(),
        b.getPeriodEnd(),
        Money.of(b.getAmount(), b.getCurrency()),
        b.getStatus(),
        b.getAttempts(),
        b.getFailure(),
        b.getInvoiceId(),
        invoiceNumber,
        b.getBilledAt(),
        b.getPaidAt());
  }
}
