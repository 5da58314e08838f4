package com.marketplace.profiles.entity;

import com.marketplace.files.entity.FileView;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.Money;
import java.util.List;

/**
 * A member's profile as others see it: for freelancers with portfolio, reviews received (without
 * who wrote them, see {@link ProfileReview}) and the average rating (null without reviews).
 */
public record ProfileView(
    long memberId,
    String displayName,
    Role role,
    String headline,
    String bio,
    List<String> skills,
    Money hourlyRate,
    String currency,
    String company,
    String website,
    List<FileView> portfolio,
    List<ProfileReview> reviews,
    Double averageRating,
    long completedContracts) {

  /** e.g. "4.5" */
  public String rating() {
    return averageRating == null
        ? "–"
        : String.format(java.util.Locale.ROOT, "%.1f", averageRating);
  }
}
