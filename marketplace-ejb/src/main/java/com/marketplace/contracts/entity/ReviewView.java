package com.marketplace.contracts.entity;

import java.time.Instant;

/** A review as contract pages and public profiles show it. */
public record ReviewView(
    long id,
    long contractId,
    String contractTitle,
    long authorId,
    String authorName,
    long subjectId,
    int stars,
    String text,
    Instant createdAt) {}
