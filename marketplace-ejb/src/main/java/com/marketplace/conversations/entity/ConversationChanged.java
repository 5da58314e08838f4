package com.marketplace.conversations.entity;

/**
 * A message was posted to a conversation of these members. Observed after the commit by the web
 * tier, which pushes it to their open pages; the notification and the email follow through the
 * outbox.
 */
public record ConversationChanged(long senderId, long recipientId) {}
