package com.marketplace.portal.entity;

/**
 * The caller's own details in the portal: what they may change (name, phone, billing address,
 * password) and what they may only read (email, role).
 */
public record PortalAccount(
    long memberId, String email, String name, String phone, String billingAddress, String role) {}
