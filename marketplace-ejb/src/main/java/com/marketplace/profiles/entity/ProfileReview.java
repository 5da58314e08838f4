package com.marketplace.profiles.entity;

import com.marketplace.contracts.entity.Review;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A review as a freelancer's public profile shows it to anyone: the stars, the words and the month.
 * Nothing that identifies the client who wrote it (their name, the contract's title, ids, the exact
 * time): clients have not chosen to be shown, and a visitor needs none of it to judge the work.
 */
public record ProfileReview(int stars, String text, YearMonth month) {

  public static ProfileReview of(Review review) {
    return new ProfileReview(
        review.getStars(),
        review.getText(),
        YearMonth.from(review.getCreatedAt().atZone(ZoneOffset.UTC)));
  }
}
