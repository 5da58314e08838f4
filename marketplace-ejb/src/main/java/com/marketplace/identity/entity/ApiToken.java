package com.marketplace.identity.entity;

import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A workspace's API token (S6): read access to the API for a program, made by the owner. Only the
 * token's hash is kept. Revoking is for good; a revoked token stays listed.
 */
@Entity
@Table(name = "api_token")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = ApiToken.ALL,
    query = "SELECT t FROM ApiToken t ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(
    name = ApiToken.LIVE_COUNT,
    query = "SELECT COUNT(t) FROM ApiToken t WHERE t.revokedAt IS NULL")
@NamedQuery(name = ApiToken.COUNT, query = "SELECT COUNT(t) FROM ApiToken t")
@NamedQuery(
    name = ApiToken.TOUCH,
    query =
        "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
            + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt <= :since)")
public class ApiToken {

  public static final String ALL = "ApiToken.all";
  public static final String COUNT = "ApiToken.count";
  public static final String LIVE_COUNT = "ApiToken.liveCount";
  public static final String TOUCH = "ApiToken.touch";

  public static final int NAME_MAX = 80;

  /** Live tokens a workspace may have at once; revoke one to make another. */
  public static final int MAX_LIVE = 50;

  /** How exactly the last use is kept: written at most this often, not on every request. */
  public static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  @Size(max = NAME_MAX)
  private String name;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(nullable = false, updatable = false)
  private String prefix;

  @Column(name = "created_by", nullable = false, updatable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected ApiToken() {}

  public ApiToken(String name, ApiTokenSecret secret, long createdBy, Instant now) {
    this.name = Texts.required(name, "token's name", NAME_MAX);
    this.tokenHash = secret.hash();
    this.prefix = secret.prefix();
    this.createdBy = createdBy;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Revokes the token for good; revoking it again changes nothing. Moments are kept to the
   * microsecond, as the database keeps them, so an answer made now reads the same later.
   */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now.truncatedTo(ChronoUnit.MICROS);
    }
  }

  public boolean isLive() {
    return revokedAt == null;
  }

  /** Whether a use at {@code now} is to be written down, given the last one written. */
  public static boolean lastUseDue(Instant lastUsedAt, Instant now) {
    return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_STEP));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
