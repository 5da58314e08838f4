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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Sends one outbox event to the broker and marks it published, in one transaction with the broker
 * session (the relay's, in which the event's row is claimed): if the broker refuses, nothing is
 * marked and the event waits. Should the database commit fail after the broker took it, it goes
 * again later; consumers ignore a repeated event id.
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

  /**
   * Reads a group's events in one statement, in the caller's transaction, before publishing them.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void prepare(List<Long> outboxIds) {
    em.createQuery("SELECT e FROM OutboxEvent e WHERE e.id IN :ids", OutboxEvent.class)
        .setParameter("ids", outboxIds)
        .getResultList();
  }

  /** Publishes the waiting event, in the caller's transaction; one already sent stays as it is. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void publish(long outboxId) {
    OutboxEvent event = em.find(OutboxEvent.class, outboxId);
    if (event == null || event.isPublished()) {
      return;
    }
    try (JMSContext jms = connectionFactory.createContext()) {
      jms.createProducer()
          .setProperty("type", event.getType())
          .setProperty("tenantId", event.getTenantId())
          .setProperty("eventId", event.getEventId())
          .send(events, event.getPayload());
    } catch (JMSRuntimeException e) {
      throw new BrokerUnavailableException(e);
    }
    event.published(clock.instant());
  }
}
