package com.marketplace.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An email to send, one per recipient and event. Not tenant-filtered: the mailer sends for every
 * workspace; the row names its own, and only the notifier of that workspace writes it.
 */
@Entity
@Table(name = "email_message")
@NamedQuery(
    name = EmailMessage.FOR_EVENT,
    query =
        "SELECT COUNT(m) FROM EmailMessage m WHERE m.tenantId = :tenant"
            + " AND m.recipientId = :recipient AND m.eventId = :eventId")
@NamedQuery(
    name = EmailMessage.TO_ADDRESS_FOR_EVENT,
    query =
        "SELECT COUNT(m) FROM EmailMessage m WHERE m.tenantId = :tenant"
            + " AND m.to = :to AND m.eventId = :eventId")
public class EmailMessage {

  public static final String FOR_EVENT = "EmailMessage.forEvent";
  public static final String TO_ADDRESS_FOR_EVENT = "EmailMessage.toAddressForEvent";

  /** After this many refusals the mailer stops trying (about a day with the back-off). */
  static final int MAX_ATTEMPTS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  /** The member it is for; null for someone without an account (a {@link Letter}). */
  @Column(name = "recipient_id", updatable = false)
  private Long recipientId;

  @Column(name = "event_id", nullable = false, updatable = false)
  private String eventId;

  @Column(name = "to_address", nullable = false, updatable = false)
  private String to;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "text_body", nullable = false, updatable = false)
  private String text;

  @Column(name = "html_body", nullable = false, updatable = false)
  private String html;

  /** PENDING, SENT or FAILED. */
  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected EmailMessage() {}

  public EmailMessage(
      long tenantId,
      Long recipientId,
      String eventId,
      String to,
      RenderedEmail email,
      Instant now) {
    this.tenantId = tenantId;
    this.recipientId = recipientId;
    this.eventId = eventId;
    this.to = to;
    this.subject = email.subject();
    this.text = email.text();
    this.html = email.html();
    this.status = "PENDING";
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** Whether the mailer should try it now: still waiting, and its next attempt has come. */
  public boolean isDue(Instant now) {
    return "PENDING".equals(status) && !nextAttemptAt.isAfter(now);
  }

  public void sent(Instant at) {
    status = "SENT";
    sentAt = at;
    attempts++;
  }

  /** Tries again later, twice as late each time up to an hour, until it gives up. */
  public void refused(String error, Instant now) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      status = "FAILED";
    } else {
      long seconds = Math.min(3600, 1L << Math.min(attempts, 12));
      nextAttemptAt = now.plus(Duration.ofSeconds(seconds));
    }
  }

  public Long getId() {
    return id;
  }

  public String getTo() {
    return to;
  }

  public String getSubject() {
    return subject;
  }

  public String getText() {
    return text;
  }

  public String getHtml() {
    return html;
  }

  public String getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }
}
