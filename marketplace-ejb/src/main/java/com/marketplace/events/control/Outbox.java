package com.marketplace.events.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes every domain event to the outbox in the transaction that raised it, so an event exists
 * exactly when its change does, whether or not the broker is up. Once that transaction has
 * committed, the relay is asked to publish at once; its timer catches whatever that misses.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject OutboxRelay relay;

  void record(@Observes(during = TransactionPhase.IN_PROGRESS) DomainEvent event) {
    em.persist(new OutboxEvent(event, EventJson.write(event)));
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    relay.publishSoon();
  }
}
