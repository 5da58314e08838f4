package com.marketplace.payments.entity;

import com.marketplace.platform.Money;
import java.time.Instant;

/** One movement on a member's wallet: a posting with its entry's type and reference. */
public record WalletLine(
    Instant at, String type, String reference, Money amount, String currency) {}
