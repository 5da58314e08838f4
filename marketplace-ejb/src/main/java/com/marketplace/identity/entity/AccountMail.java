package com.marketplace.identity.entity;

/**
 * An email about the account itself (a link to confirm the address, reset the password or accept an
 * invite; a warning that someone tried to register with the address), raised as a CDI event in the
 * transaction that decided it, and queued by the notifications feature in the workspace's look.
 * {@code path} is the workspace page the button leads to, after {@code /t/{slug}/}.
 */
public record AccountMail(
    long tenantId,
    long memberId,
    String to,
    String name,
    String subject,
    String text,
    String action,
    String path) {}
