package com.marketplace.identity.control;

import com.marketplace.platform.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, not one of
 * the passwords people use most (the list nbvcxz ships, about 100 000 leaked passwords by
 * frequency; those shorter than the minimum fail on length anyway) and not the account's own email
 * address. The list is read once, when the policy is first asked.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  static final String COMMON_PASSWORDS = "dictionaries/passwords.txt";

  private PasswordPolicy() {}

  /** Refuses a password that breaks the policy, with a message the person can act on. */
  public static void check(String password, String email) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "The password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long.");
    }
    String folded = password.strip().toLowerCase(Locale.ROOT);
    if (email != null && folded.equals(email.strip().toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException("The password must not be your email address.");
    }
    if (Common.PASSWORDS.contains(folded)) {
      throw new InvalidInputException(
          "This password is one of the most common ones and easy to guess; choose another.");
    }
  }

  /** Loaded on first use, once per class loader. */
  private static final class Common {
    static final Set<String> PASSWORDS = load();

    private static Set<String> load() {
      Set<String> common = new HashSet<>(80_000);
      try (InputStream in =
          PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
        if (in == null) {
          throw new IllegalStateException("The common password list is missing");
        }
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
          String word = line.strip();
          if (word.length() >= MIN_LENGTH) {
            common.add(word.toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(common);
    }
  }
}
