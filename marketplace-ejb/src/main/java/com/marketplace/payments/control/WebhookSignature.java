package com.marketplace.payments.control;

import com.marketplace.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a provider's webhook signature header {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.payload">}: the signature must match in constant time, and the timestamp must be within the
 * tolerance, so a captured request cannot be replayed later.
 */
public final class WebhookSignature {

  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private WebhookSignature() {}

  public static void verify(String header, String payload, String secret, Instant now) {
    if (secret == null || secret.isBlank()) {
      throw new InvalidInputException("Webhooks are not configured.");
    }
    Long timestamp = null;
    String signature = null;
    for (String part : header == null ? new String[0] : header.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("\\d{1,12}")) {
        timestamp = Long.parseLong(kv[1]);
      } else if (kv.length == 2 && kv[0].equals("v1")) {
        signature = kv[1];
      }
    }
    if (timestamp == null || signature == null) {
      throw new InvalidInputException("The webhook signature header is missing or malformed.");
    }
    String expected = sign(timestamp, payload, secret);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII))) {
      throw new InvalidInputException("The webhook signature does not match.");
    }
    if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TOLERANCE) > 0) {
      throw new InvalidInputException("The webhook timestamp is outside the tolerance.");
    }
  }

  public static String sign(long timestamp, String payload, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String header(long timestamp, String payload, String secret) {
    return "t=" + timestamp + ",v1=" + sign(timestamp, payload, secret);
  }
}
