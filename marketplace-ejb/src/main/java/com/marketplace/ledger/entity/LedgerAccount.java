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

/** A ledger account with its cached balance (the sum of its postings). */
@Entity
@Table(name = "ledger_account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = LedgerAccount.FIND,
    query =
        "SELECT a FROM LedgerAccount a WHERE a.kind = :kind AND a.ownerRef = :owner"
            + " AND a.currency = :currency")
@NamedQuery(
    name = LedgerAccount.FIND_ID,
    query =
        "SELECT a.id FROM LedgerAccount a WHERE a.kind = :kind AND a.ownerRef = :owner"
            + " AND a.currency = :currency")
@NamedQuery(
    name = LedgerAccount.LOCK,
    query = "SELECT a FROM LedgerAccount a WHERE a.id IN :ids ORDER BY a.id")
public class LedgerAccount {

  public static final String FIND = "LedgerAccount.find";
  public static final String LOCK = "LedgerAccount.lock";
  public static final String FIND_ID = "LedgerAccount.findId";
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

  /** Applies one posting; refuses to take an account that must not go negative below zero. */
  public void apply(long amount) {
    long next = Math.addExact(balance, amount);
    if (next < 0 && !kind.mayGoNegative()) {
      throw new InsufficientFundsException(balance, -amount, currency);
    }
    balance = next;
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
