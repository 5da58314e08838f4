package com.marketplace.files.web;

import com.marketplace.files.entity.FileUpload;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Uploaded form or API parts as the boundaries take them; an empty file input yields no upload. */
public final class Uploads {

  private Uploads() {}

  /** A multipart API request: one text field and the files sent with it. */
  public record TextWithFiles(String text, List<FileUpload> files) {}

  public static TextWithFiles of(List<EntityPart> parts, String textField) throws IOException {
    String text = null;
    List<FileUpload> files = new ArrayList<>();
    for (EntityPart part : parts) {
      if (part.getFileName().isPresent()) {
        var content = part.getContent();
        files.add(new FileUpload(part.getFileName().get(), -1, () -> content));
      } else if (textField.equals(part.getName())) {
        text = part.getContent(String.class);
      }
    }
    return new TextWithFiles(text, files);
  }

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
