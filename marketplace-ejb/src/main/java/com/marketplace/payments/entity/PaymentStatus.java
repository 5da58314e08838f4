package com.marketplace.payments.entity;

/** Where a top-up or withdrawal stands with its provider; the last two are final. */
public enum PaymentStatus {
  PENDING,
  SUCCEEDED,
  FAILED;

  public boolean isFinal() {
    return this != PENDING;
  }
}
