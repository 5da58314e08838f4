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

/**
 * Queues the emails about an account (links to confirm an address, reset a password, accept an
 * invite) in the transaction that decided them, in the workspace's look; the mailer sends them like
 * every other email. They go whatever the member's notification preferences say. A link's one-time
 * token stays out of the stored bodies: the mailer puts it in as it sends, then forgets it.
 */
@ApplicationScoped
public class AccountMails {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Tenants tenants;
  @Inject Clock clock;
  @Inject EmailTemplate template;

  void queue(@Observes AccountMail mail) {
    var workspace = tenants.get(mail.tenantId());
    String link =
        template.base()
            + "/t/"
            + workspace.slug()
            + "/"
            + mail.path()
            + (mail.token() == null ? "" : "?token=" + EmailMessage.SECRET);
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
    String html = template.html(workspace, mail.name(), mail.text(), link, mail.action(), null);
    em.persist(
        new EmailMessage(
                mail.tenantId(),
                mail.memberId(),
                UUID.randomUUID().toString(),
                mail.to(),
                new RenderedEmail("[" + workspace.name() + "] " + mail.subject(), text, html),
                clock.instant())
            .withLinkSecret(mail.token()));
  }
}
