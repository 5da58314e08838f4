package com.marketplace.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the product writes it: lower-case hex. For secrets kept only as their digest
 * (remember-me tokens), keys that must not be stored as given (throttled addresses) and the
 * fingerprints that tell two commands with one idempotency key apart.
 */
public final class Digests {

  private static final byte FIELD_SEPARATOR = 0x1f;

  private Digests() {}

  /** A fresh SHA-256 digest, for content read in pieces. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of the text's UTF-8 bytes. */
  public static String sha256Hex(String text) {
    var digest = sha256();
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    return hex(digest);
  }

  /** The SHA-256 of the parts as text, each ended by a separator no text of ours contains. */
  public static String fingerprint(Object... parts) {
    var digest = sha256();
    for (Object part : parts) {
      digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      digest.update(FIELD_SEPARATOR);
    }
    return hex(digest);
  }
}
