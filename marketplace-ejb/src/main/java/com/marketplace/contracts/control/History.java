package com.marketplace.contracts.control;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractEvent;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Records what happened to a contract, in its history and as a domain event published after the
 * transaction commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class History {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Event<DomainEvent> events;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  /**
   * @param actor the member who acted; {@code null} for the auto-release timer
   * @param event the domain event type, or {@code null} if the step publishes none
   */
  public void record(
      Contract contract,
      Milestone milestone,
      Long actor,
      String action,
      String detail,
      String event) {
    em.persist(
        new ContractEvent(
            contract.getId(),
            milestone == null ? null : milestone.getId(),
            actor,
            action,
            detail,
            clock.instant()));
    if (event != null) {
      Map<String, String> data = new HashMap<>();
      data.put("contractId", contract.getId().toString());
      data.put("clientId", Long.toString(contract.getClientId()));
      data.put("freelancerId", Long.toString(contract.getFreelancerId()));
      if (milestone != null) {
        data.put("milestoneId", milestone.getId().toString());
      }
      if (actor != null) {
        data.put("actorId", actor.toString());
      }
      long tenantId =
          tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
      events.fire(DomainEvent.of(event, tenantId, clock.instant(), data));
    }
  }
}
