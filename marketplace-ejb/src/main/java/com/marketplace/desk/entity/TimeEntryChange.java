package com.marketplace.desk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One change of a time entry, kept after the entry itself is gone: who, when, before → after. A
 * submission or decision keeps the statuses; a decision the client's comment, and no member when
 * the workspace approved by itself.
 */
@Entity
@Table(name = "time_entry_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class TimeEntryChange {

  /** What happened to the entry. */
  public enum Action {
    EDITED,
    DELETED,
    SUBMITTED,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private long entryId;

  /** Who changed it; null for the workspace's automatic approval. */
  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Action action;

  @Column(name = "before_value", updatable = false)
  private String before;

  @Column(name = "after_value", updatable = false)
  private String after;

  @Column(updatable = false)
  private String comment;

  protected TimeEntryChange() {}

  public TimeEntryChange(
      long entryId, long memberId, Instant changedAt, Action action, String before, String after) {
    this(entryId, Long.valueOf(memberId), changedAt, action, before, after, null);
  }

  private TimeEntryChange(
      long entryId,
      Long memberId,
      Instant changedAt,
      Action action,
      String before,
      String after,
      String comment) {
    this.entryId = entryId;
    this.memberId = memberId;
    this.changedAt = changedAt;
    this.action = action;
    this.before = before;
    this.after = after;
    this.comment = comment;
  }

  /** The member handed the entry in for approval; it was {@code before}. */
  public static TimeEntryChange submitted(
      long entryId, long memberId, Instant at, TimeEntryStatus before) {
    return new TimeEntryChange(
        entryId,
        memberId,
        at,
        Action.SUBMITTED,
        before.label(),
        TimeEntryStatus.SUBMITTED.label(),
        null);
  }

  /** A decision on the submitted entry: by {@code memberId}, or by the workspace when null. */
  public static TimeEntryChange decided(
      long entryId, Long memberId, Instant at, TimeDecision decision) {
    return new TimeEntryChange(
        entryId,
        memberId,
        at,
        decision.approves() ? Action.APPROVED : Action.REJECTED,
        TimeEntryStatus.SUBMITTED.label(),
        decision.outcome().label(),
        decision.comment());
  }

  public long getEntryId() {
    return entryId;
  }

  public Long getMemberId() {
    return memberId;
  }

  /** Whether the member made this change. */
  public boolean madeBy(long member) {
    return memberId != null && memberId == member;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public Action getAction() {
    return action;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public String getComment() {
    return comment;
  }
}
