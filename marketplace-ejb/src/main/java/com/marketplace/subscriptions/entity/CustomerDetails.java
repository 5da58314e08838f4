package com.marketplace.subscriptions.entity;

/**
 * What the owner writes for a customer: a member of the workspace ({@code memberId}, whose name and
 * email are taken when left empty) or someone known only for billing; a card (its number, as typed)
 * for customers who pay by card.
 */
public record CustomerDetails(
    Long memberId,
    String name,
    String email,
    String billingAddress,
    String countryCode,
    String taxId,
    String card) {}
