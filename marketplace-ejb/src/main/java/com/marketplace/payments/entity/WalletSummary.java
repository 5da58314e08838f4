package com.marketplace.payments.entity;

import com.marketplace.platform.Money;

/** A member's money in one currency. */
public record WalletSummary(
    String currency, Money available, Money inEscrow, Money pendingWithdrawal) {}
