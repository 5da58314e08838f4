package com.marketplace.invoicing.control;

import java.nio.charset.StandardCharsets;

/**
 * Indented XML written by hand, element by element, so the same input always gives the same bytes
 * whatever XML library the server happens to carry. Text and attribute values are escaped.
 */
final class XmlOut {

  private final StringBuilder out = new StringBuilder(16 * 1024);
  private int depth;

  XmlOut() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Opens an element; attributes come as name, value pairs. */
  XmlOut open(String name, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    out.append(">\n");
    depth++;
    return this;
  }

  XmlOut close(String name) {
    depth--;
    indent().append("</").append(name).append(">\n");
    return this;
  }

  /** An element holding only text; attributes come as name, value pairs. */
  XmlOut leaf(String name, String text, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    out.append('>').append(text == null ? "" : Html.escape(text));
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** The same, but nothing at all when the text is null or blank. */
  XmlOut leafIfAny(String name, String text) {
    return text == null || text.isBlank() ? this : leaf(name, text.strip());
  }

  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void attributes(String[] attributes) {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(Html.escape(attributes[i + 1]))
          .append('"');
    }
  }

  private StringBuilder indent() {
    return out.append("  ".repeat(depth));
  }
}
