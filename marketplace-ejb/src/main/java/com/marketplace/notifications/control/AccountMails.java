package com.marketplace.notifications.control;

import com.marketplace.identity.entity.AccountMail;
import com.marketplace.notifications.entity.EmailMessage;
import com.marketplace.notifications.entity.RenderedEmail;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues the emails about an account (links to confirm an address, reset a password, accept an
 * invite) in the transaction that decided them, in the workspace's look; the mailer sends them like
 * every other email. They go whatever the member's notification preferences say.
 */
@ApplicationScoped
public class AccountMails {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Tenants tenants;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "marketplace.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  void queue(@Observes AccountMail mail) {
    var workspace = tenants.get(mail.tenantId());
    String link = publicUrl.replaceAll("/+$", "") + "/t/" + workspace.slug() + "/" + mail.path();
    String text =
        "Hello "
            + mail.name()
            + ",\n\n"
            + mail.text()
            + "\n\n"
            + mail.action()
            + ": "
            + link
            + "\n\n— "
            + workspace.name()
            + "\n";
    String colour = workspace.primaryColour();
    String html =
        "<!DOCTYPE html><html><body style=\"margin:0;font-family:Arial,sans-serif;color:#1f2933\">"
            + "<div style=\"background:"
            + colour
            + ";color:#fff;padding:16px 24px;font-size:18px;font-weight:bold\">"
            + EmailTemplate.escape(workspace.name())
            + "</div><div style=\"padding:24px\"><p>Hello "
            + EmailTemplate.escape(mail.name())
            + ",</p><p>"
            + EmailTemplate.escape(mail.text())
            + "</p><p><a href=\""
            + EmailTemplate.escape(link)
            + "\" style=\"display:inline-block;background:"
            + colour
            + ";color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none\">"
            + EmailTemplate.escape(mail.action())
            + "</a></p></div></body></html>";
    em.persist(
        new EmailMessage(
            mail.tenantId(),
            mail.memberId(),
            UUID.randomUUID().toString(),
            mail.to(),
            new RenderedEmail("[" + workspace.name() + "] " + mail.subject(), text, html),
            clock.instant()));
  }
}
