package com.marketplace.search.web;

import com.marketplace.identity.entity.Role;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.search.boundary.Search;
import com.marketplace.search.entity.SearchGroup;
import com.marketplace.search.entity.SearchHit;
import com.marketplace.search.entity.SearchQuery;
import com.marketplace.search.entity.SearchResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The search box in the header of every page (H8): as the member types, an Ajax request (sent once
 * typing pauses) answers the results grouped by kind, each a link to its page.
 */
@Named
@RequestScoped
public class HeaderSearch {

  @Inject Search search;
  @Inject HttpServletRequest request;

  private String q;
  private SearchResults results;
  private String message;
  private String notice;

  /** Looks up what was typed; a text the search refuses is said instead. */
  public void find() {
    if (q != null && q.strip().length() >= SearchQuery.MAX) {
      // the box takes no more (longer texts are cut as they arrive): say so
      notice = SearchQuery.TOO_LONG;
    }
    try {
      results = search.find(q);
      message = results.message();
      if (message == null && !results.found()) {
        message = "Nothing found for “" + results.query() + "”.";
      }
    } catch (MarketplaceException refused) {
      results = null;
      message = refused.getMessage();
    }
  }

  /** The groups with something in them. */
  public List<SearchGroup> getGroups() {
    return results == null ? List.of() : results.groups().stream().filter(g -> !g.none()).toList();
  }

  /** Whether the results panel has anything to show. */
  public boolean isShown() {
    return message != null || notice != null || !getGroups().isEmpty();
  }

  /** The page of a hit. */
  public String href(SearchGroup group, SearchHit hit) {
    String base = request.getContextPath();
    return switch (group.kind()) {
      case CLIENTS -> base + "/app/desk/client.xhtml?id=" + hit.id();
      case PROJECTS -> base + "/app/desk/project.xhtml?id=" + hit.id();
      case INVOICES -> base + "/app/invoices/invoice.xhtml?id=" + hit.id();
      case JOBS -> base + "/app/jobs.xhtml?job=" + hit.id();
      case CONTRACTS -> base + "/app/contract.xhtml?id=" + hit.id();
    };
  }

  /** The list that finds all of a group's matches, where a list searches by text; else null. */
  public String allHref(SearchGroup group) {
    String base = request.getContextPath();
    String text = URLEncoder.encode(results.query(), StandardCharsets.UTF_8);
    return switch (group.kind()) {
      case CLIENTS -> base + "/app/desk/clients.xhtml?archived=true&q=" + text;
      case JOBS -> base + "/app/jobs.xhtml?q=" + text;
      // the issuer's list; what others received has no list that searches
      case INVOICES ->
          request.isUserInRole(Role.Names.FREELANCER)
              ? base + "/app/invoices/invoices.xhtml?q=" + text
              : null;
      case PROJECTS, CONTRACTS -> null;
    };
  }

  /** The longest text the box takes. */
  public int getMaxLength() {
    return SearchQuery.MAX;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getMessage() {
    return message;
  }

  /** Said besides the results: the text was as long as a search takes. */
  public String getNotice() {
    return notice;
  }
}
