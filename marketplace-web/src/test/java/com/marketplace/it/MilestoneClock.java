package com.marketplace.it;

import com.marketplace.contracts.entity.Milestone;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Moves a milestone's review deadline, as if the days of client silence had passed. */
@Stateless
public class MilestoneClock {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  public void reviewDue(long milestoneId, Instant at) {
    em.find(Milestone.class, milestoneId);
    em.createQuery("UPDATE Milestone m SET m.reviewDueAt = :at WHERE m.id = :id")
        .setParameter("at", at)
        .setParameter("id", milestoneId)
        .executeUpdate();
  }
}
