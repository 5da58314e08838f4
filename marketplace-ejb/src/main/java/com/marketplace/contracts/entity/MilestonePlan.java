package com.marketplace.contracts.entity;

import com.marketplace.platform.Money;

/** A milestone as the client plans it: what it covers and its price. */
public record MilestonePlan(String title, Money amount) {}
