package com.marketplace.subscriptions.entity;

import com.marketplace.platform.Money;

/** A plan as the owner's pages and the API show it, with its live subscriptions. */
public record PlanView(
    long id,
    String name,
    String description,
    Money price,
    BillingInterval interval,
    int trialDays,
    boolean active,
    long subscriptions) {

  public static PlanView of(Plan p, long subscriptions) {
    return new PlanView(
        p.getId(),
        p.getName(),
        p.getDescription(),
        p.money(),
        p.getInterval(),
        p.getTrialDays(),
        p.isActive(),
        subscriptions);
  }
}
