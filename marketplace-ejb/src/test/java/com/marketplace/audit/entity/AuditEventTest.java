package com.marketplace.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  @Test
  void keepsWhatHappenedCuttingTextsToTheirColumns() {
    var e =
        new AuditEvent(
            Instant.parse("2026-11-29T10:15:30.123456789Z"),
            Actor.member(7, "ann@acme.test", "Ann"),
            AuditAction.INVOICE_DOWNLOADED,
            "invoice",
            42L,
            "10.0.0.1",
            "Mozilla/5.0 " + "x".repeat(400),
            "  ");
    assertThat(e.getOccurredAt()).isEqualTo(Instant.parse("2026-11-29T10:15:30.123456Z"));
    assertThat(e.getActorKind()).isEqualTo(ActorKind.MEMBER);
    assertThat(e.getActorMemberId()).isEqualTo(7L);
    assertThat(e.getActorEmail()).isEqualTo("ann@acme.test");
    assertThat(e.getSubjectType()).isEqualTo("invoice");
    assertThat(e.getSubjectId()).isEqualTo(42L);
    assertThat(e.getUserAgent()).hasSize(AuditEvent.USER_AGENT_MAX).startsWith("Mozilla/5.0 x");
    assertThat(e.getDetail()).isNull();
  }

  @Test
  void cutsNeverSplitASurrogatePair() {
    String text = "a".repeat(9) + "😀";
    assertThat(AuditEvent.cut(text, 10)).isEqualTo("a".repeat(9));
    assertThat(AuditEvent.cut(text, 11)).isEqualTo(text);
  }

  @Test
  void actorsSayWhoTheyAre() {
    assertThat(Actor.system().kind()).isEqualTo(ActorKind.SYSTEM);
    assertThat(Actor.anonymous("x@y.test").memberId()).isNull();
    assertThat(Actor.apiToken(3, "ci").name()).isEqualTo("API token ci (#3)");
  }
}
