package com.marketplace.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A domain event waiting in the outbox, written in the transaction of the change that raised it.
 * Not tenant-filtered: the relay works for every workspace, and the event names its own.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "event_id", nullable = false, updatable = false)
  private String eventId;

  @Column(nullable = false, updatable = false)
  private String type;

  @Column(nullable = false, updatable = false)
  private String payload;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** Raised by foreground work: published once that is over. */
  @Column(nullable = false, updatable = false)
  private boolean deferred;

  protected OutboxEvent() {}

  public OutboxEvent(DomainEvent event, String payload, boolean deferred) {
    this.tenantId = event.tenantId();
    this.eventId = event.eventId();
    this.type = event.type();
    this.payload = payload;
    this.createdAt = event.occurredAt();
    this.deferred = deferred;
  }

  public void published(Instant at) {
    publishedAt = at;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  public long getTenantId() {
    return tenantId;
  }

  public String getEventId() {
    return eventId;
  }

  public String getType() {
    return type;
  }

  public String getPayload() {
    return payload;
  }
}
