package com.marketplace.contracts.entity;

/**
 * The owner's figures: gross volume released to freelancers (all time and this month, in minor
 * units), contracts under way and disputes waiting for a decision.
 */
public record MarketplaceFigures(
    long gmvTotal, long gmvThisMonth, long activeContracts, long openDisputes) {}
