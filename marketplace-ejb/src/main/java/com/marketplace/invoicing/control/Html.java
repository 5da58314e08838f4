package com.marketplace.invoicing.control;

/**
 * XHTML written piece by piece. Every text that comes from the document goes through {@link #text},
 * so a name or note can never add markup; the markup itself is written with {@link #raw}.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(8192);

  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Escaped text; null writes nothing. */
  Html text(String text) {
    if (text != null) {
      out.append(escape(text));
    }
    return this;
  }

  /** Escaped text whose line breaks stay line breaks (addresses, notes). */
  Html lines(String text) {
    if (text != null) {
      String[] lines = text.strip().split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.append("<br/>");
        }
        out.append(escape(lines[i]));
      }
    }
    return this;
  }

  /** An element holding escaped text: {@code element("td class=\"num\"", "12 €")}. */
  Html element(String openTag, String text) {
    String name = openTag.split(" ", 2)[0];
    return raw("<" + openTag + ">").text(text).raw("</" + name + ">");
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            s.append(c).append(text.charAt(++i));
          } else if (isXmlChar(c)) {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  /** XML 1.0 has no place for other control characters or lone surrogates: they are dropped. */
  static boolean isXmlChar(char c) {
    return (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c == '\t'
        || c == '\n'
        || c == '\r';
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
