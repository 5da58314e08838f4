package com.marketplace.identity.control;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.Actor;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.identity.entity.ApiToken;
import com.marketplace.identity.entity.ApiTokenSecret;
import com.marketplace.platform.tenant.ApiClientRef;
import com.marketplace.platform.tenant.TenantFilter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Finds the live token a caller presents, in its caller's transaction. A token is found by its
 * hash, before anyone knows the workspace, so this first read goes past the tenant scoping; the
 * token's own row then names its workspace, and everything after is scoped to it. Its last use is
 * written at most once a minute ({@link ApiToken#LAST_USE_STEP}), by a conditional update that
 * neither counts as a change of the token nor collides with a revocation.
 */
@Dependent
public class LiveTokens {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditTrail audit;

  /** The workspace and token a presented token stands for, while it is live. */
  public Optional<ApiClientRef> resolve(String presented) {
    Optional<ApiTokenSecret> secret = ApiTokenSecret.read(presented);
    if (secret.isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, tenant_id, token_hash FROM api_token WHERE token_hash = ?1")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .setParameter(1, secret.get().hash())
            .getResultList();
    if (rows.isEmpty() || !secret.get().matches((String) rows.get(0)[2])) {
      return Optional.empty();
    }
    long id = ((Number) rows.get(0)[0]).longValue();
    long tenantId = ((Number) rows.get(0)[1]).longValue();
    TenantFilter.scopeTo(em, tenantId);
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null || !token.isLive()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (ApiToken.lastUseDue(token.getLastUsedAt(), now)
        && em.createNamedQuery(ApiToken.TOUCH)
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("since", now.minus(ApiToken.LAST_USE_STEP))
                .executeUpdate()
            == 1) {
      // one row a minute per token, like its last use: whoever wrote the use writes the row
      audit.recordAs(
          tenantId,
          Actor.apiToken(id, token.getName()),
          AuditAction.API_TOKEN_USED,
          "api_token",
          id,
          null);
    }
    return Optional.of(new ApiClientRef(tenantId, id));
  }
}
