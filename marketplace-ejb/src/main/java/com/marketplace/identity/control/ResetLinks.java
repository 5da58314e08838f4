package com.marketplace.identity.control;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.control.RequestOrigin;
import com.marketplace.audit.entity.Actor;
import com.marketplace.audit.entity.AuditAction;
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
import java.util.Optional;

/**
 * Answers a password reset request after the request has answered, in a transaction of its own:
 * finds the account, counts the email against its limit, issues the link (voiding the older ones,
 * keeping the new one's hash, queueing the email) and records the request. Done on the request's
 * thread, this work differed between an email with an account and one without, and the answer's
 * time told which it was; now the request does the same for both.
 */
@Stateless
@PermitAll
public class ResetLinks {

  /**
   * A reset was asked for the (folded) email, from where the request came (fired inside the
   * request's transaction).
   */
  public record Asked(
      long tenantId,
      String email,
      boolean fromRequest,
      String address,
      String userAgent,
      boolean api) {}

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LinkThrottle throttle;
  @Inject Links links;
  @Inject AuditTrail audit;
  @Inject RequestOrigin origin;
  @Inject ResetLinks self;

  /** The request committed: the rest happens in the background. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void asked(@Observes(during = TransactionPhase.AFTER_SUCCESS) Asked asked) {
    self.answer(asked);
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void answer(Asked asked) {
    if (asked.fromRequest()) {
      origin.use(asked.address(), asked.userAgent(), asked.api());
    }
    long tenantId = asked.tenantId();
    TenantFilter.scopeTo(em, tenantId);
    String email = asked.email();
    Optional<Member> member =
        email.isEmpty()
            ? Optional.empty()
            : em.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .filter(Member::isActive);
    boolean allowed = throttle.mayEmail(tenantId, "reset", email);
    if (member.isPresent() && allowed) {
      links.issue(tenantId, member.get(), LinkPurpose.RESET, null);
    }
    audit.recordAs(
        tenantId,
        Actor.anonymous(email),
        AuditAction.PASSWORD_RESET_REQUESTED,
        member.isPresent() ? "Member" : null,
        member.map(Member::getId).orElse(null),
        member.isEmpty() ? "no such account" : allowed ? null : "over the limit: no email sent");
  }
}
