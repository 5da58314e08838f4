package com.marketplace.identity.boundary;

import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.LiveTokens;
import com.marketplace.identity.entity.ApiToken;
import com.marketplace.identity.entity.ApiTokenSecret;
import com.marketplace.identity.entity.ApiTokenView;
import com.marketplace.identity.entity.IssuedApiToken;
import com.marketplace.identity.entity.Member;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.tenant.ApiClientRef;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's API tokens (S6): the owner makes them (the token is answered once, then only its
 * hash is kept), lists and revokes them; a presented token is looked up here for the web layer.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class ApiTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject LiveTokens live;

  /** Makes a token; the answer is the only time the token itself is shown. */
  public IssuedApiToken create(String name) {
    long liveTokens = em.createNamedQuery(ApiToken.LIVE_COUNT, Long.class).getSingleResult();
    if (liveTokens >= ApiToken.MAX_LIVE) {
      throw new ConflictException(
          "This workspace has "
              + ApiToken.MAX_LIVE
              + " API tokens in use already. Revoke one you no longer need first.");
    }
    ApiTokenSecret secret = ApiTokenSecret.generate(RANDOM);
    var token = new ApiToken(name, secret, caller.ref().memberId(), clock.instant());
    em.persist(token);
    em.flush();
    audit.record(AuditAction.API_TOKEN_CREATED, "api_token", token.getId(), token.getName());
    return IssuedApiToken.of(token, secret);
  }

  /** The workspace's tokens, newest first, revoked ones too. */
  public List<ApiTokenView> list(int first, int max) {
    return em.createNamedQuery(ApiToken.ALL, ApiToken.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 100))
        .getResultStream()
        .map(this::view)
        .toList();
  }

  public long count() {
    return em.createNamedQuery(ApiToken.COUNT, Long.class).getSingleResult();
  }

  /** Revokes a token for good: it is refused from its next request on. Again: unchanged. */
  public ApiTokenView revoke(long id) {
    ApiToken token =
        Optional.ofNullable(em.find(ApiToken.class, id))
            .orElseThrow(() -> new NotFoundException("No such API token in this workspace."));
    if (token.isLive()) {
      audit.record(AuditAction.API_TOKEN_REVOKED, "api_token", id, token.getName());
    }
    token.revoke(clock.instant());
    return view(token);
  }

  /** The workspace and token a presented token stands for, while it is live; anyone may ask. */
  @PermitAll
  public Optional<ApiClientRef> authenticate(String presented) {
    return live.resolve(presented);
  }

  private ApiTokenView view(ApiToken token) {
    Member creator = em.find(Member.class, token.getCreatedBy());
    return ApiTokenView.of(token, creator == null ? null : creator.getDisplayName());
  }
}
