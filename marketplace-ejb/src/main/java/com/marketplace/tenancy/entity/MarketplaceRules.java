package com.marketplace.tenancy.entity;

import com.marketplace.platform.InvalidInputException;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A workspace's own marketplace rules: after how many days of client silence a submitted milestone
 * is released, which file types (as detected from the content) and sizes may be uploaded, and after
 * how many days of client silence submitted time is approved ({@code timeApprovalDays}; null:
 * never, the default).
 */
public record MarketplaceRules(
    int autoReleaseDays,
    SortedSet<String> uploadTypes,
    long uploadMaxBytes,
    Integer timeApprovalDays) {

  public static final int MIN_AUTO_RELEASE_DAYS = 1;
  public static final int MAX_AUTO_RELEASE_DAYS = 90;
  public static final long MIN_UPLOAD_BYTES = 1024;
  public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

  /** The most media types a workspace lists, and the longest one. */
  public static final int MAX_UPLOAD_TYPES = 50;

  public static final int MEDIA_TYPE_MAX = 100;

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
          10L * 1024 * 1024,
          null);

  /** The rules without automatic approval of time. */
  public MarketplaceRules(int autoReleaseDays, SortedSet<String> uploadTypes, long uploadMaxBytes) {
    this(autoReleaseDays, uploadTypes, uploadMaxBytes, null);
  }

  public MarketplaceRules {
    if (autoReleaseDays < MIN_AUTO_RELEASE_DAYS || autoReleaseDays > MAX_AUTO_RELEASE_DAYS) {
      throw new InvalidInputException(
          "Auto-release must be between "
              + MIN_AUTO_RELEASE_DAYS
              + " and "
              + MAX_AUTO_RELEASE_DAYS
              + " days.");
    }
    if (timeApprovalDays != null
        && (timeApprovalDays < MIN_AUTO_RELEASE_DAYS || timeApprovalDays > MAX_AUTO_RELEASE_DAYS)) {
      throw new InvalidInputException(
          "Automatic approval of time must be after "
              + MIN_AUTO_RELEASE_DAYS
              + " to "
              + MAX_AUTO_RELEASE_DAYS
              + " days, or never.");
    }
    if (uploadMaxBytes < MIN_UPLOAD_BYTES || uploadMaxBytes > MAX_UPLOAD_BYTES) {
      throw new InvalidInputException("The upload limit must be between 1 KB and 50 MB.");
    }
    if (uploadTypes == null || uploadTypes.isEmpty()) {
      throw new InvalidInputException("Allow at least one file type.");
    }
    if (uploadTypes.size() > MAX_UPLOAD_TYPES) {
      throw new InvalidInputException("List at most " + MAX_UPLOAD_TYPES + " file types.");
    }
    TreeSet<String> types = new TreeSet<>();
    for (String type : uploadTypes) {
      String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
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
