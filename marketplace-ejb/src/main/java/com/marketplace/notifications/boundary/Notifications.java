package com.marketplace.notifications.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.identity.control.Caller;
import com.marketplace.notifications.entity.Notification;
import com.marketplace.notifications.entity.NotificationView;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A member's own notifications; nobody reads or marks anyone else's. */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
public class Notifications {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Clock clock;

  public List<NotificationView> latest(int first, int max) {
    return em.createNamedQuery(Notification.INBOX, Notification.class)
        .setParameter("recipient", caller.ref().memberId())
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 100))
        .getResultStream()
        .map(NotificationView::of)
        .toList();
  }

  public long unread() {
    return em.createNamedQuery(Notification.UNREAD, Long.class)
        .setParameter("recipient", caller.ref().memberId())
        .getSingleResult();
  }

  public void markRead(long notificationId) {
    long me = caller.ref().memberId();
    Optional.ofNullable(em.find(Notification.class, notificationId))
        .filter(n -> n.isFor(me))
        .orElseThrow(() -> new NotFoundException("No such notification."))
        .markRead(clock.instant());
  }

  public int markAllRead() {
    return em.createNamedQuery(Notification.MARK_ALL_READ)
        .setParameter("recipient", caller.ref().memberId())
        .setParameter("now", clock.instant())
        .executeUpdate();
  }
}
