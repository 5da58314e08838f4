package com.marketplace.contracts.entity;

import com.marketplace.platform.Money;
import java.time.Instant;

/** A contract as lists show it, from one side's point of view. */
public record ContractSummary(
    long id,
    String title,
    ContractStatus status,
    String clientName,
    String freelancerName,
    Money total,
    Money held,
    Money released,
    String currency,
    Instant createdAt) {}
