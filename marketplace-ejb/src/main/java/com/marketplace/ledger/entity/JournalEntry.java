package com.marketplace.ledger.entity;

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

/** The one effect of a money command: immutable, found again by its idempotency key. */
@Entity
@Table(name = "journal_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class JournalEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String type;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  private String idempotencyKey;

  @Column(nullable = false, updatable = false)
  private String fingerprint;

  @Column(name = "hold_id", updatable = false)
  private Long holdId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected JournalEntry() {}

  public Long getId() {
    return id;
  }

  public String getType() {
    return type;
  }

  public String getReference() {
    return reference;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public Long getHoldId() {
    return holdId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
