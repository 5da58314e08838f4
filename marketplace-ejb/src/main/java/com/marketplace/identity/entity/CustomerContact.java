package com.marketplace.identity.entity;

/**
 * Someone the workspace works for or bills without being its member (a freelancer's CRM client, a
 * subscription customer) was given this email, made or changed: a CDI event, fired in the
 * transaction that writes it, so whoever keeps accounts for such people can make one at once.
 */
public record CustomerContact(long tenantId, String email, String name) {}
