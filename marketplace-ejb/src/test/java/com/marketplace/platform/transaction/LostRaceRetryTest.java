package com.marketplace.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import jakarta.ejb.EJBException;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LostRaceRetryTest {

  private final AtomicInteger transactionsStarted = new AtomicInteger();
  private int status = Status.STATUS_NO_TRANSACTION;

  @Test
  void runsACallThatLostARaceAgainInAFreshTransactionAndAnswersWithTheLaterResult()
      throws Exception {
    var calls = new AtomicInteger();
    Object answer =
        retry()
            .retry(
                invocation(
                    () -> {
                      if (calls.incrementAndGet() < 3) {
                        throw new EJBException(
                            new PersistenceException(
                                new SQLIntegrityConstraintViolationException(
                                    "Duplicate", "23000", 1062)));
                      }
                      return "done";
                    }));
    assertThat(answer).isEqualTo("done");
    assertThat(calls).hasValue(3);
    assertThat(transactionsStarted).hasValue(3);
  }

  @Test
  void deadlocksLockTimeoutsAndOptimisticConflictsAreRacesDuplicatesOfOtherKindsAreNot() {
    assertThat(LostRaces.isLostRace(new RuntimeException(new SQLException("x", "40001", 1213))))
        .isTrue();
    assertThat(LostRaces.isLostRace(new RuntimeException(new SQLException("x", "HY000", 1205))))
        .isTrue();
    assertThat(LostRaces.isLostRace(new EJBException(new OptimisticLockException("changed"))))
        .isTrue();
    assertThat(LostRaces.isLostRace(new RuntimeException(new SQLException("x", "42000", 1064))))
        .isFalse();
    assertThat(LostRaces.isLostRace(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void refusalsAndOtherFailuresRunOnceAndReachTheCallerUnwrapped() {
    var calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retry()
                    .retry(
                        invocation(
                            () -> {
                              calls.incrementAndGet();
                              throw new InvalidInputException("no");
                            })))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                retry()
                    .retry(
                        invocation(
                            () -> {
                              calls.incrementAndGet();
                              throw new EJBException(new IllegalStateException("bug"));
                            })))
        .isInstanceOf(IllegalStateException.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void givesUpAfterItsAttemptsWithTheLastFailure() {
    var calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retry()
                    .retry(
                        invocation(
                            () -> {
                              calls.incrementAndGet();
                              throw new OptimisticLockException("changed");
                            })))
        .isInstanceOf(OptimisticLockException.class);
    assertThat(calls).hasValue(LostRaceRetry.ATTEMPTS);
  }

  @Test
  void anAttemptThatLostARaceEndsAsAnApplicationExceptionTheContainerDoesNotLog() {
    var lost = new OptimisticLockException("changed");
    assertThatThrownBy(
            () ->
                new Transactions()
                    .attempt(
                        () -> {
                          throw new EJBException(lost);
                        }))
        .isInstanceOf(LostRace.class)
        .hasRootCause(lost);
    assertThat(LostRace.class.getAnnotation(jakarta.ejb.ApplicationException.class).rollback())
        .isTrue();
    assertThatThrownBy(
            () ->
                new Transactions()
                    .attempt(
                        () -> {
                          throw new IllegalStateException("bug");
                        }))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCallInsideATransactionJoinsItAndIsLeftToTheBoundaryThatStartedIt() {
    status = Status.STATUS_ACTIVE;
    var calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retry()
                    .retry(
                        invocation(
                            () -> {
                              calls.incrementAndGet();
                              throw new OptimisticLockException("changed");
                            })))
        .isInstanceOf(OptimisticLockException.class);
    assertThat(calls).hasValue(1);
    assertThat(transactionsStarted).hasValue(0);
  }

  private LostRaceRetry retry() {
    var retry = new LostRaceRetry();
    retry.transactions =
        new Transactions() {
          @Override
          public Object attempt(Callable<Object> work) throws Exception {
            transactionsStarted.incrementAndGet();
            return work.call();
          }
        };
    retry.registry = registry();
    return retry;
  }

  private TransactionSynchronizationRegistry registry() {
    return new TransactionSynchronizationRegistry() {
      @Override
      public Object getTransactionKey() {
        return null;
      }

      @Override
      public void putResource(Object key, Object value) {}

      @Override
      public Object getResource(Object key) {
        return null;
      }

      @Override
      public void registerInterposedSynchronization(Synchronization sync) {}

      @Override
      public int getTransactionStatus() {
        return status;
      }

      @Override
      public void setRollbackOnly() {}

      @Override
      public boolean getRollbackOnly() {
        return false;
      }
    };
  }

  private static InvocationContext invocation(Callable<Object> body) {
    return new InvocationContext() {
      @Override
      public Object getTarget() {
        return null;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        try {
          return Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }

      @Override
      public Object proceed() throws Exception {
        return body.call();
      }
    };
  }
}
