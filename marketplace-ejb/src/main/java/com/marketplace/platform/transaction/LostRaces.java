package com.marketplace.platform.transaction;

import java.sql.SQLException;

/**
 * Failures that mean a transaction lost a race with another one and would succeed if run again: a
 * unique key taken concurrently (SQL state 23xxx, e.g. the same idempotency key submitted twice at
 * once), a deadlock (40001, MySQL 1213), a lock wait timeout (1205), or an optimistic lock
 * conflict.
 */
public final class LostRaces {

  private LostRaces() {}

  public static boolean isLostRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("23")
            || state.equals("40001")
            || sql.getErrorCode() == 1213
            || sql.getErrorCode() == 1205) {
          return true;
        }
      }
      if (isConcurrentChange(t)
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** A row changed by someone else since it was read (JPA's or EclipseLink's own exception). */
  public static boolean isConcurrentChange(Throwable t) {
    return t instanceof jakarta.persistence.OptimisticLockException
        || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException;
  }
}
