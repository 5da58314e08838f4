package com.marketplace.identity.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.control.RequestOrigin;
import com.marketplace.audit.entity.Actor;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.PortalInvited;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Directory;
import com.marketplace.identity.control.LinkThrottle;
import com.marketplace.identity.control.Links;
import com.marketplace.identity.control.Passwords;
import com.marketplace.identity.control.ResetLinks;
import com.marketplace.identity.entity.AccountToken;
import com.marketplace.identity.entity.LinkPurpose;
import com.marketplace.identity.entity.LinkRefusedException;
import com.marketplace.identity.entity.LinkSecret;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.TooManyRequestsException;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time account links (T6): confirming an email address, resetting a forgotten password and
 * accepting an invite, each by a random secret emailed to the address and kept only as its hash;
 * and changing one's password. Requests that name an email address answer the same whether or not
 * it has an account here, and are rate limited per address and per email ({@link LinkThrottle}).
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class AccountLinks {

  /** The answer to every password reset request, whether the email has an account or not. */
  public static final String RESET_REQUESTED =
      "If an account with this email exists here, we have sent it a link to choose a new password."
          + " The link works once, for one hour.";

  /** The answer to every request for a new link in place of a used or expired one. */
  public static final String LINK_RENEWED =
      "If the link was ours, a new one is on its way to the address it was sent to.";

  public static final String VERIFICATION_SENT =
      "We have sent you a new link to confirm your email address. It works once, for 72 hours.";

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject TenantContext tenant;
  @Inject Caller caller;
  @Inject Passwords passwords;
  @Inject Links links;
  @Inject LinkThrottle throttle;
  @Inject Directory directory;
  @Inject Event<DomainEvent> events;
  @Inject Event<ResetLinks.Asked> resetsAsked;
  @Inject AuditTrail audit;
  @Inject RequestOrigin origin;
  @Inject Clock clock;

  /**
   * Emails an invite to set a password to a member who has none yet (a portal account); the link
   * leads to {@code /t/{slug}/welcome}. Sending it again voids the previous one.
   */
  @RolesAllowed({OWNER, FREELANCER})
  public void invite(long memberId) {
    invite(memberId, caller.ref().memberId());
  }

  /** As {@link #invite(long)}, naming who invites (in the invite's words and its event). */
  @RolesAllowed({OWNER, FREELANCER})
  public void invite(long memberId, long invitedBy) {
    long tenantId = caller.tenantId();
    Member member =
        Optional.ofNullable(em.find(Member.class, memberId))
            .orElseThrow(() -> new NotFoundException("No such member."));
    if (member.hasPassword()) {
      throw new InvalidInputException(
          member.getDisplayName() + " has set a password already and can sign in.");
    }
    if (!throttle.mayEmail(tenantId, "invite", member.getEmail())) {
      throw new TooManyRequestsException(
          "Several invites went to this address just now; try again later.",
          Duration.ofMinutes(15));
    }
    links.issue(tenantId, member, LinkPurpose.INVITE, directory.name(invitedBy));
    audit.record(AuditAction.INVITE_SENT, "Member", member.getId());
    events.fire(
        new PortalInvited(
            DomainEvent.header(tenantId, clock.instant()), member.getId(), invitedBy));
  }

  /**
   * Sends a link to choose a new password, if the email has an active account here; the answer, and
   * the work done before it, are the same either way: whether there is an account is only looked at
   * after the answer ({@link ResetLinks}).
   */
  public String requestReset(String email, String address) {
    long tenantId = workspace();
    throttle.fromAddress(tenantId, address);
    String folded = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    resetsAsked.fire(
        new ResetLinks.Asked(
            tenantId,
            folded,
            origin.isPresent(),
            origin.address(),
            origin.userAgent(),
            origin.isApi()));
    return RESET_REQUESTED;
  }

  /**
   * Whether a link can be used, for the page it opens before asking anything: empty if it can,
   * otherwise why not. Reading changes nothing.
   */
  public Optional<String> problemWith(String token, LinkPurpose purpose) {
    workspace();
    try {
      AccountToken t = find(token, purpose);
      var state = t.stateAt(clock.instant());
      return state == AccountToken.State.USABLE
          ? Optional.empty()
          : Optional.of(refusal(t, state).getMessage());
    } catch (LinkRefusedException refused) {
      return Optional.of(refused.getMessage());
    }
  }

  /** Confirms the email address the link was sent to. */
  public MemberView verifyEmail(String token) {
    long tenantId = workspace();
    Member member = redeem(token, LinkPurpose.VERIFY);
    member.verifyEmail(clock.instant());
    recordBy(tenantId, member, AuditAction.EMAIL_VERIFIED, null);
    return MemberView.of(tenantId, member);
  }

  /**
   * Sets a new password with a reset link: every session and remembered sign-in of the member ends
   * and nobody is signed in; the link proves the address, so it counts as confirmed too.
   */
  public MemberView resetPassword(String token, String newPassword) {
    long tenantId = workspace();
    Member member = redeem(token, LinkPurpose.RESET);
    member.setNewPassword(passwords.hashNew(newPassword, member.getEmail()));
    member.verifyEmail(clock.instant());
    forgetRemembered(tenantId, member);
    recordBy(tenantId, member, AuditAction.PASSWORD_RESET, null);
    return MemberView.of(tenantId, member);
  }

  /** Sets the first password of an invited account, which also confirms its address. */
  public MemberView acceptInvite(String token, String password) {
    long tenantId = workspace();
    Member member = redeem(token, LinkPurpose.INVITE);
    if (member.hasPassword()) {
      throw new InvalidInputException(
          "Your password is set already: sign in, or reset it if you forgot it.");
    }
    member.setNewPassword(passwords.hashNew(password, member.getEmail()));
    member.verifyEmail(clock.instant());
    recordBy(tenantId, member, AuditAction.PASSWORD_CHANGED, "invite accepted");
    recordBy(tenantId, member, AuditAction.EMAIL_VERIFIED, "invite accepted");
    return MemberView.of(tenantId, member);
  }

  /**
   * Sends a fresh link in place of a used, replaced or expired one, to the address the old one went
   * to (never to one the asker names); the answer is the same whatever happened.
   */
  public String renew(String token, LinkPurpose purpose, String address) {
    long tenantId = workspace();
    throttle.fromAddress(tenantId, address);
    Optional<AccountToken> old;
    try {
      old = Optional.of(find(token, purpose));
    } catch (LinkRefusedException notOurs) {
      old = Optional.empty();
    }
    old.map(t -> em.find(Member.class, t.getMemberId()))
        .filter(Member::isActive)
        .filter(m -> worthRenewing(m, purpose))
        .filter(m -> throttle.mayEmail(tenantId, "renew-" + purpose, m.getEmail()))
        .ifPresent(
            m -> {
              links.issue(tenantId, m, purpose, null);
              if (purpose == LinkPurpose.INVITE) {
                audit.recordAs(
                    tenantId,
                    Actor.anonymous(m.getEmail()),
                    AuditAction.INVITE_SENT,
                    "Member",
                    m.getId(),
                    "asked again with an expired or used invite");
              }
            });
    return LINK_RENEWED;
  }

  /** Sends the signed-in member a new link to confirm their address. */
  @RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
  public String resendVerification(String address) {
    var me = caller.ref();
    throttle.fromAddress(me.tenantId(), address);
    Member member = em.find(Member.class, me.memberId());
    if (member.isEmailVerified()) {
      throw new InvalidInputException("Your email address is confirmed already.");
    }
    if (throttle.mayEmail(me.tenantId(), "verify", member.getEmail())) {
      links.issue(me.tenantId(), member, LinkPurpose.VERIFY, null);
    }
    return VERIFICATION_SENT;
  }

  /**
   * Changes the signed-in member's password, given the current one; their other sessions and
   * remembered sign-ins end. Answers the member's new session epoch, for the session in use.
   */
  @RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
  public long changePassword(String currentPassword, String newPassword) {
    var me = caller.ref();
    Member member = em.find(Member.class, me.memberId());
    if (!passwords.matches(currentPassword, member.getPasswordHash())) {
      throw new InvalidInputException("Your current password is not right.");
    }
    member.setNewPassword(passwords.hashNew(newPassword, member.getEmail()));
    forgetRemembered(me.tenantId(), member);
    audit.record(AuditAction.PASSWORD_CHANGED, "Member", member.getId());
    return member.getSessionEpoch();
  }

  /** Records what a link's holder did: the link proves who they are. */
  private void recordBy(long tenantId, Member member, AuditAction action, String detail) {
    audit.recordAs(
        tenantId,
        Actor.member(member.getId(), member.getEmail(), member.getDisplayName()),
        action,
        "Member",
        member.getId(),
        detail);
  }

  private static boolean worthRenewing(Member member, LinkPurpose purpose) {
    return switch (purpose) {
      case VERIFY -> !member.isEmailVerified();
      case INVITE -> !member.hasPassword();
      case RESET -> true;
    };
  }

  /**
   * Uses a link once: a conditional update marks it used only while it is unused and unexpired, so
   * of two uses at once exactly one succeeds.
   */
  private Member redeem(String token, LinkPurpose purpose) {
    AccountToken t = find(token, purpose);
    var now = clock.instant();
    var state = t.stateAt(now);
    if (state != AccountToken.State.USABLE) {
      throw refusal(t, state);
    }
    int used =
        em.createNamedQuery(AccountToken.USE)
            .setParameter("id", t.getId())
            .setParameter("now", now)
            .executeUpdate();
    if (used != 1) {
      throw LinkRefusedException.of(AccountToken.State.USED);
    }
    Member member = em.find(Member.class, t.getMemberId());
    if (member == null || !member.isActive()) {
      throw LinkRefusedException.notValid();
    }
    return member;
  }

  private LinkRefusedException refusal(AccountToken t, AccountToken.State state) {
    if (t.getPurpose() == LinkPurpose.INVITE && state == AccountToken.State.USED) {
      Member member = em.find(Member.class, t.getMemberId());
      if (member != null && member.hasPassword()) {
        return LinkRefusedException.inviteAccepted();
      }
    }
    return LinkRefusedException.of(state);
  }

  private AccountToken find(String token, LinkPurpose purpose) {
    LinkSecret secret = LinkSecret.read(token).orElseThrow(LinkRefusedException::notValid);
    return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
        .setParameter("hash", secret.hash())
        .getResultStream()
        .findFirst()
        .filter(t -> t.getPurpose() == purpose)
        .orElseThrow(LinkRefusedException::notValid);
  }

  private void forgetRemembered(long tenantId, Member member) {
    em.createNamedQuery(com.marketplace.identity.entity.RememberMeToken.DELETE_FOR_MEMBER)
        .setParameter("tenantId", tenantId)
        .setParameter("memberId", member.getId())
        .executeUpdate();
  }

  private long workspace() {
    return tenant.current().orElseThrow(() -> new InvalidInputException("Unknown workspace."));
  }
}
