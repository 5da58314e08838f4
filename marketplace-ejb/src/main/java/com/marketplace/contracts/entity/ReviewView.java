package com.marketplace.contracts.entity;

import java.time.Instant;

/**
 * A review as the contract's parties and the owner see it (public profiles show less: {@code
 * ProfileReview}).
 */
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
