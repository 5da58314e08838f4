package com.marketplace.portal.control;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The owner's Markdown as HTML that is safe to show customers: commonmark renders it (raw HTML in
 * it escaped, not passed on), then the OWASP sanitizer keeps only formatting, lists, tables, images
 * and links to http(s) and mailto — no script, no event handler, no style, no {@code javascript:}
 * link — whatever the Markdown or a rendering quirk produced.
 */
public final class HelpText {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a", "pre", "code", "hr", "br", "ul", "ol", "li", "dl", "dt", "dd")
                  .allowUrlProtocols("https", "http", "mailto")
                  .allowAttributes("href")
                  .onElements("a")
                  .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                  .toFactory());

  private HelpText() {}

  public static String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }
}
