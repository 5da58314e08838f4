package com.marketplace.contracts.entity;

/** A milestone as the client plans it: what it covers and its price in minor units. */
public record MilestonePlan(String title, long amount) {}
