package com.marketplace.notifications.boundary;

import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.events.control.Messaging;
import com.marketplace.identity.control.Caller;
import com.marketplace.notifications.entity.DeadLetter;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The workspace's events that ended in the broker's dead-letter queue after their consumer failed
 * on them again and again (poison messages): what the owner sees to know that someone was not told
 * something. Only this workspace's, by the tenant property every event carries.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class DeadLetters {

  static final int MAX = 100;

  @Resource(lookup = Messaging.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = Messaging.DEAD_LETTERS)
  Queue deadLetters;

  @Inject Caller caller;

  public List<DeadLetter> list() {
    long tenantId = caller.ref().tenantId();
    List<DeadLetter> found = new ArrayList<>();
    try (JMSContext jms = connectionFactory.createContext();
        var browser = jms.createBrowser(deadLetters, "tenantId = " + tenantId)) {
      for (Object m : Collections.list(browser.getEnumeration())) {
        found.add(view((Message) m));
        if (found.size() == MAX) {
          break;
        }
      }
    } catch (JMSException | JMSRuntimeException e) {
      throw new IllegalStateException("The broker's dead-letter queue cannot be read", e);
    }
    return found;
  }

  private static DeadLetter view(Message m) throws JMSException {
    long at =
        m.propertyExists("JMS_SUN_DMQ_UNDELIVERED_TIMESTAMP")
            ? m.getLongProperty("JMS_SUN_DMQ_UNDELIVERED_TIMESTAMP")
            : m.getJMSTimestamp();
    String reason =
        m.propertyExists("JMS_SUN_DMQ_UNDELIVERED_EXCEPTION")
            ? m.getStringProperty("JMS_SUN_DMQ_UNDELIVERED_EXCEPTION")
            : m.getStringProperty("JMS_SUN_DMQ_UNDELIVERED_REASON");
    String payload = m instanceof TextMessage t ? t.getText() : "";
    return new DeadLetter(
        m.getStringProperty("eventId"),
        m.getStringProperty("type"),
        Instant.ofEpochMilli(at),
        reason,
        payload.length() > 500 ? payload.substring(0, 500) + "…" : payload);
  }
}
