package com.marketplace.events.entity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something that happened in a tenant, published to the broker after the transaction that caused it
 * commits. The event id lets consumers ignore a redelivery.
 */
public record DomainEvent(
    String eventId, String type, long tenantId, Instant occurredAt, Map<String, String> data) {

  public static final String MEMBER_REGISTERED = "MemberRegistered";

  public DomainEvent {
    data = Map.copyOf(data);
  }

  public static DomainEvent of(
      String type, long tenantId, Instant occurredAt, Map<String, String> data) {
    return new DomainEvent(UUID.randomUUID().toString(), type, tenantId, occurredAt, data);
  }

  public String get(String key) {
    String value = data.get(key);
    if (value == null) {
      throw new IllegalArgumentException(type + " event " + eventId + " has no " + key);
    }
    return value;
  }

  public long getLong(String key) {
    return Long.parseLong(get(key));
  }
}
