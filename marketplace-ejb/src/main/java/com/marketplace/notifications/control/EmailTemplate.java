package com.marketplace.notifications.control;

import com.marketplace.notifications.entity.Notice;
import com.marketplace.notifications.entity.RenderedEmail;
import com.marketplace.tenancy.entity.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification email in the workspace's colours: the workspace name as sender name and heading,
 * the notice, and a button to the page it concerns; the same in plain text.
 */
@ApplicationScoped
public class EmailTemplate {

  @Inject
  @ConfigProperty(name = "marketplace.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public RenderedEmail render(TenantView workspace, String recipientName, Notice notice) {
    String signIn = publicUrl.replaceAll("/+$", "") + "/t/" + workspace.slug();
    // someone without an account has no page of their own: the link leads to the workspace's
    String link = notice.path() == null ? signIn : publicUrl.replaceAll("/+$", "") + notice.path();
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
    String colour = workspace.primaryColour();
    String html =
        "<!DOCTYPE html><html><body style=\"margin:0;font-family:Arial,sans-serif;color:#1f2933\">"
            + "<div style=\"background:"
            + colour
            + ";color:#fff;padding:16px 24px;font-size:18px;font-weight:bold\">"
            + escape(workspace.name())
            + "</div><div style=\"padding:24px\"><p>Hello "
            + escape(recipientName)
            + ",</p><p>"
            + escape(notice.text())
            + "</p><p><a href=\""
            + escape(link)
            + "\" style=\"display:inline-block;background:"
            + colour
            + ";color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none\">Open in "
            + escape(workspace.name())
            + "</a></p><p style=\"color:#616e7c;font-size:12px\">You can choose which emails you"
            + " get under Notifications → Preferences.</p></div></body></html>";
    return new RenderedEmail(subject, text, html);
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
