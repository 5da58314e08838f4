package com.marketplace.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A one-time account link (verify an email, reset a password, accept an invite): only the SHA-256
 * of its secret is kept. It is used at most once, by a conditional update ({@link #USE}), so two
 * uses at once use it once; a newer link of the same member and purpose voids it ({@link #VOID}).
 * Not versioned: it changes only through those updates.
 */
@Entity
@Table(name = "account_token")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = AccountToken.BY_HASH,
    query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(
    name = AccountToken.USE,
    query =
        "UPDATE AccountToken t SET t.usedAt = :now WHERE t.id = :id AND t.usedAt IS NULL"
            + " AND t.expiresAt > :now")
@NamedQuery(
    name = AccountToken.VOID,
    query =
        "UPDATE AccountToken t SET t.usedAt = :now, t.voided = TRUE WHERE t.memberId = :member"
            + " AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

  public static final String BY_HASH = "AccountToken.byHash";
  public static final String USE = "AccountToken.use";
  public static final String VOID = "AccountToken.void";

  /** Where a presented link stands. */
  public enum State {
    USABLE,
    USED,
    VOIDED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private LinkPurpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(nullable = false)
  private boolean voided;

  protected AccountToken() {}

  public AccountToken(long memberId, LinkPurpose purpose, LinkSecret secret, Instant now) {
    this.memberId = memberId;
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = secret.hash();
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** Where the link stands at {@code now}: once used or voided it stays so, expired or not. */
  public State stateAt(Instant now) {
    if (voided) {
      return State.VOIDED;
    }
    if (usedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public LinkPurpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
