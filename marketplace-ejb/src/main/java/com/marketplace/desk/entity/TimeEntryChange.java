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

/** One change of a time entry, kept after the entry itself is gone: who, when, before → after. */
@Entity
@Table(name = "time_entry_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class TimeEntryChange {

  /** What happened to the entry. */
  public enum Action {
    EDITED,
    DELETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private long entryId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Action action;

  @Column(name = "before_value", updatable = false)
  private String before;

  @Column(name = "after_value", updatable = false)
  private String after;

  protected TimeEntryChange() {}

  public TimeEntryChange(
      long entryId, long memberId, Instant changedAt, Action action, String before, String after) {
    this.entryId = entryId;
    this.memberId = memberId;
    this.changedAt = changedAt;
    this.action = action;
    this.before = before;
    this.after = after;
  }

  public long getEntryId() {
    return entryId;
  }

  public long getMemberId() {
    return memberId;
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
}
