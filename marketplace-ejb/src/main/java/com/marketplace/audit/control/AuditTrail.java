package com.marketplace.audit.control;

import com.marketplace.audit.entity.Actor;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.audit.entity.AuditEvent;
import com.marketplace.platform.tenant.ApiClientRef;
import com.marketplace.platform.tenant.CallerTenant;
import com.marketplace.platform.tenant.MemberRef;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.tenant.TenantFilter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Records what happens in a workspace. {@code record} joins the caller's transaction, so the event
 * is kept exactly when the change it describes is; {@code recordAlone} commits on its own, for what
 * must be kept although nothing else is (a failed sign-in).
 *
 * <p>The actor is the caller (a member, or a program with an API token); nobody signed in during a
 * request is an anonymous actor, and work the application does by itself (scheduled scans, message
 * consumers) is the system. The address and user agent come from {@link RequestOrigin}.
 */
@Dependent
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Principal principal;
  @Inject TenantContext tenantContext;
  @Inject RequestOrigin origin;
  @Inject AuditRecorder recorder;
  @Inject ActorNames names;
  @Inject Clock clock;

  public void record(AuditAction action) {
    record(action, null, null, null);
  }

  public void record(AuditAction action, String subjectType, Long subjectId) {
    record(action, subjectType, subjectId, null);
  }

  /**
   * Records an action of the caller on a subject (type and id may be null), in this transaction.
   */
  public void record(AuditAction action, String subjectType, Long subjectId, String detail) {
    Optional<Long> tenantId = currentTenant();
    if (tenantId.isEmpty()) {
      LOG.log(Level.WARNING, "No workspace to record {0} in", action);
      return;
    }
    recordAs(tenantId.get(), caller(), action, subjectType, subjectId, detail);
  }

  /** Records an action of a given actor in a given workspace, in this transaction. */
  public void recordAs(
      long tenantId,
      Actor actor,
      AuditAction action,
      String subjectType,
      Long subjectId,
      String detail) {
    TenantFilter.scopeTo(em, tenantId);
    em.persist(event(actor, action, subjectType, subjectId, detail));
  }

  /** Records an action in a transaction of its own: kept even when the caller's rolls back. */
  public void recordAlone(
      long tenantId,
      Actor actor,
      AuditAction action,
      String subjectType,
      Long subjectId,
      String detail) {
    recorder.write(tenantId, event(actor, action, subjectType, subjectId, detail));
  }

  /** The member as an actor, by id within the workspace the persistence context is scoped to. */
  public Actor member(long memberId) {
    return names.member(memberId);
  }

  /** Whether a client's request is being served through the API (otherwise a page, or nobody). */
  public boolean viaApi() {
    return origin.isPresent() && origin.isApi();
  }

  private AuditEvent event(
      Actor actor, AuditAction action, String subjectType, Long subjectId, String detail) {
    boolean request = origin.isPresent();
    return new AuditEvent(
        clock.instant(),
        actor,
        action,
        subjectType,
        subjectId,
        request ? origin.address() : null,
        request ? origin.userAgent() : null,
        detail);
  }

  private Actor caller() {
    String name = principal == null ? null : principal.getName();
    Optional<MemberRef> member = MemberRef.parse(name);
    if (member.isPresent()) {
      return member(member.get().memberId());
    }
    Optional<ApiClientRef> client = ApiClientRef.parse(name);
    if (client.isPresent()) {
      return names.apiToken(client.get().tokenId());
    }
    return origin.isPresent() ? Actor.anonymous(null) : Actor.system();
  }

  /** The workspace this transaction works in: the persistence context's, else the caller's. */
  private Optional<Long> currentTenant() {
    Object scoped = em.getProperties().get(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT);
    if (scoped != null) {
      return Optional.of(Long.parseLong(scoped.toString()));
    }
    return CallerTenant.of(principal).or(tenantContext::current);
  }
}
