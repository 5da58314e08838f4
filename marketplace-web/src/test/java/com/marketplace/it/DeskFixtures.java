package com.marketplace.it;

import com.marketplace.desk.control.BudgetWatch;
import com.marketplace.desk.entity.TimeEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data for the desk: time tracked on a project as the time tracking will record it, the budget
 * check it will call afterwards, and an entry put on an invoice.
 */
@Stateless
public class DeskFixtures {

  private static final AtomicLong DAYS_BACK = new AtomicLong();

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject BudgetWatch budget;

  /** A finished entry of the member on the project, on a day of its own in the past. */
  public long track(long memberId, long projectId, Duration length) {
    Instant end = Instant.now().minus(Duration.ofDays(1 + DAYS_BACK.getAndIncrement()));
    var entry =
        TimeEntry.manual(memberId, projectId, end.minus(length), end, "Fixture", Instant.now());
    em.persist(entry);
    em.flush();
    return entry.getId();
  }

  /** Time tracked, then the budget checked, in one transaction as the time tracking does it. */
  public List<Integer> trackAndCheck(long memberId, long projectId, Duration length) {
    track(memberId, projectId, length);
    return budget.check(projectId);
  }

  public List<Integer> check(long projectId) {
    return budget.check(projectId);
  }

  /** Puts the entry on an invoice (invoicing writes only the reference). */
  public void invoice(long entryId) {
    em.createNativeQuery("UPDATE time_entry SET invoice_id = 1 WHERE id = ?")
        .setParameter(1, entryId)
        .executeUpdate();
  }

  /** Emails queued for the member whose subject ends with the label. */
  public long emails(long memberId, String label) {
    return em.createQuery(
            "SELECT COUNT(e) FROM EmailMessage e WHERE e.recipientId = :m AND e.subject LIKE :s",
            Long.class)
        .setParameter("m", memberId)
        .setParameter("s", "%" + label)
        .getSingleResult();
  }
}
