package com.marketplace.payments.entity;

import java.time.Instant;

/** One movement on a member's wallet: a posting with its entry's type and reference. */
public record WalletLine(Instant at, String type, String reference, long amount, String currency) {}
