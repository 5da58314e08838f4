package com.marketplace.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "notification")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = Notification.INBOX,
    query =
        "SELECT n FROM Notification n WHERE n.recipientId = :recipient"
            + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = Notification.UNREAD,
    query =
        "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipient AND n.readAt IS NULL")
@NamedQuery(
    name = Notification.FOR_EVENT,
    query =
        "SELECT COUNT(n) FROM Notification n"
            + " WHERE n.recipientId = :recipient AND n.eventId = :eventId")
@NamedQuery(
    name = Notification.MARK_ALL_READ,
    query =
        "UPDATE Notification n SET n.readAt = :now, n.version = n.version + 1"
            + " WHERE n.recipientId = :recipient AND n.readAt IS NULL")
public class Notification {

  public static final String INBOX = "Notification.inbox";
  public static final String UNREAD = "Notification.unread";
  public static final String FOR_EVENT = "Notification.forEvent";
  public static final String MARK_ALL_READ = "Notification.markAllRead";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_id", nullable = false, updatable = false)
  private long recipientId;

  @Column(name = "event_id", nullable = false, updatable = false)
  private String eventId;

  @Column(nullable = false, updatable = false)
  private String type;

  @Column(nullable = false, updatable = false)
  private String message;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Version private long version;

  protected Notification() {}

  public Notification(
      long recipientId, String eventId, String type, String message, Instant createdAt) {
    this.recipientId = recipientId;
    this.eventId = eventId;
    this.type = type;
    this.message = message.length() > 500 ? message.substring(0, 500) : message;
    this.createdAt = createdAt;
  }

  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public boolean isFor(long memberId) {
    return recipientId == memberId;
  }

  public Long getId() {
    return id;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public String getEventId() {
    return eventId;
  }

  public String getType() {
    return type;
  }

  public String getMessage() {
    return message;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
