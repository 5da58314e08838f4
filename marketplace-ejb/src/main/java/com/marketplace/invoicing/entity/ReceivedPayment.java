package com.marketplace.invoicing.entity;

import com.marketplace.platform.Money;
import java.time.Instant;

/** A succeeded payment of an invoice addressed to the reader, with its receipt. */
public record ReceivedPayment(
    long paymentId,
    long invoiceId,
    String invoiceNumber,
    String receiptNumber,
    PaymentMethod method,
    Money amount,
    Instant paidAt) {}
