package com.marketplace.files.entity;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as it arrives from a browser or API client: the name it was given, the size it claims and
 * its content. Neither the name nor any media type the client sent is trusted.
 */
public record FileUpload(String name, long size, Content content) {

  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  public static FileUpload of(String name, byte[] bytes) {
    return new FileUpload(name, bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
  }
}
