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

  /**
   * Stands in the bodies where a link's one-time token goes; the token is kept apart and put in
   * only as the email is sent.
   */
  public static final String SECRET = "{{link-secret}}";

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

  /** The one-time token of the email's link until it is sent; never kept in the bodies. */
  @Column(name = "link_secret")
  private String linkSecret;

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

  /**
   * Keeps the one-time token that the bodies show as {@link #SECRET}: apart from them, until the
   * email is sent (or given up), then forgotten. For an email about to be queued.
   */
  public EmailMessage withLinkSecret(String token) {
    this.linkSecret = token;
    return this;
  }

  /** Whether the mailer should try it now: still waiting, and its next attempt has come. */
  public boolean isDue(Instant now) {
    return "PENDING".equals(status) && !nextAttemptAt.isAfter(now);
  }

  public void sent(Instant at) {
    status = "SENT";
    sentAt = at;
    attempts++;
    linkSecret = null;
  }

  /** Tries again later, twice as late each time up to an hour, until it gives up. */
  public void refused(String error, Instant now) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      status = "FAILED";
      linkSecret = null;
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

  /** The plain-text body as stored: a link's secret stands there as {@link #SECRET}. */
  public String getText() {
    return text;
  }

  public String getHtml() {
    return html;
  }

  /** The plain-text body as it goes out, the link's secret in place. */
  public String textToSend() {
    return withSecret(text);
  }

  public String htmlToSend() {
    return withSecret(html);
  }

  private String withSecret(String body) {
    return linkSecret == null ? body : body.replace(SECRET, linkSecret);
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
