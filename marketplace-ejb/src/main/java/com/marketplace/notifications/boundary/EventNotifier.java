package com.marketplace.notifications.boundary;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberStatus;
import com.marketplace.identity.entity.Role;
import com.marketplace.notifications.entity.Notification;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Turns domain events into in-app notifications for the right people of the event's tenant. Called
 * by {@link DomainEventConsumer} only; idempotent per (recipient, event).
 */
@Stateless
@PermitAll
public class EventNotifier {

  private static final Logger LOG = Logger.getLogger(EventNotifier.class.getName());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Tenants tenants;
  @Inject Clock clock;

  public void on(DomainEvent event) {
    switch (event.type()) {
      case DomainEvent.MEMBER_REGISTERED -> memberRegistered(event);
      default -> LOG.fine(() -> "No notification for " + event.type());
    }
  }

  private void memberRegistered(DomainEvent event) {
    long memberId = event.getLong("memberId");
    String name = event.get("displayName");
    Role role = Role.valueOf(event.get("role"));
    String workspace = tenants.get(event.tenantId()).name();
    notify(memberId, event, "Welcome to " + workspace + ", " + name + "!");
    if (role != Role.OWNER) {
      String joined =
          name + " joined " + workspace + " as a " + role.name().toLowerCase(Locale.ROOT);
      em.createNamedQuery(Member.BY_ROLE, Member.class)
          .setParameter("role", Role.OWNER)
          .setParameter("status", MemberStatus.ACTIVE)
          .getResultList()
          .forEach(owner -> notify(owner.getId(), event, joined + "."));
    }
  }

  private void notify(long recipientId, DomainEvent event, String message) {
    long already =
        em.createNamedQuery(Notification.FOR_EVENT, Long.class)
            .setParameter("recipient", recipientId)
            .setParameter("eventId", event.eventId())
            .getSingleResult();
    if (already == 0) {
      em.persist(
          new Notification(recipientId, event.eventId(), event.type(), message, clock.instant()));
    }
  }
}
