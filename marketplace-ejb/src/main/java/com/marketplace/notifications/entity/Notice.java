package com.marketplace.notifications.entity;

import java.util.List;

/**
 * What one person is told about one event, the page of the workspace it concerns, and the files its
 * email carries (an invoice's PDF). The person is a member ({@code recipientId}), told in the app
 * and by email as they prefer, or someone without an account ({@code outsider}: an invoice's CRM
 * client), told by email only.
 */
public record Notice(
    Long recipientId,
    Outsider outsider,
    NoticeType type,
    String text,
    String path,
    List<Attachment> attachments) {

  public Notice {
    if ((recipientId == null) == (outsider == null)) {
      throw new IllegalArgumentException("A notice is for a member or for an outsider");
    }
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public Notice(long recipientId, NoticeType type, String text, String path) {
    this(recipientId, null, type, text, path, List.of());
  }

  public Notice(
      long recipientId, NoticeType type, String text, String path, List<Attachment> attachments) {
    this(recipientId, null, type, text, path, attachments);
  }

  /** A notice emailed to someone without an account; its link leads to the workspace's page. */
  public static Notice toOutsider(
      Outsider outsider, NoticeType type, String text, List<Attachment> attachments) {
    return new Notice(null, outsider, type, text, null, attachments);
  }

  /** Someone without an account: where to write and how to greet them. */
  public record Outsider(String email, String name) {}

  /** A file an email carries. */
  public record Attachment(String fileName, String mediaType, byte[] content) {}
}
