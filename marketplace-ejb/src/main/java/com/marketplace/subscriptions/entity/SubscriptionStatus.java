package com.marketplace.subscriptions.entity;

/**
 * Where a subscription stands: trialing (free until the trial ends), active, past due (a charge
 * failed and dunning retries it), cancelled (for good).
 */
public enum SubscriptionStatus {
  TRIALING,
  ACTIVE,
  PAST_DUE,
  CANCELLED;

  /** Counted in MRR and among the subscribers: active and past due, never trials. */
  public boolean paying() {
    return this == ACTIVE || this == PAST_DUE;
  }

  public boolean live() {
    return this != CANCELLED;
  }
}
