package com.marketplace.identity.control;

import com.marketplace.audit.control.ActorNames;
import com.marketplace.audit.entity.Actor;
import com.marketplace.identity.entity.ApiToken;
import com.marketplace.identity.entity.Member;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Members and API tokens as the audit log names them, read in the caller's transaction. */
@Dependent
public class AuditedActors implements ActorNames {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Override
  public Actor member(long memberId) {
    return Optional.ofNullable(em.find(Member.class, memberId))
        .map(m -> Actor.member(memberId, m.getEmail(), m.getDisplayName()))
        .orElseGet(() -> Actor.member(memberId, null, null));
  }

  @Override
  public Actor apiToken(long tokenId) {
    return Actor.apiToken(
        tokenId,
        Optional.ofNullable(em.find(ApiToken.class, tokenId)).map(ApiToken::getName).orElse("?"));
  }
}
