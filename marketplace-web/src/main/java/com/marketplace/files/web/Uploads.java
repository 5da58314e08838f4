package com.marketplace.files.web;

import com.marketplace.files.entity.FileUpload;
import com.marketplace.platform.InvalidInputException;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Uploaded form or API parts as the boundaries take them; an empty file input yields no upload. */
public final class Uploads {

  private Uploads() {}

  /** A multipart API request: one text field and the files sent with it. */
  public record TextWithFiles(String text, List<FileUpload> files) {}

  /**
   * A multipart API request: the text field, of at most {@code maxChars} characters (longer is
   * refused, naming the field, without reading more of it than that), and the files.
   */
  public static TextWithFiles of(List<EntityPart> parts, String textField, int maxChars)
      throws IOException {
    String text = null;
    List<FileUpload> files = new ArrayList<>();
    for (EntityPart part : parts) {
      if (part.getFileName().isPresent()) {
        var content = part.getContent();
        files.add(new FileUpload(part.getFileName().get(), -1, () -> content));
      } else if (textField.equals(part.getName())) {
        text = text(part, textField, maxChars);
      }
    }
    return new TextWithFiles(text, files);
  }

  private static String text(EntityPart part, String field, int maxChars) throws IOException {
    // a character takes at most four bytes in UTF-8 (two UTF-16 units, counted as two)
    long maxBytes = 4L * maxChars;
    byte[] bytes;
    try (InputStream in = part.getContent()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    String charset = part.getMediaType().getParameters().get("charset");
    String text =
        new String(
            bytes,
            charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset));
    if (bytes.length > maxBytes || text.strip().length() > maxChars) {
      throw new InvalidInputException(field + ": may have at most " + maxChars + " characters.");
    }
    return text;
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
