package com.marketplace.payments.entity;

import com.marketplace.platform.Money;

/** The outcome of a top-up or withdrawal as the member sees it. */
public record PaymentView(
    long id, Money amount, String currency, PaymentStatus status, String failure) {}
