package com.marketplace.events.control;

import com.marketplace.platform.scan.UnavailableException;
import jakarta.ejb.ApplicationException;

/**
 * The broker did not take an event; it stays in the outbox, the transaction rolls back, and the
 * relay's pass ends there (the next events would be refused alike).
 */
@ApplicationException(rollback = true)
public class BrokerUnavailableException extends UnavailableException {

  private static final long serialVersionUID = 1L;

  public BrokerUnavailableException(Throwable cause) {
    super("The broker is not reachable: " + cause.getMessage(), cause);
  }
}
