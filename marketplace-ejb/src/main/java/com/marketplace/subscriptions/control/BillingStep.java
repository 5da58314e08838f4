package com.marketplace.subscriptions.control;

/**
 * A step of billing one subscription, announced (synchronously, inside the step's transaction) as
 * it is reached: what observes it may fail the transaction there, as a crash or a lost connection
 * would. The application itself observes none.
 */
public record BillingStep(Point point, long subscriptionId) {

  /** Where in billing a subscription the step is. */
  public enum Point {
    /** Claimed, nothing written yet. */
    CLAIMED,
    /** The period's bill is made; it is written when the period is done, with its outcome. */
    BILLED,
    /** Its invoice is issued. */
    INVOICED,
    /** The provider or the wallet was charged, before the outcome is recorded. */
    CHARGED,
    /** Everything of the period is written, before the transaction commits. */
    DONE
  }
}
