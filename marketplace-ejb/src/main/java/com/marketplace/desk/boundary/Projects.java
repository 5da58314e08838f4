package com.marketplace.desk.boundary;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.desk.control.BudgetWatch;
import com.marketplace.desk.control.DeskAccess;
import com.marketplace.desk.control.ProjectViews;
import com.marketplace.desk.control.TrackedTime;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectChange;
import com.marketplace.desk.entity.ProjectChangeView;
import com.marketplace.desk.entity.ProjectPlan;
import com.marketplace.desk.entity.ProjectRow;
import com.marketplace.desk.entity.ProjectSearch;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.desk.entity.ProjectView;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.Texts;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A freelancer's projects (H2), each for one of their own clients. Every change is kept in the
 * project's history as the entity answers it: who, when, which field, before and after. Another
 * freelancer's project does not exist for the caller (404).
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(FREELANCER)
public class Projects {

  /** The longest text a project is looked up by. */
  public static final int TEXT_MAX = 200;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject DeskAccess access;
  @Inject ProjectViews views;
  @Inject TrackedTime tracked;
  @Inject BudgetWatch budget;
  @Inject Clock clock;

  /** A new project, in the Idea stage, for one of the caller's clients. */
  public long create(long clientId, ProjectPlan plan) {
    DeskClient client = access.client(clientId);
    if (client.isArchived()) {
      throw new ConflictException(
          "“" + client.getName() + "” is archived. Restore the client to start a project.");
    }
    var project = new Project(access.me(), clientId, plan, null, clock.instant());
    em.persist(project);
    em.flush();
    record(project, List.of(new Project.Change("project", null, "Created")));
    return project.getId();
  }

  /**
   * Changes what the project is agreed as, and its client (another of the caller's own); a new
   * budget is watched at once, since the time already tracked may reach it.
   */
  public void replan(long projectId, long clientId, ProjectPlan plan) {
    Project project = access.projectForUpdate(projectId);
    var changes = new java.util.ArrayList<Project.Change>();
    if (clientId != project.getClientId()) {
      DeskClient from = em.find(DeskClient.class, project.getClientId());
      DeskClient to = access.client(clientId);
      changes.addAll(
          project.reassign(clientId, from == null ? null : from.getName(), to.getName()));
    }
    changes.addAll(project.replan(plan));
    record(project, changes);
    budget.check(projectId);
  }

  public void moveTo(long projectId, ProjectStatus status) {
    Project project = access.projectForUpdate(projectId);
    record(project, project.moveTo(status));
  }

  /** Only a project without tracked time that no contract opened. */
  public void delete(long projectId) {
    Project project = access.projectForUpdate(projectId);
    project.requireDeletable(tracked.entriesOnProject(projectId));
    em.createQuery("DELETE FROM ProjectChange c WHERE c.projectId = :project")
        .setParameter("project", projectId)
        .executeUpdate();
    em.remove(project);
  }

  public ProjectView get(long projectId) {
    return views.of(access.project(projectId), today());
  }

  public List<ProjectChangeView> history(long projectId) {
    return views.history(access.project(projectId).getId());
  }

  /** A page of the caller's projects matching the filter, newest first. */
  public List<ProjectRow> list(ProjectSearch search, int first, int max) {
    return views.page(access.me(), search, first, max, today());
  }

  /** The caller's projects whose name has the text in it (matched literally), newest first. */
  public List<ProjectRow> find(String text, int max) {
    return views.named(access.me(), Texts.required(text, "search text", TEXT_MAX), max, today());
  }

  public long count(ProjectSearch search) {
    return views.count(access.me(), search);
  }

  private void record(Project project, List<Project.Change> changes) {
    Instant now = clock.instant();
    long me = access.me();
    for (Project.Change c : changes) {
      em.persist(new ProjectChange(project.getId(), me, now, c.field(), c.before(), c.after()));
      em.flush(); // one at a time, so the history reads in the order the entity answered
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
