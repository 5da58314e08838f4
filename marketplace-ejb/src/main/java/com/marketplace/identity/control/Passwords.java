package com.marketplace.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password policy and hashing, delegated to Jakarta Security's PBKDF2 (HMAC-SHA-512). The stored
 * hash names its own algorithm, iterations and salt, so raising the work factor later keeps old
 * hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

  public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
  public static final int MAX_LENGTH = PasswordPolicy.MAX_LENGTH;

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "marketplace.password.iterations", defaultValue = "210000")
  int iterations;

  /** Verified against when an email is unknown, so both paths cost the same time. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = hash.generate("decoy-password".toCharArray());
  }

  /** The hash of a new password for the account with this email, if it meets the policy. */
  public String hashNew(String password, String email) {
    PasswordPolicy.check(password, email);
    return hash.generate(password.toCharArray());
  }

  /**
   * Stored instead of a hash for an account made without a password (a portal account before its
   * holder sets one): no password matches it.
   */
  public static final String UNUSABLE = "!no-password";

  /** Whether the password is the stored one; no stored hash (no password yet) matches nothing. */
  public boolean matches(String password, String storedHash) {
    if (storedHash == null || storedHash.startsWith(UNUSABLE)) {
      spendVerificationTime(password);
      return false;
    }
    return password != null && hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification without a stored hash to compare against. */
  public void spendVerificationTime(String password) {
    hash.verify((password == null ? "" : password).toCharArray(), decoy);
  }
}
