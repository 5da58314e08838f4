package com.marketplace.payments.entity;

/** The outcome of a top-up or withdrawal as the member sees it. */
public record PaymentView(
    long id, long amount, String currency, PaymentStatus status, String failure) {}
