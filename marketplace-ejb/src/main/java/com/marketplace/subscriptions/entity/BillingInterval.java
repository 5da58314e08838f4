package com.marketplace.subscriptions.entity;

import java.time.LocalDate;

/** How often a plan bills: every month or every year, on the subscription's anniversary. */
public enum BillingInterval {
  MONTHLY(1),
  YEARLY(12);

  private final int months;

  BillingInterval(int months) {
    this.months = months;
  }

  /** How many months one period lasts. */
  public int months() {
    return months;
  }

  /**
   * The start of period {@code n} of a subscription anchored on {@code anchor}, counted from the
   * anchor, never from the previous period: a subscription started on January 31 bills on February
   * 28 (29 in a leap year), then March 31 again.
   */
  public LocalDate periodStart(LocalDate anchor, int n) {
    return anchor.plusMonths((long) months * n);
  }

  /** Per month, in minor units times twelve (exact: a yearly price counts a twelfth). */
  public long twelfthsPerMonth(long price) {
    return this == MONTHLY ? price * 12 : price;
  }

  public String label() {
    return this == MONTHLY ? "month" : "year";
  }
}
