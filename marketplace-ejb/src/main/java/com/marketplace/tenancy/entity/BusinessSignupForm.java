package com.marketplace.tenancy.entity;

import java.math.BigDecimal;

/** What a business enters to open its workspace (T1). The logo is optional. */
public record BusinessSignupForm(
    String businessName,
    String slug,
    String currency,
    BigDecimal feePercent,
    String primaryColour,
    byte[] logo,
    String ownerName,
    String ownerEmail,
    String ownerPassword) {}
