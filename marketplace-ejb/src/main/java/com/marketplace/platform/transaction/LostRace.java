package com.marketplace.platform.transaction;

import jakarta.ejb.ApplicationException;

/**
 * An attempt that lost a race, carrying the database's failure as its cause. An application
 * exception, so the container rolls the attempt back without logging it as a failure of the
 * application: {@link LostRaceRetry} runs the call again.
 */
@ApplicationException(rollback = true)
class LostRace extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LostRace(Throwable cause) {
    super(cause.getMessage(), cause);
  }
}
