package com.marketplace.notifications.boundary;

import com.marketplace.events.control.EventJson;
import com.marketplace.events.control.Messaging;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Hands each domain event to the notifier in the event's tenant. A failure rolls back and the
 * broker delivers the event again, a few times, a second apart; an event that still fails (a poison
 * message) goes to the broker's dead-letter queue, where the owner of its workspace sees it. The
 * listener reconnects on its own after the broker was away.
 */
@JMSConnectionFactoryDefinition(
    name = Messaging.CONNECTION_FACTORY,
    resourceAdapter = Messaging.RESOURCE_ADAPTER,
    interfaceName = "jakarta.jms.ConnectionFactory",
    user = "${MPCONFIG=marketplace.mq.user}",
    password = "${MPCONFIG=marketplace.mq.password}",
    properties = {"AddressList=${MPCONFIG=marketplace.mq.address}"})
@JMSDestinationDefinition(
    name = Messaging.DEAD_LETTERS,
    resourceAdapter = Messaging.RESOURCE_ADAPTER,
    interfaceName = "jakarta.jms.Queue",
    destinationName = Messaging.DEAD_LETTERS_PHYSICAL)
@JMSDestinationDefinition(
    name = Messaging.EVENTS_QUEUE,
    resourceAdapter = Messaging.RESOURCE_ADAPTER,
    interfaceName = "jakarta.jms.Queue",
    destinationName = Messaging.EVENTS_QUEUE_PHYSICAL)
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "imqjmsra"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = Messaging.EVENTS_QUEUE_PHYSICAL),
      @ActivationConfigProperty(
          propertyName = "addressList",
          propertyValue = "${MPCONFIG=marketplace.mq.address}"),
      @ActivationConfigProperty(
          propertyName = "userName",
          propertyValue = "${MPCONFIG=marketplace.mq.user}"),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = "${MPCONFIG=marketplace.mq.password}"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryAttempts",
          propertyValue = "4"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryInterval",
          propertyValue = "1000"),
      @ActivationConfigProperty(
          propertyName = "sendUndeliverableMsgsToDMQ",
          propertyValue = "true"),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = "-1"),
      @ActivationConfigProperty(propertyName = "reconnectInterval", propertyValue = "2000")
    })
public class DomainEventConsumer implements MessageListener {

  @Inject TenantContext tenant;
  @Inject EventNotifier notifier;

  @Override
  public void onMessage(Message message) {
    try {
      var event = EventJson.read(((TextMessage) message).getText());
      tenant.use(event.tenantId());
      notifier.on(event);
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable event message", e);
    }
  }
}
