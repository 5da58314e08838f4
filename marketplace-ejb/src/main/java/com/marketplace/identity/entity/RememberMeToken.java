package com.marketplace.identity.entity;

import com.marketplace.platform.tenant.MemberRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A long-lived sign-in from a remember-me cookie. Deliberately not tenant-filtered: the cookie is
 * presented before the tenant is known, and the random token (stored only as its SHA-256) is the
 * key. The token names its tenant and member.
 */
@Entity
@Table(name = "remember_me_token")
@NamedQuery(
    name = RememberMeToken.DELETE_FOR_MEMBER,
    query = "DELETE FROM RememberMeToken t WHERE t.tenantId = :tenantId AND t.memberId = :memberId")
@NamedQuery(
    name = RememberMeToken.DELETE_EXPIRED,
    query = "DELETE FROM RememberMeToken t WHERE t.expiresAt < :now")
public class RememberMeToken {

  public static final String DELETE_FOR_MEMBER = "RememberMeToken.deleteForMember";
  public static final String DELETE_EXPIRED = "RememberMeToken.deleteExpired";

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected RememberMeToken() {}

  public RememberMeToken(String tokenHash, MemberRef member, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.tenantId = member.tenantId();
    this.memberId = member.memberId();
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  public MemberRef member() {
    return new MemberRef(tenantId, memberId);
  }
}
