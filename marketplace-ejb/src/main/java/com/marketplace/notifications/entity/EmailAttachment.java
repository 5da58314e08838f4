package com.marketplace.notifications.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A file an email carries, kept with the queued email until it is sent. */
@Entity
@Table(name = "email_attachment")
@NamedQuery(
    name = EmailAttachment.OF_EMAIL,
    query = "SELECT a FROM EmailAttachment a WHERE a.emailId = :email ORDER BY a.id")
public class EmailAttachment {

  public static final String OF_EMAIL = "EmailAttachment.ofEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "email_id", nullable = false, updatable = false)
  private long emailId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected EmailAttachment() {}

  public EmailAttachment(long emailId, Notice.Attachment file) {
    this.emailId = emailId;
    this.fileName = file.fileName();
    this.mediaType = file.mediaType();
    this.content = file.content();
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public byte[] getContent() {
    return content;
  }
}
