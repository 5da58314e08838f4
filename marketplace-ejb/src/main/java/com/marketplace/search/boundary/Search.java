package com.marketplace.search.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.ContractMatch;
import com.marketplace.desk.boundary.Clients;
import com.marketplace.desk.boundary.Projects;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ClientSearch;
import com.marketplace.desk.entity.ProjectRow;
import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.jobs.boundary.Jobs;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.JobStatus;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.search.entity.SearchGroup;
import com.marketplace.search.entity.SearchGroup.Kind;
import com.marketplace.search.entity.SearchHit;
import com.marketplace.search.entity.SearchQuery;
import com.marketplace.search.entity.SearchResults;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The header's search (H8): the member's text looked up in each kind of thing their role may see,
 * every group asked of the feature that owns it (its boundary applies its own rule of who sees
 * what, in the caller's workspace only) and bounded to {@link SearchGroup#MOST} hits.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Search {

  /** Each feature is asked for one more than a group shows, to tell whether there are more. */
  static final int ASK = SearchGroup.MOST + 1;

  @Inject Clients clients;
  @Inject Projects projects;
  @Inject Jobs jobs;
  @Inject Contracts contracts;
  @Inject Invoices invoices;
  @Resource SessionContext session;

  public SearchResults find(String typed) {
    SearchQuery query = SearchQuery.of(typed);
    if (!query.searchable()) {
      return SearchResults.notSearched(query);
    }
    String text = query.text();
    List<SearchGroup> groups = new ArrayList<>();
    if (session.isCallerInRole(FREELANCER)) {
      groups.add(
          SearchGroup.of(
              Kind.CLIENTS,
              clients.list(new ClientSearch(text, null, true), 0, ASK),
              Search::client));
      groups.add(SearchGroup.of(Kind.PROJECTS, projects.find(text, ASK), Search::project));
    }
    groups.add(SearchGroup.of(Kind.INVOICES, invoices.find(text, ASK), Search::invoice));
    groups.add(SearchGroup.of(Kind.JOBS, jobs.find(text, ASK), Search::job));
    groups.add(SearchGroup.of(Kind.CONTRACTS, contracts.find(text, ASK), Search::contract));
    return new SearchResults(text, groups, null);
  }

  static SearchHit client(ClientRow c) {
    return new SearchHit(
        c.id(), c.name(), line(c.company(), c.email(), c.archived() ? "archived" : null));
  }

  static SearchHit project(ProjectRow p) {
    return new SearchHit(p.id(), p.name(), line(p.clientName(), p.status().label()));
  }

  static SearchHit invoice(InvoiceRow i) {
    return new SearchHit(
        i.id(),
        i.number() == null ? "Draft" : i.number(),
        line(i.issuerName() + " – " + i.recipientName(), i.statusLabel()));
  }

  static SearchHit job(JobCard j) {
    return new SearchHit(
        j.id(),
        j.title(),
        line(
            j.clientName(), j.status() == JobStatus.OPEN ? null : j.status().name().toLowerCase()));
  }

  static SearchHit contract(ContractMatch c) {
    return new SearchHit(
        c.id(), c.title(), line(c.clientName() + " – " + c.freelancerName(), c.status().label()));
  }

  private static String line(String... parts) {
    return Stream.of(parts)
        .filter(Objects::nonNull)
        .filter(p -> !p.isBlank())
        .collect(Collectors.joining(" · "));
  }
}
