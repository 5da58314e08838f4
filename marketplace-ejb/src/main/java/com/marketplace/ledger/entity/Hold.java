package com.marketplace.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A two-phase transfer: funds moved from a source account into a holding account, then posted
 * onwards or voided back, in parts if need be. It closes when nothing remains; a closed hold
 * refuses every further command. Read here; written only by the money commands (see {@link
 * com.marketplace.ledger.control.Journal}).
 */
@Entity
@Table(name = "ledger_hold")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Hold {

  public enum Status {
    OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private HoldPurpose purpose;

  @Column(name = "source_account_id", nullable = false, updatable = false)
  private long sourceAccountId;

  @Column(name = "holding_account_id", nullable = false, updatable = false)
  private long holdingAccountId;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Column(nullable = false)
  private long remaining;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Hold() {}

  public Long getId() {
    return id;
  }

  public HoldPurpose getPurpose() {
    return purpose;
  }

  public long getSourceAccountId() {
    return sourceAccountId;
  }

  public long getHoldingAccountId() {
    return holdingAccountId;
  }

  public String getCurrency() {
    return currency;
  }

  public long getAmount() {
    return amount;
  }

  public long getRemaining() {
    return remaining;
  }

  public Status getStatus() {
    return status;
  }

  public String getReference() {
    return reference;
  }
}
