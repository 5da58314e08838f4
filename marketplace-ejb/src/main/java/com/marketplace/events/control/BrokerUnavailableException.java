package com.marketplace.events.control;

import jakarta.ejb.ApplicationException;

/** The broker did not take events; they stay in the outbox, and the transaction rolls back. */
@ApplicationException(rollback = true)
public class BrokerUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BrokerUnavailableException(Throwable cause) {
    super("The broker is not reachable: " + cause.getMessage(), cause);
  }
}
