package com.marketplace.subscriptions.entity;

import java.time.LocalDate;

/**
 * One period a subscription is billed for: from {@code start} up to, not including, {@code end}.
 */
public record BillingPeriod(LocalDate start, LocalDate end) {}
