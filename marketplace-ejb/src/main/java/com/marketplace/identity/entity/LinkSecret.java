package com.marketplace.identity.entity;

import com.marketplace.platform.Digests;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a one-time account link as its email carries it: 43 characters of base64url (32
 * random bytes). The workspace keeps only its SHA-256 ({@link #hash}).
 */
public record LinkSecret(String value) {

  private static final int RANDOM_BYTES = 32;
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

  public LinkSecret {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a link token");
    }
  }

  public static LinkSecret generate(SecureRandom random) {
    byte[] raw = new byte[RANDOM_BYTES];
    random.nextBytes(raw);
    return new LinkSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
  }

  /** What a link carried, if it has the form of a token; anything else was tampered with. */
  public static Optional<LinkSecret> read(String presented) {
    return presented != null && FORM.matcher(presented.strip()).matches()
        ? Optional.of(new LinkSecret(presented.strip()))
        : Optional.empty();
  }

  public String hash() {
    return Digests.sha256Hex(value);
  }

  /** Never the secret itself, should a link end up in a log line. */
  @Override
  public String toString() {
    return value.substring(0, 6) + "…";
  }
}
