package com.marketplace.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailMessageTest {

  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  static EmailMessage email() {
    return new EmailMessage(
        1, 2L, "event-1", "a@b.test", new RenderedEmail("Subject", "text", "<p>html</p>"), NOW);
  }

  @Test
  void aNewEmailIsDueAtOnce() {
    var email = email();
    assertThat(email.getStatus()).isEqualTo("PENDING");
    assertThat(email.getNextAttemptAt()).isEqualTo(NOW);
    assertThat(email.isDue(NOW)).isTrue();
  }

  @Test
  void aRefusedEmailIsDueAgainOnlyAtItsNextAttemptAndASentOneNever() {
    var email = email();
    email.refused("Connection refused", NOW);
    assertThat(email.isDue(NOW.plusSeconds(1))).isFalse();
    assertThat(email.isDue(NOW.plusSeconds(2))).isTrue();
    email.sent(NOW.plusSeconds(2));
    assertThat(email.isDue(NOW.plusSeconds(3600))).isFalse();
  }

  @Test
  void eachRefusalWaitsTwiceAsLongUpToAnHour() {
    var email = email();
    email.refused("Connection refused", NOW);
    assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
    email.refused("Connection refused", NOW);
    assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(4));
    for (int i = 0; i < 15; i++) {
      email.refused("Connection refused", NOW);
    }
    assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(email.getStatus()).isEqualTo("PENDING");
  }

  @Test
  void itGivesUpAfterThirtyRefusalsAndCountsASuccessfulSend() {
    var email = email();
    for (int i = 0; i < EmailMessage.MAX_ATTEMPTS; i++) {
      email.refused("x".repeat(600), NOW);
    }
    assertThat(email.getStatus()).isEqualTo("FAILED");

    var sent = email();
    sent.refused("down", NOW);
    sent.sent(NOW.plusSeconds(3));
    assertThat(sent.getStatus()).isEqualTo("SENT");
    assertThat(sent.getAttempts()).isEqualTo(2);
  }

  @Test
  void aLinksSecretGoesOutWithTheEmailButIsNeverStoredInItsBodiesAndIsForgottenOnceSent() {
    String token = "t".repeat(43);
    String link = "https://x.test/t/acme/reset?token=" + EmailMessage.SECRET;
    var email =
        new EmailMessage(
                1,
                2L,
                "event-2",
                "a@b.test",
                new RenderedEmail("Reset", "Open " + link, "<a href=\"" + link + "\">Reset</a>"),
                NOW)
            .withLinkSecret(token);
    assertThat(email.getText()).doesNotContain(token);
    assertThat(email.getHtml()).doesNotContain(token);
    assertThat(email.textToSend()).isEqualTo("Open https://x.test/t/acme/reset?token=" + token);
    assertThat(email.htmlToSend()).contains("?token=" + token + "\"");

    email.refused("down", NOW);
    assertThat(email.textToSend()).contains(token); // still to be sent: kept for the next try
    email.sent(NOW.plusSeconds(2));
    assertThat(email.textToSend()).doesNotContain(token);
    assertThat(email.htmlToSend()).doesNotContain(token);

    var givenUp =
        new EmailMessage(1, 2L, "event-3", "a@b.test", new RenderedEmail("Reset", link, link), NOW)
            .withLinkSecret(token);
    for (int i = 0; i < EmailMessage.MAX_ATTEMPTS; i++) {
      givenUp.refused("down", NOW);
    }
    assertThat(givenUp.textToSend()).doesNotContain(token);
  }
}
