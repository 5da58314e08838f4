package com.marketplace.identity.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.MemberRegistered;
import com.marketplace.identity.entity.LinkPurpose;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.ConflictException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Adds a member to the tenant the persistence context is scoped to and announces it. Joins the
 * calling boundary's transaction: self-registration and business sign-up both enrol through here.
 * Every input is checked and the password hashed before the email is looked up, so a taken email
 * fails the same checks and costs the same time as a free one.
 */
@Dependent
public class Enrolment {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Passwords passwords;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;
  @Inject Links links;
  @Inject LinkThrottle throttle;

  /**
   * The new member; refused if the email is taken in this workspace. {@code vouched}: the
   * application itself vouches for the address (its own seeding), so it counts as confirmed;
   * otherwise a link to confirm it is emailed.
   */
  public MemberView enrol(
      long tenantId,
      String displayName,
      String email,
      String password,
      Role role,
      boolean vouched) {
    return enrol(tenantId, displayName, email, password, role, vouched, false)
        .orElseThrow(
            () ->
                new ConflictException(
                    "An account with this email already exists in this workspace."));
  }

  /**
   * A portal account for an email nobody in the workspace has yet, made without a usable password
   * (the holder sets one later); empty if the email is taken. Announces nothing: the account is
   * made by the workspace, not by someone joining.
   */
  public Optional<MemberView> enrolWithoutPassword(
      long tenantId, String displayName, String email, Role role) {
    String normalised = Member.normaliseEmail(email);
    boolean taken =
        !em.createNamedQuery(Member.BY_EMAIL, Member.class)
            .setParameter("email", normalised)
            .getResultList()
            .isEmpty();
    if (taken) {
      return Optional.empty();
    }
    var member =
        new Member(
            normalised,
            displayName == null || displayName.isBlank() ? normalised : displayName,
            Passwords.UNUSABLE,
            role,
            clock.instant());
    em.persist(member);
    em.flush();
    return Optional.of(MemberView.of(tenantId, member));
  }

  /**
   * The new member, or empty if the email is taken in this workspace. Two registrations of one
   * email at once: the second loses the race on the unique key, and run again (as boundaries do)
   * finds it taken.
   */
  public Optional<MemberView> enrolUnlessTaken(
      long tenantId, String displayName, String email, String password, Role role) {
    return enrol(tenantId, displayName, email, password, role, false, true);
  }

  /**
   * {@code warn}: the holder of a taken address is emailed that someone tried to register with it
   * (at most a few times in a while), where a new member would be emailed their confirmation link.
   */
  private Optional<MemberView> enrol(
      long tenantId,
      String displayName,
      String email,
      String password,
      Role role,
      boolean vouched,
      boolean warn) {
    String normalised = Member.normaliseEmail(email);
    var member =
        new Member(
            normalised,
            displayName,
            passwords.hashNew(password, normalised),
            role,
            clock.instant());
    Optional<Member> holder =
        em.createNamedQuery(Member.BY_EMAIL, Member.class)
            .setParameter("email", normalised)
            .getResultStream()
            .findFirst();
    if (holder.isPresent()) {
      if (warn && throttle.mayEmail(tenantId, "taken", normalised)) {
        links.warnTaken(tenantId, holder.get());
      }
      return Optional.empty();
    }
    if (vouched) {
      member.verifyEmail(clock.instant());
    }
    em.persist(member);
    em.flush();
    if (!vouched) {
      links.issue(tenantId, member, LinkPurpose.VERIFY, null);
    }
    events.fire(
        new MemberRegistered(
            DomainEvent.header(tenantId, clock.instant()),
            member.getId(),
            role,
            member.getDisplayName()));
    return Optional.of(MemberView.of(tenantId, member));
  }
}
