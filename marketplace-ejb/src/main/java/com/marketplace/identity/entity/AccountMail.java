package com.marketplace.identity.entity;

/**
 * An email about the account itself (a link to confirm the address, reset the password or accept an
 * invite; a warning that someone tried to register with the address), raised as a CDI event in the
 * transaction that decided it, and queued by the notifications feature in the workspace's look.
 * {@code path} is the workspace page the button leads to, after {@code /t/{slug}/}; {@code token},
 * if not null, the link's one-time token, which the page reads from {@code ?token=} (kept out of
 * the queued email's text).
 */
public record AccountMail(
    long tenantId,
    long memberId,
    String to,
    String name,
    String subject,
    String text,
    String action,
    String path,
    String token) {}
