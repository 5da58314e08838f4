package com.marketplace.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A ledger account with its cached balance (the sum of its postings). Opened here; its balance is
 * written only by the money commands (see {@link com.marketplace.ledger.control.Journal}).
 */
@Entity
@Table(name = "ledger_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = LedgerAccount.FIND,
    query =
        "SELECT a FROM LedgerAccount a WHERE a.kind = :kind AND a.ownerRef = :owner"
            + " AND a.currency = :currency")
public class LedgerAccount {

  public static final String FIND = "LedgerAccount.find";
  public static final String TENANT = "tenant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccountKind kind;

  @Column(name = "owner_ref", nullable = false, updatable = false)
  private String ownerRef;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(nullable = false)
  private long balance;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected LedgerAccount() {}

  public LedgerAccount(AccountKind kind, String ownerRef, String currency, Instant createdAt) {
    this.kind = kind;
    this.ownerRef = ownerRef;
    this.currency = currency;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public AccountKind getKind() {
    return kind;
  }

  public String getOwnerRef() {
    return ownerRef;
  }

  public String getCurrency() {
    return currency;
  }

  public long getBalance() {
    return balance;
  }
}
