package com.marketplace.events.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainEventTest {

  @Test
  void eachEventGetsItsOwnIdAndKeepsAnImmutableCopyOfItsData() {
    var data = new HashMap<String, String>(Map.of("memberId", "42"));
    var first = DomainEvent.of(DomainEvent.MEMBER_REGISTERED, 1, Instant.EPOCH, data);
    var second = DomainEvent.of(DomainEvent.MEMBER_REGISTERED, 1, Instant.EPOCH, data);
    data.put("memberId", "43");

    assertThat(first.eventId()).isNotEqualTo(second.eventId()).hasSize(36);
    assertThat(first.getLong("memberId")).isEqualTo(42);
  }

  @Test
  void missingDataIsAnErrorNamingTheEvent() {
    var event = DomainEvent.of("Something", 1, Instant.EPOCH, Map.of());
    assertThatThrownBy(() -> event.get("memberId"))
        .hasMessageContaining("Something")
        .hasMessageContaining("memberId");
  }
}
