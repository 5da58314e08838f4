package com.marketplace.audit.entity;

import java.time.Instant;

/** An audit event as the owner's page, the API and the CSV show it. */
public record AuditEventView(
    long id,
    Instant occurredAt,
    ActorKind actorKind,
    Long actorMemberId,
    String actorEmail,
    String actorName,
    AuditAction action,
    String actionLabel,
    String subjectType,
    Long subjectId,
    String address,
    String userAgent,
    String detail) {

  public static AuditEventView of(AuditEvent e) {
    return new AuditEventView(
        e.getId(),
        e.getOccurredAt(),
        e.getActorKind(),
        e.getActorMemberId(),
        e.getActorEmail(),
        e.getActorName(),
        e.getAction(),
        e.getAction().label(),
        e.getSubjectType(),
        e.getSubjectId(),
        e.getAddress(),
        e.getUserAgent(),
        e.getDetail());
  }
}
