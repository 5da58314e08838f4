package com.marketplace.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberSessionTest {

  static final Instant SIGNED_IN = Instant.parse("2026-11-29T09:00:00Z");
  static final Duration IDLE = Duration.ofMinutes(15);
  static final Duration LONGEST = Duration.ofHours(8);

  @Test
  void aSessionEndsAfterFifteenIdleMinutes() {
    var session = new MemberSession(1, 2, 0, SIGNED_IN, SIGNED_IN.plusSeconds(600));
    assertThat(session.expired(SIGNED_IN.plusSeconds(600 + 900), IDLE, LONGEST)).isFalse();
    assertThat(session.expired(SIGNED_IN.plusSeconds(600 + 901), IDLE, LONGEST)).isTrue();
  }

  @Test
  void aBusySessionStillEndsEightHoursAfterSignIn() {
    Instant late = SIGNED_IN.plus(LONGEST);
    assertThat(new MemberSession(1, 2, 0, SIGNED_IN, late).expired(late, IDLE, LONGEST)).isFalse();
    Instant after = late.plusSeconds(1);
    assertThat(new MemberSession(1, 2, 0, SIGNED_IN, after).expired(after, IDLE, LONGEST)).isTrue();
  }

  @Test
  void aSessionWithoutTimesIsOver() {
    assertThat(new MemberSession(1, 2, 0, null, null).expired(SIGNED_IN, IDLE, LONGEST)).isTrue();
  }
}
