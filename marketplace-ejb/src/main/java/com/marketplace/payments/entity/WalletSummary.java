package com.marketplace.payments.entity;

/** A member's money in one currency, in minor units. */
public record WalletSummary(
    String currency, long available, long inEscrow, long pendingWithdrawal) {}
