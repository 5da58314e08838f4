package com.marketplace.identity.boundary;

import static com.marketplace.identity.entity.Role.Names.API;
import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.tenant.MemberRef;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's member directory: the owner manages it, everyone sees themselves; programs with
 * the workspace's API token read it.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class Members {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject Authentication authentication;

  @RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
  public MemberView me() {
    MemberRef me = caller.ref();
    return MemberView.of(me.tenantId(), load(me.memberId()));
  }

  /** Log out of all devices: every session and remembered sign-in of the caller ends. */
  @RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
  public void forgetMyDevices() {
    load(caller.ref().memberId()).endSessions();
    authentication.forgetEverywhere(caller.ref());
    audit.record(AuditAction.SIGN_OUT_EVERYWHERE, "member", caller.ref().memberId());
  }

  @RolesAllowed({OWNER, API})
  public List<MemberView> list(int first, int max) {
    long tenantId = caller.tenantId();
    return em.createNamedQuery(Member.ALL, Member.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 100))
        .getResultStream()
        .map(m -> MemberView.of(tenantId, m))
        .toList();
  }

  public long count() {
    return em.createNamedQuery(Member.COUNT, Long.class).getSingleResult();
  }

  @RolesAllowed({OWNER, API})
  public MemberView get(long memberId) {
    return MemberView.of(caller.tenantId(), load(memberId));
  }

  /** Suspends a member: they cannot sign in again and their remembered sign-ins end. */
  public MemberView suspend(long memberId) {
    Member member = load(memberId);
    member.suspend();
    long tenantId = caller.ref().tenantId();
    authentication.forgetEverywhere(new MemberRef(tenantId, memberId));
    audit.record(AuditAction.MEMBER_SUSPENDED, "member", memberId, member.getEmail());
    return MemberView.of(tenantId, member);
  }

  public MemberView reinstate(long memberId) {
    Member member = load(memberId);
    member.reinstate();
    audit.record(AuditAction.MEMBER_REINSTATED, "member", memberId, member.getEmail());
    return MemberView.of(caller.ref().tenantId(), member);
  }

  private Member load(long memberId) {
    return Optional.ofNullable(em.find(Member.class, memberId))
        .orElseThrow(() -> new NotFoundException("No such member in this workspace."));
  }
}
