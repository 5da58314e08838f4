package com.marketplace.portal.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTextTest {

  @Test
  void markdownBecomesFormattedHtml() {
    String html = HelpText.html("# Payments\n\n**Bank** transfer or [card](https://pay.example).");
    assertThat(html).contains("<h1>Payments</h1>").contains("<strong>Bank</strong>");
    assertThat(html).contains("href=\"https://pay.example\"").contains("nofollow");
  }

  @Test
  void noScriptEventHandlerOrJavascriptLinkSurvives() {
    String html =
        HelpText.html(
            "<script>alert(1)</script>\n\n"
                + "<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3))\n\n"
                + "<a href=\"javascript:alert(4)\" onclick=\"alert(5)\">x</a>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "<div style=\"background:url(javascript:alert(6))\">styled</div>");
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("onerror=")
        .doesNotContain("onclick=")
        .doesNotContain("href=\"javascript")
        .doesNotContain("<iframe")
        .doesNotContain("style=");
  }

  @Test
  void nothingWrittenIsNothingShown() {
    assertThat(HelpText.html(null)).isEmpty();
    assertThat(HelpText.html("  ")).isEmpty();
  }
}
