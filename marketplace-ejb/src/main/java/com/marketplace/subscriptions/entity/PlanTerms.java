package com.marketplace.subscriptions.entity;

/** What the owner writes for a plan: its name, price per period (minor units), interval, trial. */
public record PlanTerms(
    String name, String description, long price, BillingInterval interval, int trialDays) {}
