package com.marketplace.payments.entity;

/**
 * A top-up reached its final outcome: announced (as a CDI event) inside the transaction that
 * settles it, so what a feature does with the money — pay an invoice the card was charged for —
 * commits or rolls back with the credit. {@code key} is the member's idempotency key of the top-up;
 * amounts are minor units. Announced once per top-up: a settled top-up is never settled again.
 */
public record TopUpSettled(
    long topUpId,
    long memberId,
    String key,
    long amount,
    String currency,
    PaymentStatus outcome,
    String failure) {}
