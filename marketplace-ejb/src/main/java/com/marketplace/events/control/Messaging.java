package com.marketplace.events.control;

/**
 * Names of the JMS resources. They are defined on the consumer that uses them (see {@code
 * DomainEventConsumer}); the broker address and credentials come from configuration.
 */
public final class Messaging {

  public static final String CONNECTION_FACTORY = "java:app/jms/MarketplaceConnectionFactory";
  public static final String EVENTS_QUEUE = "java:app/jms/MarketplaceEvents";
  public static final String EVENTS_QUEUE_PHYSICAL = "MarketplaceEvents";

  /** The broker's own dead-letter queue: messages no consumer could handle end there. */
  public static final String DEAD_LETTERS = "java:app/jms/DeadLetters";

  public static final String DEAD_LETTERS_PHYSICAL = "mq.sys.dmq";
  public static final String RESOURCE_ADAPTER = "imqjmsra";

  private Messaging() {}
}
