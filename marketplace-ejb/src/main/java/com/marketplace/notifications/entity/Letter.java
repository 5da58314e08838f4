package com.marketplace.notifications.entity;

import java.util.List;

/**
 * An email to someone without an account in the workspace (an invoice's CRM client): their address
 * and name, what they are told, and the files it carries. No preferences apply: they asked for
 * nothing but the document sent to them.
 */
public record Letter(
    String to, String name, NoticeType type, String text, List<Notice.Attachment> attachments) {

  public Letter {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
