package com.marketplace.profiles.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.contracts.entity.Review;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProfileReviewTest {

  @Test
  void showsTheStarsTheWordsAndTheMonthInUtc() {
    var review = new Review(7, 10, 20, 4, "Clear brief", Instant.parse("2026-11-30T23:30:00Z"));
    assertThat(ProfileReview.of(review))
        .isEqualTo(new ProfileReview(4, "Clear brief", YearMonth.of(2026, 11)));
  }

  @Test
  void carriesNothingThatIdentifiesTheClient() {
    assertThat(
            Arrays.stream(ProfileReview.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("stars", "text", "month");
  }
}
