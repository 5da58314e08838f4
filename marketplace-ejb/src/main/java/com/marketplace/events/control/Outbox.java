package com.marketplace.events.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.OutboxEvent;
import com.marketplace.platform.scan.ForegroundWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes every domain event to the outbox in the transaction that raised it, so an event exists
 * exactly when its change does, whether or not the broker is up. Once that transaction has
 * committed, the relay is asked to publish at once; its timer catches whatever that misses. An
 * event raised by {@linkplain ForegroundWork foreground work} (a billing run's payments and failed
 * charges) is deferred: the relay publishes it once no foreground work is under way in the
 * instance, on its timer, so that the run does not share the processor with the broker and the
 * notifier; every other event goes at once, during a run as at any time.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject OutboxRelay relay;
  @Inject ForegroundWork foreground;

  void record(@Observes(during = TransactionPhase.IN_PROGRESS) DomainEvent event) {
    em.persist(new OutboxEvent(event, EventJson.write(event), foreground.onThisThread()));
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    if (!foreground.onThisThread()) {
      relay.publishSoon();
    }
  }
}
