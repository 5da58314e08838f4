package com.marketplace.platform.transaction;

import com.marketplace.platform.MarketplaceException;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The one place where a transaction that lost a race is run again (bound by {@link Boundary}). It
 * runs before the tenant filter, so every attempt gets a fresh persistence context scoped to the
 * caller's tenant. A call made inside a transaction joins it and is retried, if at all, by the
 * boundary that started that transaction.
 */
@Boundary
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LostRaceRetry {

  static final int ATTEMPTS = 8;
  private static final Logger LOG = Logger.getLogger(LostRaceRetry.class.getName());

  @Resource TransactionSynchronizationRegistry registry;

  @Inject Transactions transactions;

  @AroundInvoke
  public Object retry(InvocationContext invocation) throws Exception {
    if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION
        || runsWithoutTransaction(invocation.getMethod())) {
      return invocation.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.attempt(invocation::proceed);
      } catch (MarketplaceException refused) {
        throw refused;
      } catch (Exception e) {
        if (attempt >= ATTEMPTS || !LostRaces.isLostRace(e)) {
          throw unwrapped(e);
        }
        int tries = attempt;
        LOG.fine(() -> "Running " + invocation.getMethod() + " again after a lost race #" + tries);
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
      }
    }
  }

  private static boolean runsWithoutTransaction(Method method) {
    TransactionAttribute declared = method.getAnnotation(TransactionAttribute.class);
    return declared != null
        && (declared.value() == TransactionAttributeType.NOT_SUPPORTED
            || declared.value() == TransactionAttributeType.NEVER);
  }

  /** The attempt's own failure, not the container's or our wrapper of it. */
  private static Exception unwrapped(Exception e) {
    if (e instanceof LostRace lost && lost.getCause() instanceof Exception cause) {
      return cause;
    }
    if (e instanceof EJBException ejb && ejb.getCausedByException() instanceof RuntimeException r) {
      return r;
    }
    return e;
  }
}
