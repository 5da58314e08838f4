package com.marketplace.desk.control;

import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectChange;
import com.marketplace.desk.entity.ProjectPlan;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.platform.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * A quote accepted by a freelancer's client brings its project to the freelancer's desk: in
 * progress at the quoted hourly rate. It runs in the acceptance's transaction, called by the
 * recipient, so it checks the client against the quote's issuer rather than the caller.
 */
@Dependent
public class QuotedProjects {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  /**
   * Opens the project for the freelancer's client (brought back from the archive, as there is new
   * work).
   *
   * @param acceptedBy the member who accepted the quote, named in the project's history
   */
  public long open(
      long freelancerId,
      long clientId,
      ProjectPlan plan,
      long acceptedBy,
      String why,
      Instant now) {
    DeskClient client = em.find(DeskClient.class, clientId);
    if (client == null || !client.ownedBy(freelancerId)) {
      throw new NotFoundException("There is no such client.");
    }
    client.restore();
    var project = new Project(freelancerId, clientId, plan, null, now);
    project.moveTo(ProjectStatus.IN_PROGRESS);
    em.persist(project);
    em.flush();
    em.persist(new ProjectChange(project.getId(), acceptedBy, now, "project", null, why));
    return project.getId();
  }
}
