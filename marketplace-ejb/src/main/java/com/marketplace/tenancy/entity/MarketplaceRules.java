package com.marketplace.tenancy.entity;

import com.marketplace.platform.InvalidInputException;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A workspace's own marketplace rules: after how many days of client silence a submitted milestone
 * is released, and which file types (as detected from the content) and sizes may be uploaded.
 */
public record MarketplaceRules(
    int autoReleaseDays, SortedSet<String> uploadTypes, long uploadMaxBytes) {

  public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

  public static final MarketplaceRules DEFAULTS =
      new MarketplaceRules(
          14,
          new TreeSet<>(
              Set.of(
                  "application/pdf",
                  "image/png",
                  "image/jpeg",
                  "image/gif",
                  "text/plain",
                  "application/zip")),
          10L * 1024 * 1024);

  public MarketplaceRules {
    if (autoReleaseDays < 1 || autoReleaseDays > 90) {
      throw new InvalidInputException("Auto-release must be between 1 and 90 days.");
    }
    if (uploadMaxBytes < 1024 || uploadMaxBytes > MAX_UPLOAD_BYTES) {
      throw new InvalidInputException("The upload limit must be between 1 KB and 50 MB.");
    }
    TreeSet<String> types = new TreeSet<>();
    for (String type : uploadTypes) {
      String t = type.strip().toLowerCase(Locale.ROOT);
      if (t.isEmpty()) {
        continue;
      }
      if (!MEDIA_TYPE.matcher(t).matches()) {
        throw new InvalidInputException("\"" + type.strip() + "\" is not a media type.");
      }
      types.add(t);
    }
    if (types.isEmpty()) {
      throw new InvalidInputException("Allow at least one file type.");
    }
    if (String.join(",", types).length() > 1000) {
      throw new InvalidInputException("The list of file types is too long.");
    }
    uploadTypes = types;
  }

  /** Parses a comma- or space-separated list of media types, as typed by an owner. */
  public static SortedSet<String> parseTypes(String typed) {
    return new TreeSet<>(java.util.Arrays.asList((typed == null ? "" : typed).split("[,\\s]+")));
  }

  /** The size limit for messages, e.g. "10 MB". */
  public String uploadLimit() {
    return uploadMaxBytes % (1024 * 1024) == 0
        ? uploadMaxBytes / (1024 * 1024) + " MB"
        : uploadMaxBytes / 1024 + " KB";
  }
}
