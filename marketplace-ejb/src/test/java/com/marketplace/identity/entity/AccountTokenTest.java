package com.marketplace.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

  static final Instant NOW = Instant.parse("2026-11-29T19:00:00Z");

  @Test
  void lifetimesByPurpose() {
    assertThat(LinkPurpose.VERIFY.lifetime()).isEqualTo(Duration.ofHours(72));
    assertThat(LinkPurpose.RESET.lifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(LinkPurpose.INVITE.lifetime()).isEqualTo(Duration.ofHours(72));
  }

  @Test
  void usableUntilItExpires() {
    var reset = new AccountToken(7, LinkPurpose.RESET, secret(), NOW);
    assertThat(reset.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(reset.stateAt(NOW)).isEqualTo(AccountToken.State.USABLE);
    assertThat(reset.stateAt(NOW.plus(Duration.ofMinutes(59))))
        .isEqualTo(AccountToken.State.USABLE);
    assertThat(reset.stateAt(NOW.plus(Duration.ofHours(1)))).isEqualTo(AccountToken.State.EXPIRED);
  }

  @Test
  void usedOrVoidedStaysSoEvenAfterExpiry() throws Exception {
    var used = new AccountToken(7, LinkPurpose.INVITE, secret(), NOW);
    set(used, "usedAt", NOW.plusSeconds(5));
    assertThat(used.stateAt(NOW.plusSeconds(6))).isEqualTo(AccountToken.State.USED);
    assertThat(used.stateAt(NOW.plus(Duration.ofDays(10)))).isEqualTo(AccountToken.State.USED);

    var voided = new AccountToken(7, LinkPurpose.INVITE, secret(), NOW);
    set(voided, "usedAt", NOW.plusSeconds(5));
    set(voided, "voided", true);
    assertThat(voided.stateAt(NOW.plusSeconds(6))).isEqualTo(AccountToken.State.VOIDED);
  }

  @Test
  void onlyTheHashIsKept() throws Exception {
    var secret = secret();
    var token = new AccountToken(7, LinkPurpose.VERIFY, secret, NOW);
    Field hash = AccountToken.class.getDeclaredField("tokenHash");
    hash.setAccessible(true);
    assertThat(hash.get(token)).isEqualTo(secret.hash()).isNotEqualTo(secret.value());
    assertThat(secret.hash()).hasSize(64);
  }

  @Test
  void secretsAreRandomUrlSafeAndReadStrictly() {
    var a = secret();
    var b = secret();
    assertThat(a.value()).isNotEqualTo(b.value()).matches("[A-Za-z0-9_-]{43}");
    assertThat(LinkSecret.read(a.value())).contains(a);
    assertThat(LinkSecret.read(a.value().substring(1))).isEmpty();
    assertThat(LinkSecret.read(a.value() + "x")).isEmpty();
    assertThat(LinkSecret.read(a.value().substring(0, 42) + "!")).isEmpty();
    assertThat(LinkSecret.read(null)).isEmpty();
    assertThat(a.toString()).doesNotContain(a.value());
    assertThatThrownBy(() -> new LinkSecret("short")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusalsSayWhyAndAnswerTheRightStatus() {
    assertThat(LinkRefusedException.notValid().status()).isEqualTo(400);
    assertThat(LinkRefusedException.of(AccountToken.State.USED).status()).isEqualTo(410);
    assertThat(LinkRefusedException.of(AccountToken.State.USED))
        .hasMessageContaining("already used");
    assertThat(LinkRefusedException.of(AccountToken.State.EXPIRED)).hasMessageContaining("expired");
    assertThat(LinkRefusedException.of(AccountToken.State.VOIDED)).hasMessageContaining("newer");
  }

  private static LinkSecret secret() {
    return LinkSecret.generate(new SecureRandom());
  }

  private static void set(Object target, String field, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
