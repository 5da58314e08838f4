package com.marketplace.search.entity;

import java.util.List;

/**
 * The answer to a search: the text looked up, and one group for each kind the member may search
 * (empty when nothing of that kind matched). A text too short to look up has no groups, and the
 * message says why.
 */
public record SearchResults(String query, List<SearchGroup> groups, String message) {

  public static SearchResults notSearched(SearchQuery query) {
    return new SearchResults(
        query.text(), List.of(), query.text() == null ? null : SearchQuery.TOO_SHORT);
  }

  public boolean found() {
    return groups.stream().anyMatch(g -> !g.none());
  }
}
