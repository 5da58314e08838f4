package com.marketplace.identity.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.MemberRegistered;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.Persistence;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Adds a member to the tenant the persistence context is scoped to and announces it. Joins the
 * calling boundary's transaction: self-registration and business sign-up both enrol through here.
 */
@Dependent
public class Enrolment {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Passwords passwords;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;

  public MemberView enrol(
      long tenantId, String displayName, String email, String password, Role role) {
    String normalised = Member.normaliseEmail(email);
    boolean taken =
        !em.createNamedQuery(Member.BY_EMAIL, Member.class)
            .setParameter("email", normalised)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw alreadyRegistered();
    }
    var member =
        new Member(normalised, displayName, passwords.hashNew(password), role, clock.instant());
    if (!Persistence.persistUnique(em, member)) {
      throw alreadyRegistered();
    }
    events.fire(
        new MemberRegistered(
            DomainEvent.header(tenantId, clock.instant()),
            member.getId(),
            role,
            member.getDisplayName()));
    return MemberView.of(tenantId, member);
  }

  private static ConflictException alreadyRegistered() {
    return new ConflictException("An account with this email already exists in this workspace.");
  }
}
