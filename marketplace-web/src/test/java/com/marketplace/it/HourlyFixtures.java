package com.marketplace.it;

import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeDecided;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test data for hourly contracts, in the workspace of the request's {@code TenantContext}: a
 * client's decision on entries as the time approval makes it (the entries approved or rejected,
 * then {@link TimeDecided} announced in the same transaction), a contract hired earlier than it
 * was, and the emails a member was sent.
 */
@Stateless
public class HourlyFixtures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Event<TimeDecided> decided;

  /** The client decides the entries of the contract's project: true approves, false rejects. */
  public void decide(long contractId, long clientMemberId, Map<Long, Boolean> decisions) {
    Project project = project(contractId);
    List<TimeDecided.Entry> entries = new ArrayList<>();
    decisions.forEach(
        (id, approved) -> {
          em.createQuery("UPDATE TimeEntry e SET e.status = :status WHERE e.id = :id")
              .setParameter(
                  "status", approved ? TimeEntryStatus.APPROVED : TimeEntryStatus.REJECTED)
              .setParameter("id", id)
              .executeUpdate();
          TimeEntry entry = em.find(TimeEntry.class, id);
          em.refresh(entry);
          entries.add(
              new TimeDecided.Entry(id, entry.getStartedAt(), entry.getSeconds(), approved));
        });
    decided.fire(
        new TimeDecided(
            project.getId(),
            contractId,
            project.getFreelancerId(),
            clientMemberId,
            Instant.now(),
            entries));
  }

  /** The desk project the hire opened for the contract. */
  public Project project(long contractId) {
    return em.createQuery("SELECT p FROM Project p WHERE p.contractId = :c", Project.class)
        .setParameter("c", contractId)
        .getSingleResult();
  }

  public long projectId(long contractId) {
    return project(contractId).getId();
  }

  /** As if the contract had been hired {@code ago} earlier, so earlier weeks can be opened. */
  public void hiredEarlier(long contractId, Duration ago) {
    em.createNativeQuery(
            "UPDATE contract SET created_at = created_at - INTERVAL ? SECOND WHERE id = ?")
        .setParameter(1, ago.toSeconds())
        .setParameter(2, contractId)
        .executeUpdate();
  }

  /** As if the last try of the contract's unfunded week was more than a minute ago. */
  public void retryDue(long contractId) {
    em.createQuery("UPDATE ContractWeek w SET w.retryAt = :at WHERE w.contractId = :c")
        .setParameter("at", Instant.now().minusSeconds(1))
        .setParameter("c", contractId)
        .executeUpdate();
  }

  /** The text of the emails queued for the member whose subject ends with the label. */
  public List<String> emails(long memberId, String label) {
    return em.createQuery(
            "SELECT e.text FROM EmailMessage e WHERE e.recipientId = :m AND e.subject LIKE :s",
            String.class)
        .setParameter("m", memberId)
        .setParameter("s", "%" + label)
        .getResultList();
  }
}
