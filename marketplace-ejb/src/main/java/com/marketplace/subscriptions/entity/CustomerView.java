package com.marketplace.subscriptions.entity;

import java.time.Instant;

/** A customer as the owner's pages and the API show it; of a card, only its last four digits. */
public record CustomerView(
    long id,
    Long memberId,
    String name,
    String email,
    String billingAddress,
    String countryCode,
    String taxId,
    Customer.PaymentMethod paymentMethod,
    String cardLast4,
    Instant createdAt) {

  public static CustomerView of(Customer c) {
    return new CustomerView(
        c.getId(),
        c.getMemberId(),
        c.getName(),
        c.getEmail(),
        c.getBillingAddress(),
        c.getCountryCode(),
        c.getTaxId(),
        c.paymentMethod(),
        c.getCardLast4(),
        c.getCreatedAt());
  }
}
