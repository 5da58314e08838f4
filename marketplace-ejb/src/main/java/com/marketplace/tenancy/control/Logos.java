package com.marketplace.tenancy.control;

import com.marketplace.platform.InvalidInputException;
import java.util.Set;
import org.apache.tika.Tika;

/** Checks an uploaded logo by its content (never its name or the browser's claim). */
public final class Logos {

  public static final int MAX_BYTES = 512 * 1024;
  static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
  private static final Tika TIKA = new Tika();

  private Logos() {}

  /** Returns the detected media type of an acceptable logo. */
  public static String check(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("The logo must be at most 512 KB.");
    }
    String type = TIKA.detect(content);
    if (!ALLOWED.contains(type)) {
      throw new InvalidInputException("The logo must be a PNG, JPEG, GIF or WebP image.");
    }
    return type;
  }
}
