package com.marketplace.it;

import com.marketplace.desk.control.BudgetWatch;
import com.marketplace.desk.entity.ClientDetails;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectPlan;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryStatus;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.platform.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data for the freelancer's desk, in the workspace of the request's {@code TenantContext}:
 * projects with their client, time tracked as the time tracking records it, the budget check it
 * calls afterwards, what a client's approval does to an entry, an entry put on an invoice, and the
 * days of client silence passing for a submitted entry.
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

  /** A finished entry of the member on the project, from {@code start} (in the past). */
  public long entry(long memberId, long projectId, Instant start, Duration length) {
    var entry =
        TimeEntry.manual(memberId, projectId, start, start.plus(length), "Fixture", Instant.now());
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

  /** Puts the entry on a draft invoice of its member, as billing it does. */
  public void invoice(long entryId) {
    TimeEntry entry = em.find(TimeEntry.class, entryId);
    var invoice =
        new Invoice(
            Issuers.member(entry.getMemberId()),
            entry.getMemberId(),
            new Recipient(null, null, "Fixture client", null, null, null, null),
            "EUR",
            14,
            null,
            null,
            Instant.now());
    em.persist(invoice);
    em.flush();
    em.createNativeQuery("UPDATE time_entry SET invoice_id = ? WHERE id = ?")
        .setParameter(1, invoice.getId())
        .setParameter(2, entryId)
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

  /** A project of the freelancer (EUR 50.00 an hour) for a client of their own. */
  public long project(long freelancerId, String name) {
    Instant now = Instant.now();
    var client =
        new DeskClient(
            freelancerId,
            new ClientDetails("Client of " + name, null, null, null, null, null),
            now);
    em.persist(client);
    em.flush();
    var project =
        new Project(
            freelancerId,
            client.getId(),
            new ProjectPlan(name, null, Money.of(5_000, "EUR"), null, null, null),
            null,
            now);
    em.persist(project);
    em.flush();
    return project.getId();
  }

  public void complete(long projectId) {
    em.find(Project.class, projectId).moveTo(ProjectStatus.COMPLETED);
  }

  /** The entry as a client's approval leaves it. */
  public void approve(long entryId) {
    em.createQuery("UPDATE TimeEntry e SET e.status = :approved WHERE e.id = :id")
        .setParameter("approved", TimeEntryStatus.APPROVED)
        .setParameter("id", entryId)
        .executeUpdate();
  }

  /** The member's entries, running timers included. */
  public long entries(long memberId) {
    return em.createQuery("SELECT COUNT(e) FROM TimeEntry e WHERE e.memberId = :m", Long.class)
        .setParameter("m", memberId)
        .getSingleResult();
  }

  /** The member's running timers: never more than one. */
  public long running(long memberId) {
    return em.createQuery(
            "SELECT COUNT(e) FROM TimeEntry e WHERE e.memberId = :m AND e.endedAt IS NULL",
            Long.class)
        .setParameter("m", memberId)
        .getSingleResult();
  }

  public String describe(long entryId) {
    TimeEntry entry = em.find(TimeEntry.class, entryId);
    return entry == null ? null : entry.describe();
  }

  /** Moves the moment the entry was submitted, as if the days of client silence had passed. */
  public void submittedAt(long entryId, Instant at) {
    em.createQuery("UPDATE TimeEntry e SET e.submittedAt = :at WHERE e.id = :id")
        .setParameter("at", at)
        .setParameter("id", entryId)
        .executeUpdate();
  }

  public TimeEntryStatus status(long entryId) {
    return em.find(TimeEntry.class, entryId).getStatus();
  }
}
