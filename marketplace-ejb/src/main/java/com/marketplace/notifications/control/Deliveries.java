package com.marketplace.notifications.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.identity.entity.Member;
import com.marketplace.notifications.entity.Channel;
import com.marketplace.notifications.entity.EmailAttachment;
import com.marketplace.notifications.entity.EmailMessage;
import com.marketplace.notifications.entity.Notice;
import com.marketplace.notifications.entity.Notification;
import com.marketplace.notifications.entity.NotificationPreference;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Delivers a notice on the channels its recipient wants: an in-app notification and an email queued
 * for the mailer, each at most once per recipient and event (checked here, and by unique keys
 * should two deliveries of one event race).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Deliveries {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Tenants tenants;
  @Inject EmailTemplate template;
  @Inject Event<NotificationPosted> posted;
  @Inject Clock clock;

  public void deliver(DomainEvent event, Notice notice) {
    if (notice.outsider() != null) {
      deliverToOutsider(event, notice);
      return;
    }
    Member recipient = em.find(Member.class, notice.recipientId());
    if (recipient == null || !recipient.isActive()) {
      return;
    }
    List<NotificationPreference> preferences =
        em.createNamedQuery(NotificationPreference.OF_MEMBER, NotificationPreference.class)
            .setParameter("member", recipient.getId())
            .getResultList();
    String type = notice.type().name();
    if (wants(preferences, type, Channel.IN_APP) && !notified(recipient, event)) {
      em.persist(
          new Notification(
              recipient.getId(), event.eventId(), type, notice.text(), clock.instant()));
      posted.fire(new NotificationPosted(recipient.getId()));
    }
    if (wants(preferences, type, Channel.EMAIL) && !emailed(recipient, event)) {
      var workspace = tenants.get(event.tenantId());
      queue(
          new EmailMessage(
              event.tenantId(),
              recipient.getId(),
              event.eventId(),
              recipient.getEmail(),
              template.render(workspace, recipient.getDisplayName(), notice),
              clock.instant()),
          notice.attachments());
    }
  }

  /**
   * Emails someone without an account (an invoice's CRM client), once per address and event; the
   * link leads to the workspace's own page, where they are known by nobody yet.
   */
  private void deliverToOutsider(DomainEvent event, Notice notice) {
    var to = notice.outsider();
    boolean sent =
        em.createNamedQuery(EmailMessage.TO_ADDRESS_FOR_EVENT, Long.class)
                .setParameter("tenant", event.tenantId())
                .setParameter("to", to.email())
                .setParameter("eventId", event.eventId())
                .getSingleResult()
            > 0;
    if (sent) {
      return;
    }
    queue(
        new EmailMessage(
            event.tenantId(),
            null,
            event.eventId(),
            to.email(),
            template.render(tenants.get(event.tenantId()), to.name(), notice),
            clock.instant()),
        notice.attachments());
  }

  private void queue(EmailMessage email, List<Notice.Attachment> attachments) {
    em.persist(email);
    if (!attachments.isEmpty()) {
      em.flush(); // the email's id for its files
      attachments.forEach(file -> em.persist(new EmailAttachment(email.getId(), file)));
    }
  }

  private static boolean wants(
      List<NotificationPreference> preferences, String type, Channel channel) {
    return preferences.stream()
        .filter(p -> p.concerns(type, channel))
        .findFirst()
        .map(NotificationPreference::isEnabled)
        .orElse(true);
  }

  private boolean notified(Member recipient, DomainEvent event) {
    return em.createNamedQuery(Notification.FOR_EVENT, Long.class)
            .setParameter("recipient", recipient.getId())
            .setParameter("eventId", event.eventId())
            .getSingleResult()
        > 0;
  }

  private boolean emailed(Member recipient, DomainEvent event) {
    return em.createNamedQuery(EmailMessage.FOR_EVENT, Long.class)
            .setParameter("tenant", event.tenantId())
            .setParameter("recipient", recipient.getId())
            .setParameter("eventId", event.eventId())
            .getSingleResult()
        > 0;
  }
}
