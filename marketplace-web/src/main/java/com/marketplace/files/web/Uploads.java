package com.marketplace.files.web;

import com.marketplace.files.entity.FileUpload;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Uploaded form parts as the boundaries take them; an empty file input yields no upload. */
public final class Uploads {

  private Uploads() {}

  public static List<FileUpload> of(Collection<Part> parts) {
    if (parts == null) {
      return List.of();
    }
    return parts.stream()
        .filter(Objects::nonNull)
        .filter(p -> p.getSubmittedFileName() != null && !p.getSubmittedFileName().isBlank())
        .map(p -> new FileUpload(p.getSubmittedFileName(), p.getSize(), p::getInputStream))
        .toList();
  }
}
