package com.marketplace.contracts.entity;

import java.time.Instant;

/** A contract as lists show it, from one side's point of view. */
public record ContractSummary(
    long id,
    String title,
    ContractStatus status,
    String clientName,
    String freelancerName,
    long total,
    long held,
    long released,
    String currency,
    Instant createdAt) {}
