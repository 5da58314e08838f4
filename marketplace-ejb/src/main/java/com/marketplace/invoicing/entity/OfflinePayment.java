package com.marketplace.invoicing.entity;

/**
 * Money the issuer received outside the workspace (bank transfer, cash), recorded with the payer's
 * reference; the key makes recording it twice one record.
 */
public record OfflinePayment(PaymentMethod method, long amount, String reference, String key) {}
