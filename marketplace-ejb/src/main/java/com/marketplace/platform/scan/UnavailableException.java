package com.marketplace.platform.scan;

import jakarta.ejb.ApplicationException;

/**
 * Thrown by an item's work when something every item needs is away (the broker): the item's
 * transaction rolls back, it stays due, and {@link DueWork} ends the pass there instead of failing
 * every other item alike. The caller of the pass receives it.
 */
@ApplicationException(rollback = true)
public class UnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
