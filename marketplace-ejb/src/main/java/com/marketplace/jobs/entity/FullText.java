package com.marketplace.jobs.entity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns what someone typed into the board's search box into a full-text query. */
public final class FullText {

  /** The shortest word the full-text index holds (MySQL's and MariaDB's default). */
  static final int SHORTEST_WORD = 3;

  /**
   * The most words of a search that are used: each word is a condition of its own, so a pasted page
   * of text would otherwise build a query of thousands; the rest are ignored.
   */
  public static final int MAX_WORDS = 8;

  private FullText() {}

  /**
   * A boolean-mode query in which every word must appear, each as a prefix ("java dev" finds "Java
   * developer"); anything but letters and digits separates words, so no operator a person types
   * reaches the database. Null when a word is too short for the index, or none is left: the caller
   * then searches without it.
   */
  public static String booleanQuery(String text) {
    if (text == null) {
      return null;
    }
    List<String> words = words(text);
    if (words.isEmpty() || words.stream().anyMatch(w -> w.length() < SHORTEST_WORD)) {
      return null;
    }
    return words.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" "));
  }

  /**
   * The words of a search: what is left between anything but letters and digits, the first {@link
   * #MAX_WORDS} of them.
   */
  public static List<String> words(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .limit(MAX_WORDS)
        .toList();
  }
}
