package com.marketplace.jobs.entity;

/**
 * Job board filters, each optional: free text in title or description, category, one skill, a
 * budget range in minor units and the job type.
 */
public record JobSearch(
    String text, Category category, String skill, Long minBudget, Long maxBudget, JobKind kind) {

  /** The longest search text taken; a few words are all it uses ({@link FullText#MAX_WORDS}). */
  public static final int TEXT_MAX = 200;

  public static final JobSearch ALL = new JobSearch(null, null, null, null, null, null);

  public JobSearch {
    text = blankToNull(text);
    skill = blankToNull(skill);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
