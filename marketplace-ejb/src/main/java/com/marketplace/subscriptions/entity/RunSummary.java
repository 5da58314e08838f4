package com.marketplace.subscriptions.entity;

/**
 * What one pass of billing did: subscriptions billed, failed (they stay due), minor units charged.
 */
public record RunSummary(int processed, int failed, long charged) {}
