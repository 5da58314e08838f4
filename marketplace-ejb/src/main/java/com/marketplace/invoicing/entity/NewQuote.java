package com.marketplace.invoicing.entity;

import java.time.LocalDate;

/**
 * A quote to start: for one of the issuer's CRM clients or for a client member of the workspace
 * (one of the two), with its title, the day it is valid until and notes.
 */
public record NewQuote(
    Long clientId, Long memberId, String title, LocalDate validUntil, String notes) {}
