package com.marketplace.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.notifications.entity.Notice;
import com.marketplace.notifications.entity.NoticeType;
import com.marketplace.tenancy.entity.TenantView;
import org.junit.jupiter.api.Test;

class EmailTemplateTest {

  final EmailTemplate template = new EmailTemplate();

  {
    template.publicUrl = "https://market.example/";
  }

  final TenantView acme = new TenantView(1, "acme", "Acme & Co", "EUR", 1000, "#aa3300", false);

  @Test
  void theEmailCarriesTheWorkspacesNameColourAndALinkToThePage() {
    var email =
        template.render(
            acme,
            "Fay",
            new Notice(
                7, NoticeType.Hired, "Clara hired you for “Logo”.", "/app/contract.xhtml?id=3"));
    assertThat(email.subject()).isEqualTo("[Acme & Co] I am hired");
    assertThat(email.text())
        .contains("Hello Fay", "Clara hired you for “Logo”.")
        .contains("https://market.example/app/contract.xhtml?id=3")
        .contains("https://market.example/t/acme");
    assertThat(email.html())
        .contains(
            "background:#aa3300",
            "Acme &amp; Co",
            "href=\"https://market.example/app/contract.xhtml?id=3\"");
  }

  @Test
  void aWorkspaceWithALogoShowsItInTheHeadingOfEveryEmail() {
    var branded = new TenantView(1, "acme", "Acme & Co", "EUR", 1000, "#aa3300", true);
    String logo = "<img src=\"https://market.example/t/acme/logo\"";
    assertThat(
            template
                .render(branded, "Fay", new Notice(7, NoticeType.Hired, "Hired.", "/app"))
                .html())
        .contains(logo);
    assertThat(template.html(branded, "Dora", "Set your password.", "https://x/y", "Set it", null))
        .contains(logo, "background:#aa3300", "Set it")
        .doesNotContain("Preferences");
    assertThat(
            template.render(acme, "Fay", new Notice(7, NoticeType.Hired, "Hired.", "/app")).html())
        .doesNotContain("<img");
  }

  @Test
  void whatMembersWroteCannotBecomeMarkup() {
    var email =
        template.render(
            acme,
            "<b>Eve</b>",
            new Notice(
                7, NoticeType.MessagePosted, "Eve wrote: “<script>alert(1)</script>”", "/app"));
    assertThat(email.html())
        .doesNotContain("<script>", "<b>Eve")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Eve&lt;/b&gt;");
  }
}
