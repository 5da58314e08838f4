package com.marketplace.search.entity;

import java.util.List;
import java.util.function.Function;

/**
 * The things of one kind found, at most {@link #MOST}; {@code more} when there were others (the
 * kind's own list then finds them all).
 */
public record SearchGroup(Kind kind, List<SearchHit> hits, boolean more) {

  /** The most hits a group shows. */
  public static final int MOST = 5;

  public enum Kind {
    CLIENTS("Clients"),
    PROJECTS("Projects"),
    INVOICES("Invoices"),
    JOBS("Jobs"),
    CONTRACTS("Contracts");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The group of what a feature found when asked for one more than {@link #MOST}. */
  public static <T> SearchGroup of(Kind kind, List<T> found, Function<T, SearchHit> hit) {
    return new SearchGroup(kind, found.stream().limit(MOST).map(hit).toList(), found.size() > MOST);
  }

  /** Nothing of this kind matched. */
  public boolean none() {
    return hits.isEmpty();
  }
}
