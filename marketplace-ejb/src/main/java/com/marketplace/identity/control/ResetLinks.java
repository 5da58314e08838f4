package com.marketplace.identity.control;

import com.marketplace.identity.entity.LinkPurpose;
import com.marketplace.identity.entity.Member;
import com.marketplace.platform.tenant.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Issues the password reset link a request asked for once the request has answered, in a
 * transaction of its own. Issuing it (voiding the older links, keeping the new one's hash, queueing
 * the email) writes rows that the request for an unknown email does not, and on the request's
 * thread that made the known email's answer measurably slower: its time told who has an account.
 */
@Stateless
@PermitAll
public class ResetLinks {

  /** A reset link is due to the member (fired inside the request's transaction). */
  public record Asked(long tenantId, long memberId) {}

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Links links;
  @Inject ResetLinks self;

  /** The request committed: the link is issued in the background. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void asked(@Observes(during = TransactionPhase.AFTER_SUCCESS) Asked asked) {
    self.issue(asked.tenantId(), asked.memberId());
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void issue(long tenantId, long memberId) {
    TenantFilter.scopeTo(em, tenantId);
    Member member = em.find(Member.class, memberId);
    if (member != null && member.isActive()) {
      links.issue(tenantId, member, LinkPurpose.RESET, null);
    }
  }
}
