package com.marketplace.subscriptions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A billing run the owner started, and how far it has come (shown live on the dashboard). */
@Entity
@Table(name = "billing_run")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class BillingRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "started_by", updatable = false)
  private Long startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  /** When it last told how far it has come. */
  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** Subscriptions due when it started. */
  @Column(nullable = false)
  private int total;

  @Column(nullable = false)
  private int processed;

  @Column(nullable = false)
  private int failed;

  /** Minor units billed. */
  @Column(nullable = false)
  private long billed;

  @Version private long version;

  protected BillingRun() {}

  public BillingRun(Long startedBy, int total, Instant now) {
    this.startedBy = startedBy;
    this.total = total;
    this.startedAt = now;
    this.reportedAt = now;
  }

  /** Adds what was done since the last report. */
  public void progress(int processed, int failed, long billed, Instant now) {
    this.reportedAt = now;
    this.processed += processed;
    this.failed += failed;
    this.billed += billed;
    this.total = Math.max(this.total, this.processed + this.failed);
  }

  public void finished(Instant now) {
    this.finishedAt = now;
    this.reportedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getTotal() {
    return total;
  }

  public int getProcessed() {
    return processed;
  }

  public int getFailed() {
    return failed;
  }

  public long getBilled() {
    return billed;
  }

  public boolean isRunning() {
    return finishedAt == null;
  }
}
