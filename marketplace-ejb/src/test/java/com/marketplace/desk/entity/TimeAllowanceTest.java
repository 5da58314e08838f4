package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeAllowanceTest {

  static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
  static final Instant UNTIL = Instant.parse("2026-03-09T00:00:00Z");

  @Test
  void leavesWhatIsNotUsedAndNeverLessThanNothing() {
    var cap = TimeAllowance.upTo(FROM, UNTIL, 3600, "the weekly cap of 1 h");
    assertThat(cap.refusal()).isNull();
    assertThat(cap.left(0)).isEqualTo(3600);
    assertThat(cap.left(3000)).isEqualTo(600);
    assertThat(cap.left(4000)).isZero();
    var paused = cap.refused("Paused.");
    assertThat(paused.refusal()).isEqualTo("Paused.");
    assertThat(paused.seconds()).isEqualTo(3600);
    assertThat(paused.limit()).isEqualTo("the weekly cap of 1 h");
  }
}
