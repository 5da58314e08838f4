package com.marketplace.desk.control;

import com.marketplace.desk.entity.BudgetUse;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.BudgetThresholdReached;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Watches a project's budget whenever its tracked time changes: adds up the minutes and their worth
 * in the database, asks the project which alerts (75, 90, 100 %) are newly due, and raises a {@link
 * BudgetThresholdReached} for each, published once the caller's transaction commits. The project's
 * row is locked first, so two checks at once cannot both raise the same alert.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BudgetWatch {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject TrackedTime tracked;
  @Inject Event<DomainEvent> events;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  /** The thresholds (in percent) this check reached for the first time; usually none. */
  public List<Integer> check(long projectId) {
    em.flush(); // the lock below reads the row afresh: the caller's changes go first
    Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
    if (project == null) {
      throw new NotFoundException("There is no such project.");
    }
    var used = BudgetUse.of(tracked.onProject(projectId), project.getRate());
    List<Integer> reached = project.thresholdsReached(used.minutes(), used.value());
    if (!reached.isEmpty()) {
      DeskClient client = em.find(DeskClient.class, project.getClientId());
      Long member = client == null ? null : client.getMemberId();
      long tenantId =
          tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
      for (int threshold : reached) {
        events.fire(
            new BudgetThresholdReached(
                DomainEvent.header(tenantId, clock.instant()),
                projectId,
                project.getFreelancerId(),
                member,
                threshold));
      }
    }
    return reached;
  }
}
