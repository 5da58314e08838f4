package com.marketplace.jobs.entity;

import com.marketplace.platform.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Skill lists as typed ("Java, SQL") and as stored: lower-case, trimmed, distinct, between commas
 * (",java,sql,") so that a LIKE on ",skill," finds exactly one whole skill.
 */
public final class Skills {

  public static final int MAX = 12;

  /** The longest list as typed: twelve skills of thirty characters with their separators. */
  public static final int TEXT_MAX = 400;

  private Skills() {}

  public static List<String> parse(String typed) {
    Set<String> skills = new LinkedHashSet<>();
    for (String s : (typed == null ? "" : typed).split(",")) {
      String skill = normalise(s);
      if (!skill.isEmpty()) {
        if (skill.length() > 30) {
          throw new InvalidInputException("A skill may have at most 30 characters: " + s.strip());
        }
        skills.add(skill);
      }
    }
    if (skills.size() > MAX) {
      throw new InvalidInputException("List at most " + MAX + " skills.");
    }
    return List.copyOf(skills);
  }

  public static String normalise(String skill) {
    return skill == null
        ? ""
        : skill.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(",", "");
  }

  public static String store(List<String> skills) {
    return skills.isEmpty() ? "" : "," + String.join(",", skills) + ",";
  }

  public static List<String> read(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty()).toList();
  }

  /** The LIKE pattern that finds one whole skill in a stored list. */
  public static String pattern(String skill) {
    return "%," + normalise(skill).replace("\\", "").replace("%", "").replace("_", "") + ",%";
  }
}
