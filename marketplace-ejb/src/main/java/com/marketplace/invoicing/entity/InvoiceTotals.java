package com.marketplace.invoicing.entity;

import com.marketplace.platform.Money;

/** How many invoices and how much per status in a list; overdue is a part of the open ones. */
public record InvoiceTotals(
    long drafts,
    Money draftAmount,
    long open,
    Money openAmount,
    long overdue,
    Money overdueAmount,
    long paid,
    Money paidAmount,
    long voided) {}
