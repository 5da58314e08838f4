package com.marketplace.notifications.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.identity.control.Caller;
import com.marketplace.notifications.entity.Channel;
import com.marketplace.notifications.entity.NoticeType;
import com.marketplace.notifications.entity.NotificationPreference;
import com.marketplace.notifications.entity.PreferenceView;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/** A member's own choice of what to hear about, and where; nobody sets anyone else's. */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
public class Preferences {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;

  /** Every event type with the caller's choice for each channel (on unless turned off). */
  public List<PreferenceView> mine() {
    List<NotificationPreference> saved = saved();
    return Arrays.stream(NoticeType.values())
        .map(
            t ->
                new PreferenceView(
                    t,
                    t.label(),
                    enabled(saved, t, Channel.IN_APP),
                    enabled(saved, t, Channel.EMAIL)))
        .toList();
  }

  public List<PreferenceView> set(NoticeType type, Channel channel, boolean enabled) {
    List<NotificationPreference> saved = saved();
    saved.stream()
        .filter(p -> p.concerns(type.name(), channel))
        .findFirst()
        .ifPresentOrElse(
            p -> p.setEnabled(enabled),
            () ->
                em.persist(
                    new NotificationPreference(caller.ref().memberId(), type, channel, enabled)));
    em.flush();
    return mine();
  }

  private List<NotificationPreference> saved() {
    return em.createNamedQuery(NotificationPreference.OF_MEMBER, NotificationPreference.class)
        .setParameter("member", caller.ref().memberId())
        .getResultList();
  }

  private static boolean enabled(List<NotificationPreference> saved, NoticeType t, Channel c) {
    return saved.stream()
        .filter(p -> p.concerns(t.name(), c))
        .findFirst()
        .map(NotificationPreference::isEnabled)
        .orElse(true);
  }
}
