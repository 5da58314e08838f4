package com.marketplace.payments.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  static final String SECRET = "whsec_test";
  static final String PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}";
  static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

  @Test
  void acceptsASignatureMadeWithTheSecretWithinTheTolerance() {
    String header = WebhookSignature.header(NOW.getEpochSecond() - 60, PAYLOAD, SECRET);
    assertThatCode(() -> WebhookSignature.verify(header, PAYLOAD, SECRET, NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAnotherSecretATamperedBodyOrAnOldTimestamp() {
    long t = NOW.getEpochSecond();
    assertThatThrownBy(
            () ->
                WebhookSignature.verify(
                    WebhookSignature.header(t, PAYLOAD, "other"), PAYLOAD, SECRET, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not match");
    assertThatThrownBy(
            () ->
                WebhookSignature.verify(
                    WebhookSignature.header(t, PAYLOAD, SECRET), PAYLOAD + " ", SECRET, NOW))
        .hasMessageContaining("does not match");
    long old = NOW.minus(WebhookSignature.TOLERANCE).minus(Duration.ofSeconds(1)).getEpochSecond();
    assertThatThrownBy(
            () ->
                WebhookSignature.verify(
                    WebhookSignature.header(old, PAYLOAD, SECRET), PAYLOAD, SECRET, NOW))
        .hasMessageContaining("outside the tolerance");
  }

  @Test
  void refusesMissingOrMalformedHeadersAndAMissingSecret() {
    assertThatThrownBy(() -> WebhookSignature.verify(null, PAYLOAD, SECRET, NOW))
        .hasMessageContaining("missing or malformed");
    assertThatThrownBy(() -> WebhookSignature.verify("t=abc,v1=00", PAYLOAD, SECRET, NOW))
        .hasMessageContaining("missing or malformed");
    assertThatThrownBy(
            () ->
                WebhookSignature.verify(
                    WebhookSignature.header(NOW.getEpochSecond(), PAYLOAD, SECRET),
                    PAYLOAD,
                    "",
                    NOW))
        .hasMessageContaining("not configured");
  }
}
