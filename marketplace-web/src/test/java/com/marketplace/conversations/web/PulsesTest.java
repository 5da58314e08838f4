package com.marketplace.conversations.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PulsesTest {

  private final Pulses pulses = new Pulses();

  @Test
  void aMembersPulseMovesWithWhatArrivesForThemAndOnlyThen() {
    var felix = pulses.of(1);
    var cleo = pulses.of(2);
    assertThat(pulses.of(1)).isSameAs(felix);
    assertThat(felix.key()).isNotEqualTo(cleo.key()).matches("[A-Za-z0-9_-]{24}");

    pulses.beat(1);
    pulses.beat(1);
    pulses.beat(3); // no page of theirs was ever shown: nothing to tell, nothing kept

    assertThat(pulses.beats(felix.key())).contains(2L);
    assertThat(pulses.beats(cleo.key())).contains(0L);
    assertThat(pulses.beats("A".repeat(24))).isEmpty();
  }
}
