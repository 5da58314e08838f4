package com.marketplace.notifications.entity;

import java.util.List;

/**
 * What one member is told about one event, the page of the workspace it concerns, and the files its
 * email carries (an invoice's PDF).
 */
public record Notice(
    long recipientId, NoticeType type, String text, String path, List<Attachment> attachments) {

  public Notice {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public Notice(long recipientId, NoticeType type, String text, String path) {
    this(recipientId, type, text, path, List.of());
  }

  /** A file an email carries. */
  public record Attachment(String fileName, String mediaType, byte[] content) {}
}
