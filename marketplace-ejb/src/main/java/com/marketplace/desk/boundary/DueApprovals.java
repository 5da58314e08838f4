package com.marketplace.desk.boundary;

import com.marketplace.desk.control.SubmittedTime;
import com.marketplace.desk.control.TimeDecisions;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Approves submitted time whose client member stayed silent for the workspace's days (H4), one
 * project at a time in the transaction the scan claimed it in ({@link AutoApproval}). A decision by
 * the workspace: the history names no member and says why, and it is announced like a client's.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DueApprovals {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject SubmittedTime submitted;
  @Inject TimeDecisions decisions;
  @Inject Tenants tenants;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  /**
   * Approves the project's entries that still wait, once its row is locked, since the workspace's
   * days or longer: the client may have decided meanwhile, the owner turned it off, or the client
   * be no longer linked to a member; then it does nothing. Answers how many entries it approved.
   */
  public int approve(long projectId) {
    Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
    if (project == null) {
      return 0;
    }
    long tenantId =
        tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    Integer days = tenants.rulesOf(tenantId).timeApprovalDays();
    DeskClient client = em.find(DeskClient.class, project.getClientId());
    if (days == null || client == null || client.getMemberId() == null) {
      return 0;
    }
    Instant now = clock.instant();
    var due = submitted.waitingSince(projectId, now.minus(Duration.ofDays(days)));
    return decisions
        .decide(project, client.getMemberId(), null, due, TimeDecision.automatic(days), now)
        .size();
  }
}
