package com.marketplace.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One line of a workspace's audit log. Immutable: made whole by its constructor, no setters, every
 * column {@code updatable = false}; the database refuses updates and deletes besides. Texts are cut
 * to their columns rather than refused: recording must never be the reason an action fails.
 */
@Entity
@Table(name = "audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class AuditEvent {

  public static final int EMAIL_MAX = 254;
  public static final int NAME_MAX = 120;
  public static final int SUBJECT_TYPE_MAX = 40;
  public static final int ADDRESS_MAX = 64;
  public static final int USER_AGENT_MAX = 255;
  public static final int DETAIL_MAX = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false, updatable = false)
  private ActorKind actorKind;

  @Column(name = "actor_member_id", updatable = false)
  private Long actorMemberId;

  @Column(name = "actor_email", updatable = false)
  private String actorEmail;

  @Column(name = "actor_name", updatable = false)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "subject_type", updatable = false)
  private String subjectType;

  @Column(name = "subject_id", updatable = false)
  private Long subjectId;

  @Column(updatable = false)
  private String address;

  @Column(name = "user_agent", updatable = false)
  private String userAgent;

  @Column(updatable = false)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      Actor actor,
      AuditAction action,
      String subjectType,
      Long subjectId,
      String address,
      String userAgent,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt).truncatedTo(ChronoUnit.MICROS);
    this.actorKind = Objects.requireNonNull(actor).kind();
    this.actorMemberId = actor.memberId();
    this.actorEmail = cut(actor.email(), EMAIL_MAX);
    this.actorName = cut(actor.name(), NAME_MAX);
    this.action = Objects.requireNonNull(action);
    this.subjectType = cut(subjectType, SUBJECT_TYPE_MAX);
    this.subjectId = subjectId;
    this.address = cut(address, ADDRESS_MAX);
    this.userAgent = cut(userAgent, USER_AGENT_MAX);
    this.detail = cut(detail, DETAIL_MAX);
  }

  /**
   * The text stripped and cut to {@code max} characters (never splitting a surrogate pair); null
   * when blank.
   */
  static String cut(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public ActorKind getActorKind() {
    return actorKind;
  }

  public Long getActorMemberId() {
    return actorMemberId;
  }

  public String getActorEmail() {
    return actorEmail;
  }

  public String getActorName() {
    return actorName;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getAddress() {
    return address;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public String getDetail() {
    return detail;
  }
}
