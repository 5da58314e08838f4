package com.marketplace.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A provider event already processed. Not tenant-filtered: events arrive before their tenant is
 * known, and the provider's event id is the key.
 */
@Entity
@Table(name = "webhook_event")
@IdClass(WebhookEvent.Key.class)
public class WebhookEvent {

  /** The composite key: provider and its event id. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String provider;
    String eventId;

    public Key() {}

    public Key(String provider, String eventId) {
      this.provider = provider;
      this.eventId = eventId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(provider, k.provider)
          && java.util.Objects.equals(eventId, k.eventId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(provider, eventId);
    }
  }

  @Id private String provider;

  @Id
  @Column(name = "event_id")
  private String eventId;

  @Column(nullable = false)
  private String type;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected WebhookEvent() {}

  public WebhookEvent(String provider, String eventId, String type, Instant receivedAt) {
    this.provider = provider;
    this.eventId = eventId;
    this.type = type;
    this.receivedAt = receivedAt;
  }
}
