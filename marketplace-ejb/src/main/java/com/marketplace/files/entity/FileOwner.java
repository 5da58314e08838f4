package com.marketplace.files.entity;

import java.util.regex.Pattern;

/**
 * The kind of thing a file is attached to, as stored with the file ({@code owner_kind}). Each
 * owning feature declares its own (a job's, a submission's, ...), and answers who may read its
 * files through a {@link com.marketplace.files.control.FileReaders} bean: this feature knows none
 * of them.
 */
public record FileOwner(String kind) {

  private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,19}");

  public FileOwner {
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("A file owner kind is 1-20 capitals: " + kind);
    }
  }
}
