package com.marketplace.platform.transaction;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs one attempt of a boundary call in a transaction of its own, committed before it returns, so
 * that {@link LostRaceRetry} sees a failed commit too. A statement that lost a race ends the
 * attempt as a {@link LostRace}, which the container does not log. Only the retry interceptor calls
 * it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Transactions {

  public Object attempt(Callable<Object> work) throws Exception {
    try {
      return work.call();
    } catch (RuntimeException e) {
      if (LostRaces.isLostRace(e)) {
        throw new LostRace(e);
      }
      throw e;
    }
  }
}
