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

/** One change of a project, as its history shows it: who, when, which field, before and after. */
@Entity
@Table(name = "desk_project_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ProjectChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false, updatable = false)
  private long projectId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(nullable = false, updatable = false)
  private String field;

  @Column(name = "before_value", updatable = false)
  private String before;

  @Column(name = "after_value", updatable = false)
  private String after;

  protected ProjectChange() {}

  public ProjectChange(
      long projectId, long memberId, Instant changedAt, String field, String before, String after) {
    this.projectId = projectId;
    this.memberId = memberId;
    this.changedAt = changedAt;
    this.field = field;
    this.before = before;
    this.after = after;
  }

  public Long getId() {
    return id;
  }

  public long getProjectId() {
    return projectId;
  }

  public long getMemberId() {
    return memberId;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getField() {
    return field;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
