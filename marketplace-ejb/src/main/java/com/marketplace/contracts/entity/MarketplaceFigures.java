package com.marketplace.contracts.entity;

import com.marketplace.platform.Money;

/**
 * The owner's figures: gross volume released to freelancers (all time and this month, in the
 * workspace's currency), contracts under way and disputes waiting for a decision.
 */
public record MarketplaceFigures(
    Money gmvTotal, Money gmvThisMonth, long activeContracts, long openDisputes) {}
