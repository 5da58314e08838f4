package com.marketplace.invoicing.entity;

/**
 * A draft to start: for one of the issuer's CRM clients or for a member of the workspace (one of
 * the two), with payment terms (null: the issuer's usual) and notes.
 */
public record NewInvoice(Long clientId, Long memberId, Integer termsDays, String notes) {}
