package com.marketplace.events.control;

import com.marketplace.events.entity.DomainEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends domain events to the broker once the transaction that raised them has committed, so
 * consumers never see an event whose change was rolled back.
 */
@ApplicationScoped
public class EventRelay {

  private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Resource(lookup = Messaging.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = Messaging.EVENTS_QUEUE)
  Queue events;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    try (JMSContext jms = connectionFactory.createContext()) {
      jms.createProducer()
          .setProperty("type", event.type())
          .setProperty("tenantId", event.tenantId())
          .send(events, toJson(event));
    } catch (JMSRuntimeException e) {
      LOG.log(Level.SEVERE, "Could not publish " + event.type() + " " + event.eventId(), e);
    }
  }

  public static String toJson(DomainEvent event) {
    return JSON.toJson(event);
  }

  public static DomainEvent fromJson(String json) {
    return JSON.fromJson(json, DomainEvent.class);
  }
}
