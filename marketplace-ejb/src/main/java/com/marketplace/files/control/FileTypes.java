package com.marketplace.files.control;

import com.marketplace.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file is, and a name that says the same. The type comes from the content (Apache
 * Tika); the name may only narrow it to a kind of that content (a zip named {@code .jar} is a Java
 * archive, a text named {@code .sh} a shell script), never widen or change it. A file is then kept
 * and served only under a name whose extension is one Tika's registry gives its type: a browser or
 * desktop opens a download by its extension, so a name that disagrees with the checked content (a
 * PowerShell script as {@code install.ps1} that is "just text") would run what was never accepted.
 */
public final class FileTypes {

  private static final Tika TIKA = new Tika();
  private static final MimeTypes REGISTRY = MimeTypes.getDefaultMimeTypes();

  private FileTypes() {}

  /** The type of the content, narrowed by the name where the content allows it. */
  public static String detect(InputStream content, String name) throws IOException {
    return TIKA.detect(content, name);
  }

  /** The extensions Tika's registry knows for a type, lower case, the preferred one first. */
  public static List<String> extensions(String type) {
    try {
      return REGISTRY.forName(type).getExtensions().stream()
          .map(e -> e.toLowerCase(Locale.ROOT))
          .distinct()
          .toList();
    } catch (MimeTypeException e) {
      return List.of();
    }
  }

  /**
   * The name to keep a file of this type under: the name itself if its extension is one of the
   * type's, the name with the type's extension added if it has none; refused if it has another.
   */
  public static String agreeingName(String name, String type, Collection<String> accepted) {
    if (agrees(name, type)) {
      return name;
    }
    String extension = extension(name);
    if (!extension.isEmpty()) {
      List<String> expected = extensions(type);
      throw new InvalidInputException(
          "“"
              + name
              + "” is named as a "
              + extension
              + " file, but its content is "
              + type
              + (expected.isEmpty() ? "" : ": name it " + expected.get(0) + " to upload it")
              + ". Accepted: "
              + describe(accepted)
              + ".");
    }
    return withExtension(name, type);
  }

  /**
   * The name to serve a stored file under: as kept, or with its type's extension added when it
   * disagrees with the type (files kept before names had to agree).
   */
  public static String servedName(String name, String type) {
    return agrees(name, type) ? name : withExtension(name, type);
  }

  /** The accepted types for people, each with its usual extension: "application/pdf (.pdf)". */
  public static String describe(Collection<String> types) {
    return types.stream()
        .map(
            t -> {
              List<String> extensions = extensions(t);
              return extensions.isEmpty() ? t : t + " (" + extensions.get(0) + ")";
            })
        .collect(Collectors.joining(", "));
  }

  private static boolean agrees(String name, String type) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> extensions = extensions(type);
    if (extensions.isEmpty()) {
      return extension(name).isEmpty();
    }
    return extensions.stream().anyMatch(e -> lower.endsWith(e) && lower.length() > e.length());
  }

  /** ".ps1" for "install.ps1", "" for "README", ".bashrc" or "notes.". */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && dot < name.length() - 1 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
  }

  private static String withExtension(String name, String type) {
    List<String> extensions = extensions(type);
    if (extensions.isEmpty()) {
      return name;
    }
    String extension = extensions.get(0);
    String base =
        name.length() + extension.length() > 255
            ? name.substring(0, 255 - extension.length())
            : name;
    return base + extension;
  }
}
