package com.marketplace.notifications.entity;

import java.time.Instant;

/** An event no consumer could handle, as the broker's dead-letter queue keeps it. */
public record DeadLetter(
    String eventId, String type, Instant deadSince, String reason, String payload) {}
