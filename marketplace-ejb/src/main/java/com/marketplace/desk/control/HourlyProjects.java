package com.marketplace.desk.control;

import com.marketplace.contracts.entity.ContractStarted;
import com.marketplace.desk.entity.ClientDetails;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectChange;
import com.marketplace.desk.entity.ProjectPlan;
import com.marketplace.identity.entity.Member;
import com.marketplace.jobs.entity.JobKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * An hourly contract brings its project to the freelancer's desk: hired on an hourly job, the
 * freelancer finds the client in their book (linked to the client member, the one they had or a new
 * one) and the project in progress at the proposed hourly rate.
 *
 * <p>It observes the hire rather than being called by it: the desk is built on the marketplace's
 * contracts, not the other way round, so contracts announce a hire and know nothing of the desk.
 * The observer runs inside the hire's transaction; a hire without its project does not happen.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class HourlyProjects {

  static final String DESCRIPTION = "Hourly contract hired on the marketplace.";

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Clock clock;

  public void open(@Observes ContractStarted hire) {
    if (hire.kind() != JobKind.HOURLY) {
      return;
    }
    Instant now = clock.instant();
    DeskClient client = clientOf(hire.freelancerId(), hire.clientId(), now);
    var project =
        new Project(
            hire.freelancerId(),
            client.getId(),
            new ProjectPlan(hire.title(), DESCRIPTION, hire.rate(), null, null, hire.deadline()),
            hire.contractId(),
            now);
    em.persist(project);
    em.flush();
    em.persist(
        new ProjectChange(
            project.getId(), hire.clientId(), now, "project", null, "Opened by the hire"));
  }

  /**
   * The freelancer's client linked to the client member: the one already in the book (brought back
   * from the archive, since there is new work), or a new one with the member's name and email.
   */
  private DeskClient clientOf(long freelancerId, long clientMemberId, Instant now) {
    var linked =
        em.createQuery(
                "SELECT c FROM DeskClient c WHERE c.freelancerId = :me AND c.memberId = :member"
                    + " ORDER BY c.archived, c.id",
                DeskClient.class)
            .setParameter("me", freelancerId)
            .setParameter("member", clientMemberId)
            .setMaxResults(1)
            .getResultList();
    if (!linked.isEmpty()) {
      DeskClient client = linked.get(0);
      client.restore();
      return client;
    }
    Member member = em.find(Member.class, clientMemberId);
    var client =
        new DeskClient(
            freelancerId,
            ClientDetails.ofMember(member.getDisplayName(), member.getEmail(), clientMemberId),
            now);
    em.persist(client);
    em.flush();
    return client;
  }
}
