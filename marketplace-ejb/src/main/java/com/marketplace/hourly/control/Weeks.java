package com.marketplace.hourly.control;

import com.marketplace.hourly.entity.ContractWeek;
import com.marketplace.hourly.entity.Week;
import com.marketplace.hourly.entity.WeekStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * An hourly contract's weeks as the feature reads them. Whatever changes a week, or depends on it
 * not changing (time recorded in it), reads it locked: the week's row is what a recording, a
 * release and the week's closing wait for in turn.
 */
@Dependent
public class Weeks {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  public Optional<ContractWeek> find(long contractId, Week week, boolean lock) {
    var query =
        em.createQuery(
                "SELECT w FROM ContractWeek w WHERE w.contractId = :c AND w.weekStart = :start",
                ContractWeek.class)
            .setParameter("c", contractId)
            .setParameter("start", week.start());
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }

  /** The contract's weeks, newest first. */
  public List<ContractWeek> of(long contractId) {
    return em.createQuery(
            "SELECT w FROM ContractWeek w WHERE w.contractId = :c ORDER BY w.weekStart DESC",
            ContractWeek.class)
        .setParameter("c", contractId)
        .getResultList();
  }

  /** The contract's weeks not closed yet, oldest first, locked. */
  public List<ContractWeek> unclosed(long contractId) {
    return em.createQuery(
            "SELECT w FROM ContractWeek w WHERE w.contractId = :c AND w.status <> :closed"
                + " ORDER BY w.weekStart",
            ContractWeek.class)
        .setParameter("c", contractId)
        .setParameter("closed", WeekStatus.CLOSED)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
