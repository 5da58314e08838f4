package com.marketplace.files.entity;

/** A stored file as lists show it. */
public record FileView(long id, String name, String mediaType, long size, String sha256) {

  public static FileView of(StoredFile f) {
    return new FileView(f.getId(), f.getName(), f.getMediaType(), f.getSize(), f.getSha256());
  }

  /** Size for people, e.g. "1.2 MB". */
  public String displaySize() {
    if (size < 1024) {
      return size + " B";
    }
    if (size < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", size / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
  }
}
