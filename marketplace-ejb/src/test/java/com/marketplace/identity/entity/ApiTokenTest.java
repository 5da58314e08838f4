package com.marketplace.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.Digests;
import com.marketplace.platform.InvalidInputException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void aTokenIsTheMarkAnd32RandomBytesKeptOnlyAsItsHashAndPrefix() {
    var secret = ApiTokenSecret.generate(RANDOM);

    assertThat(secret.value()).startsWith("mkt_").hasSize(4 + 43);
    assertThat(secret.prefix())
        .hasSize(ApiTokenSecret.PREFIX_LENGTH)
        .isEqualTo(secret.value().substring(0, 12));
    assertThat(secret.hash()).isEqualTo(Digests.sha256Hex(secret.value())).hasSize(64);
    assertThat(secret.toString()).doesNotContain(secret.value().substring(12));

    var token = new ApiToken("  Reporting  ", secret, 7, NOW);
    assertThat(token.getName()).isEqualTo("Reporting");
    assertThat(token.getPrefix()).isEqualTo(secret.prefix());
    assertThat(token.getCreatedBy()).isEqualTo(7);
    assertThat(token.isLive()).isTrue();

    var seen = new HashSet<String>();
    for (int i = 0; i < 1000; i++) {
      seen.add(ApiTokenSecret.generate(RANDOM).value());
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void onlyWellFormedTokensAreReadAndAStoredHashIsComparedWhole() {
    var secret = ApiTokenSecret.generate(RANDOM);
    assertThat(ApiTokenSecret.read(secret.value())).contains(secret);
    assertThat(ApiTokenSecret.read(null)).isEmpty();
    assertThat(ApiTokenSecret.read("")).isEmpty();
    assertThat(ApiTokenSecret.read("mkt_short")).isEmpty();
    assertThat(ApiTokenSecret.read(secret.value() + "x")).isEmpty();
    assertThat(ApiTokenSecret.read(" " + secret.value())).isEmpty();
    assertThat(ApiTokenSecret.read("abc_" + secret.value().substring(4))).isEmpty();
    assertThat(ApiTokenSecret.read(secret.value().substring(0, 46) + "ä")).isEmpty();
    assertThatThrownBy(() -> new ApiTokenSecret("mkt_nope"))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(secret.matches(secret.hash())).isTrue();
    assertThat(secret.matches(secret.hash().toUpperCase())).isFalse();
    assertThat(secret.matches(secret.hash().substring(1))).isFalse();
    assertThat(secret.matches(null)).isFalse();
  }

  @Test
  void aNameIsRequiredAndBounded() {
    var secret = ApiTokenSecret.generate(RANDOM);
    assertThatThrownBy(() -> new ApiToken(" ", secret, 1, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name is required");
    assertThatThrownBy(() -> new ApiToken("x".repeat(ApiToken.NAME_MAX + 1), secret, 1, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new ApiToken("x".repeat(ApiToken.NAME_MAX), secret, 1, NOW).getName())
        .hasSize(ApiToken.NAME_MAX);
  }

  @Test
  void revokingIsForGoodAndKeepsTheFirstMoment() {
    var token = new ApiToken("CI", ApiTokenSecret.generate(RANDOM), 1, NOW);
    token.revoke(NOW.plusSeconds(5).plusNanos(1_234_567));
    token.revoke(NOW.plusSeconds(60));
    assertThat(token.isLive()).isFalse();
    // to the microsecond, as the database keeps it
    assertThat(token.getRevokedAt()).isEqualTo(NOW.plusSeconds(5).plusNanos(1_234_000));
  }

  @Test
  void theLastUseIsWrittenAtMostOnceAMinute() {
    assertThat(ApiToken.lastUseDue(null, NOW)).isTrue();
    assertThat(ApiToken.lastUseDue(NOW, NOW)).isFalse();
    assertThat(ApiToken.lastUseDue(NOW, NOW.plusSeconds(59))).isFalse();
    assertThat(ApiToken.lastUseDue(NOW, NOW.plus(Duration.ofMinutes(1)))).isTrue();
    assertThat(ApiToken.lastUseDue(NOW, NOW.plusSeconds(3600))).isTrue();
  }
}
