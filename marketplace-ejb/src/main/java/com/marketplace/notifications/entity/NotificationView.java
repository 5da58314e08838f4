package com.marketplace.notifications.entity;

import java.time.Instant;

public record NotificationView(
    long id, String type, String message, Instant createdAt, boolean read) {

  public static NotificationView of(Notification n) {
    return new NotificationView(
        n.getId(), n.getType(), n.getMessage(), n.getCreatedAt(), n.getReadAt() != null);
  }
}
