package com.marketplace.desk.control;

import com.marketplace.desk.entity.BudgetUse;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectChange;
import com.marketplace.desk.entity.ProjectChangeView;
import com.marketplace.desk.entity.ProjectRow;
import com.marketplace.desk.entity.ProjectSearch;
import com.marketplace.desk.entity.ProjectView;
import com.marketplace.identity.control.Directory;
import com.marketplace.platform.Texts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A freelancer's projects as lists and pages read them, with the time tracked on them. */
@Dependent
public class ProjectViews {

  /** The most projects a client's page lists, and the most history lines a project shows. */
  public static final int LIST_MAX = 200;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject TrackedTime tracked;
  @Inject Directory directory;

  /** A page of the freelancer's projects matching the filter, newest first. */
  public List<ProjectRow> page(
      long freelancerId, ProjectSearch search, int first, int max, LocalDate today) {
    return rows(
        where(
                "SELECT p FROM Project p",
                " ORDER BY p.createdAt DESC, p.id DESC",
                freelancerId,
                search,
                Project.class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        today);
  }

  /** The freelancer's projects whose name has the text in it, newest first, at most {@code max}. */
  public List<ProjectRow> named(long freelancerId, String text, int max, LocalDate today) {
    return rows(
        em.createQuery(
                "SELECT p FROM Project p WHERE p.freelancerId = :me"
                    + " AND LOWER(p.name) LIKE :q ESCAPE '!'"
                    + " ORDER BY p.createdAt DESC, p.id DESC",
                Project.class)
            .setParameter("me", freelancerId)
            .setParameter("q", Texts.containing(text))
            .setMaxResults(max)
            .getResultList(),
        today);
  }

  public long count(long freelancerId, ProjectSearch search) {
    return where("SELECT COUNT(p) FROM Project p", "", freelancerId, search, Long.class)
        .getSingleResult();
  }

  /** The client's projects, newest first. */
  public List<ProjectRow> ofClient(DeskClient client, LocalDate today) {
    return page(
        client.getFreelancerId(), new ProjectSearch(client.getId(), null), 0, LIST_MAX, today);
  }

  public ProjectView of(Project p, LocalDate today) {
    var used = BudgetUse.of(tracked.onProject(p.getId()), p.getRate());
    OptionalLong percent = p.percentUsed(used.minutes(), used.value());
    DeskClient client = em.find(DeskClient.class, p.getClientId());
    return new ProjectView(
        p.getId(),
        p.getName(),
        p.getDescription(),
        p.getStatus(),
        p.getClientId(),
        client == null ? "" : client.getName(),
        p.getRate(),
        p.getRate().currencyCode(),
        p.getBudgetMinutes(),
        p.getBudgetAmount(),
        p.budgetText(),
        p.getDeadline(),
        p.overdue(today),
        p.getContractId(),
        used.minutes(),
        used.value(),
        used.label(),
        percent.isPresent() ? percent.getAsLong() : null,
        p.getCreatedAt(),
        history(p.getId()));
  }

  /** The project's changes, newest first. */
  public List<ProjectChangeView> history(long projectId) {
    List<ProjectChange> changes =
        em.createQuery(
                "SELECT c FROM ProjectChange c WHERE c.projectId = :project"
                    + " ORDER BY c.changedAt DESC, c.id DESC",
                ProjectChange.class)
            .setParameter("project", projectId)
            .setMaxResults(LIST_MAX)
            .getResultList();
    var names =
        directory.names(changes.stream().map(ProjectChange::getMemberId).distinct().toList());
    return changes.stream()
        .map(
            c ->
                new ProjectChangeView(
                    c.getId(),
                    c.getChangedAt(),
                    names.of(c.getMemberId()),
                    c.getField(),
                    c.getBefore(),
                    c.getAfter()))
        .toList();
  }

  private List<ProjectRow> rows(List<Project> projects, LocalDate today) {
    Map<Long, Long> seconds = tracked.onProjects(projects.stream().map(Project::getId).toList());
    Map<Long, String> clients = clientNames(projects.stream().map(Project::getClientId).toList());
    return projects.stream()
        .map(
            p ->
                new ProjectRow(
                    p.getId(),
                    p.getName(),
                    p.getClientId(),
                    clients.getOrDefault(p.getClientId(), ""),
                    p.getStatus(),
                    p.getRate(),
                    p.getRate().currencyCode(),
                    p.getDeadline(),
                    p.overdue(today),
                    p.getContractId(),
                    seconds.getOrDefault(p.getId(), 0L)))
        .toList();
  }

  private Map<Long, String> clientNames(List<Long> clientIds) {
    Map<Long, String> names = new HashMap<>();
    if (!clientIds.isEmpty()) {
      em.createQuery("SELECT c.id, c.name FROM DeskClient c WHERE c.id IN :ids", Object[].class)
          .setParameter("ids", clientIds.stream().distinct().toList())
          .getResultList()
          .forEach(r -> names.put((Long) r[0], (String) r[1]));
    }
    return names;
  }

  private <T> TypedQuery<T> where(
      String select, String orderBy, long freelancerId, ProjectSearch search, Class<T> type) {
    var jpql = new StringBuilder(select).append(" WHERE p.freelancerId = :me");
    if (search.clientId() != null) {
      jpql.append(" AND p.clientId = :client");
    }
    if (search.status() != null) {
      jpql.append(" AND p.status = :status");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
    query.setParameter("me", freelancerId);
    if (search.clientId() != null) {
      query.setParameter("client", search.clientId());
    }
    if (search.status() != null) {
      query.setParameter("status", search.status());
    }
    return query;
  }
}
