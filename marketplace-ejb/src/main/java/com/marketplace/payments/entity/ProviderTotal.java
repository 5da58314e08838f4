package com.marketplace.payments.entity;

import com.marketplace.platform.Money;

/**
 * What one payment provider paid into the workspace's wallets, net of what it paid out; the
 * sandbox's is test money, never collected from anyone.
 */
public record ProviderTotal(String provider, boolean testMoney, Money paidIn) {}
