package com.marketplace.notifications.boundary;

import com.marketplace.events.control.EventRelay;
import com.marketplace.events.control.Messaging;
import com.marketplace.tenancy.control.TenantContext;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/** Hands each domain event to the notifier in the event's tenant; a failure rolls back. */
@JMSConnectionFactoryDefinition(
    name = Messaging.CONNECTION_FACTORY,
    resourceAdapter = Messaging.RESOURCE_ADAPTER,
    interfaceName = "jakarta.jms.ConnectionFactory",
    user = "${MPCONFIG=marketplace.mq.user}",
    password = "${MPCONFIG=marketplace.mq.password}",
    properties = {"AddressList=${MPCONFIG=marketplace.mq.address}"})
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
          propertyValue = "${MPCONFIG=marketplace.mq.password}")
    })
public class DomainEventConsumer implements MessageListener {

  @Inject TenantContext tenant;
  @Inject EventNotifier notifier;

  @Override
  public void onMessage(Message message) {
    try {
      var event = EventRelay.fromJson(((TextMessage) message).getText());
      tenant.use(event.tenantId());
      notifier.on(event);
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable event message", e);
    }
  }
}
