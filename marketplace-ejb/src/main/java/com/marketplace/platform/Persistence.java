package com.marketplace.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Small helpers over the entity manager that several features share. */
public final class Persistence {

  private Persistence() {}

  /**
   * Persists and flushes; answers false when a unique constraint refused the row (a concurrent
   * request won the race). The transaction is then marked for rollback by the provider, and the
   * caller turns the answer into a {@link ConflictException}.
   */
  public static boolean persistUnique(EntityManager em, Object entity) {
    try {
      em.persist(entity);
      em.flush();
      return true;
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }
}
