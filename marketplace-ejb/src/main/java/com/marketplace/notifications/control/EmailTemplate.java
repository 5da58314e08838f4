package com.marketplace.notifications.control;

import com.marketplace.notifications.entity.Notice;
import com.marketplace.notifications.entity.RenderedEmail;
import com.marketplace.tenancy.entity.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification email in the workspace's look: its logo, name and colour as the heading, the
 * notice, and a button to the page it concerns; the same in plain text.
 */
@ApplicationScoped
public class EmailTemplate {

  @Inject
  @ConfigProperty(name = "marketplace.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public RenderedEmail render(TenantView workspace, String recipientName, Notice notice) {
    String signIn = base() + "/t/" + workspace.slug();
    // someone without an account has no page of their own: the link leads to the workspace's
    String link = notice.path() == null ? signIn : base() + notice.path();
    String subject = "[" + workspace.name() + "] " + notice.type().label();
    String text =
        "Hello "
            + recipientName
            + ",\n\n"
            + notice.text()
            + "\n\nOpen it: "
            + link
            + "\n(Sign in at "
            + signIn
            + " if asked.)\n\n— "
            + workspace.name()
            + "\nYou can choose which emails you get under Notifications → Preferences.\n";
    String html =
        html(
            workspace,
            recipientName,
            notice.text(),
            link,
            "Open in " + workspace.name(),
            "You can choose which emails you get under Notifications → Preferences.");
    return new RenderedEmail(subject, text, html);
  }

  /**
   * An email's HTML in the workspace's look: its logo (when it has one) and name on its colour, the
   * greeting, the text, a button to {@code link} and, if given, a small footer.
   */
  String html(
      TenantView workspace,
      String recipientName,
      String text,
      String link,
      String button,
      String footer) {
    String colour = workspace.primaryColour();
    String logo =
        workspace.hasLogo()
            ? "<img src=\""
                + escape(base() + "/t/" + workspace.slug() + "/logo")
                + "\" alt=\"\" height=\"32\" style=\"vertical-align:middle;margin-right:12px;"
                + "background:#fff;border-radius:4px\">"
            : "";
    return "<!DOCTYPE html><html><body style=\"margin:0;font-family:Arial,sans-serif;color:#1f2933\">"
        + "<div style=\"background:"
        + colour
        + ";color:#fff;padding:16px 24px;font-size:18px;font-weight:bold\">"
        + logo
        + escape(workspace.name())
        + "</div><div style=\"padding:24px\"><p>Hello "
        + escape(recipientName)
        + ",</p><p>"
        + escape(text)
        + "</p><p><a href=\""
        + escape(link)
        + "\" style=\"display:inline-block;background:"
        + colour
        + ";color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none\">"
        + escape(button)
        + "</a></p>"
        + (footer == null
            ? ""
            : "<p style=\"color:#616e7c;font-size:12px\">" + escape(footer) + "</p>")
        + "</div></body></html>";
  }

  /** The public address the links of an email start with. */
  String base() {
    return publicUrl.replaceAll("/+$", "");
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
