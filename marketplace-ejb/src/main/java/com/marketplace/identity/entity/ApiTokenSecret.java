package com.marketplace.identity.entity;

import com.marketplace.platform.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API token as the owner receives it once: {@value #MARK} and 43 characters of base64url (32
 * random bytes). The workspace keeps only its SHA-256 ({@link #hash}), and its first {@value
 * #PREFIX_LENGTH} characters so the owner can tell tokens apart ({@link #prefix}).
 */
public record ApiTokenSecret(String value) {

  public static final String MARK = "mkt_";
  public static final int PREFIX_LENGTH = 12;
  private static final int RANDOM_BYTES = 32;
  private static final Pattern FORM = Pattern.compile(MARK + "[A-Za-z0-9_-]{43}");

  public ApiTokenSecret {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Not an API token");
    }
  }

  public static ApiTokenSecret generate(SecureRandom random) {
    byte[] raw = new byte[RANDOM_BYTES];
    random.nextBytes(raw);
    return new ApiTokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
  }

  /** What a caller presented, if it has the form of a token; anything else is no token. */
  public static Optional<ApiTokenSecret> read(String presented) {
    return presented != null && FORM.matcher(presented).matches()
        ? Optional.of(new ApiTokenSecret(presented))
        : Optional.empty();
  }

  public String hash() {
    return Digests.sha256Hex(value);
  }

  public String prefix() {
    return value.substring(0, PREFIX_LENGTH);
  }

  /** Whether a stored hash is this token's, compared in constant time. */
  public boolean matches(String storedHash) {
    return storedHash != null
        && MessageDigest.isEqual(
            hash().getBytes(StandardCharsets.US_ASCII),
            storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /** Never the secret itself, should a token end up in a log line. */
  @Override
  public String toString() {
    return prefix() + "…";
  }
}
