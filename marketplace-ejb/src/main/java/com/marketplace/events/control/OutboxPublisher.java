package com.marketplace.events.control;

import com.marketplace.events.entity.OutboxEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Sends one batch of outbox events to the broker and marks them published, in one transaction with
 * the broker session: if the broker refuses, nothing is marked and the events wait. Should the
 * database commit fail after the broker took them, they go again later; consumers ignore a repeated
 * event id.
 */
@Stateless
@PermitAll
public class OutboxPublisher {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Resource(lookup = Messaging.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = Messaging.EVENTS_QUEUE)
  Queue events;

  @Inject Clock clock;

  /** Publishes up to {@code max} waiting events, oldest first; answers how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int publishPending(int max) {
    List<OutboxEvent> pending =
        em.createNamedQuery(OutboxEvent.PENDING, OutboxEvent.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(max)
            .getResultList();
    if (pending.isEmpty()) {
      return 0;
    }
    try (JMSContext jms = connectionFactory.createContext()) {
      var producer = jms.createProducer();
      for (OutboxEvent event : pending) {
        producer
            .setProperty("type", event.getType())
            .setProperty("tenantId", event.getTenantId())
            .setProperty("eventId", event.getEventId())
            .send(events, event.getPayload());
        event.published(clock.instant());
      }
    } catch (JMSRuntimeException e) {
      throw new BrokerUnavailableException(e);
    }
    return pending.size();
  }
}
