package com.marketplace.conversations.entity;

import java.time.Instant;
import java.util.List;

/**
 * A conversation as a participant sees it; {@code messages} oldest first (newest at the bottom).
 */
public record ConversationView(
    long id,
    ContextType contextType,
    long contextId,
    String subject,
    String withName,
    Instant lastMessageAt,
    long unread,
    List<MessageView> messages) {}
