package com.marketplace.platform;

import jakarta.ejb.ApplicationException;

/**
 * Root of the one exception hierarchy the boundaries throw. It rolls the transaction back, so a
 * refused command never leaves anything half-saved, and it carries a message fit for the user: the
 * web layer shows it as a Faces message and the API as an RFC 9457 problem.
 */
@ApplicationException(rollback = true)
public abstract class MarketplaceException extends RuntimeException {

  protected MarketplaceException(String message) {
    super(message);
  }

  /** HTTP status the API answers with and the title of the problem type. */
  public abstract int status();

  public abstract String title();
}
