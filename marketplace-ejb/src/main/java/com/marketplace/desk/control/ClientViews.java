package com.marketplace.desk.control;

import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.desk.entity.ClientView;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.identity.control.Directory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A freelancer's book of clients as lists and pages read it. */
@Dependent
public class ClientViews {

  /** The most companies the filter offers. */
  public static final int COMPANIES_MAX = 500;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject ProjectViews projects;
  @Inject TrackedTime tracked;
  @Inject Directory directory;

  /** A page of the freelancer's clients matching the search, by name. */
  public List<ClientRow> page(long freelancerId, ClientSearch search, int first, int max) {
    List<DeskClient> clients =
        where(
                "SELECT c FROM DeskClient c",
                " ORDER BY c.name, c.id",
                freelancerId,
                search,
                DeskClient.class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    Map<Long, Long> counts = projectCounts(clients.stream().map(DeskClient::getId).toList());
    return clients.stream()
        .map(
            c ->
                new ClientRow(
                    c.getId(),
                    c.getName(),
                    c.getEmail(),
                    c.getPhone(),
                    c.getCompany(),
                    c.getMemberId(),
                    c.isArchived(),
                    counts.getOrDefault(c.getId(), 0L)))
        .toList();
  }

  public long count(long freelancerId, ClientSearch search) {
    return where("SELECT COUNT(c) FROM DeskClient c", "", freelancerId, search, Long.class)
        .getSingleResult();
  }

  /** The companies of the freelancer's clients, archived ones included, for the filter. */
  public List<String> companies(long freelancerId) {
    return em.createQuery(
            "SELECT DISTINCT c.company FROM DeskClient c WHERE c.freelancerId = :me"
                + " AND c.company IS NOT NULL ORDER BY c.company",
            String.class)
        .setParameter("me", freelancerId)
        .setMaxResults(COMPANIES_MAX)
        .getResultList();
  }

  public ClientView of(DeskClient c, LocalDate today) {
    long projectCount = projectCounts(List.of(c.getId())).getOrDefault(c.getId(), 0L);
    return new ClientView(
        c.getId(),
        c.getName(),
        c.getEmail(),
        c.getPhone(),
        c.getCompany(),
        c.getNotes(),
        c.getBillingAddress(),
        c.getCountryCode(),
        c.getTaxId(),
        c.getMemberId(),
        c.getMemberId() == null ? null : directory.name(c.getMemberId()),
        c.isArchived(),
        c.getCreatedAt(),
        tracked.forClient(c.getId()),
        projectCount == 0,
        projects.ofClient(c, today));
  }

  public long projectCount(long clientId) {
    return projectCounts(List.of(clientId)).getOrDefault(clientId, 0L);
  }

  private Map<Long, Long> projectCounts(List<Long> clientIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (!clientIds.isEmpty()) {
      em.createQuery(
              "SELECT p.clientId, COUNT(p) FROM Project p WHERE p.clientId IN :ids"
                  + " GROUP BY p.clientId",
              Object[].class)
          .setParameter("ids", clientIds)
          .getResultList()
          .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
    }
    return counts;
  }

  /**
   * The query over the freelancer's own clients with the search's conditions: the text anywhere in
   * the name, email, phone, company or notes (matched literally, whatever its case), the company
   * exactly, archived clients only when asked for.
   */
  private <T> TypedQuery<T> where(
      String select, String orderBy, long freelancerId, ClientSearch search, Class<T> type) {
    var jpql = new StringBuilder(select).append(" WHERE c.freelancerId = :me");
    if (!search.archived()) {
      jpql.append(" AND c.archived = FALSE");
    }
    if (search.company() != null) {
      jpql.append(" AND c.company = :company");
    }
    String pattern = search.pattern();
    if (pattern != null) {
      jpql.append(" AND (");
      String or = "";
      for (String field : List.of("name", "email", "phone", "company", "notes")) {
        jpql.append(or).append("LOWER(c.").append(field).append(") LIKE :q ESCAPE '!'");
        or = " OR ";
      }
      jpql.append(")");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
    query.setParameter("me", freelancerId);
    if (search.company() != null) {
      query.setParameter("company", search.company());
    }
    if (pattern != null) {
      query.setParameter("q", pattern);
    }
    return query;
  }
}
