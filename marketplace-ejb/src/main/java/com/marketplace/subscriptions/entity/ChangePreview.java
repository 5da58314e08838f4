package com.marketplace.subscriptions.entity;

import com.marketplace.platform.Money;
import java.util.List;

/**
 * What a plan change costs, shown before it is confirmed: the credit for the unused part of the
 * current period and the new plan's charge as lines, and the resulting amount — charged now when
 * positive, kept as credit for the next bills when negative. {@code net} is what confirming with
 * this preview charges.
 */
public record ChangePreview(
    long subscriptionId, String fromPlan, String toPlan, List<Line> lines, Money net) {

  /** A line of the preview; a credit is negative. */
  public record Line(String description, Money amount) {}

  public boolean chargesNow() {
    return net.isPositive();
  }
}
