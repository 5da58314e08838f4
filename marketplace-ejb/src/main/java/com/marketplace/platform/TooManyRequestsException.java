package com.marketplace.platform;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Refused for now because of how often it was asked; may be tried again after a while. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends MarketplaceException {

  private final long retryAfterSeconds;

  public TooManyRequestsException(String message, Duration retryAfter) {
    super(message);
    this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  /** Whole seconds to wait before trying again (at least one). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public String title() {
    return "Too Many Requests";
  }
}
