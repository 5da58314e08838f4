package com.marketplace.identity.boundary;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.Actor;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.identity.control.Passwords;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.RememberMeToken;
import com.marketplace.identity.entity.SessionStamp;
import com.marketplace.identity.entity.UnverifiedEmailException;
import com.marketplace.platform.Digests;
import com.marketplace.platform.tenant.MemberRef;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.tenant.TenantFilter;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks credentials for the identity stores of the web layer: a password within the tenant of the
 * sign-in page, or a remember-me token. Suspended members cannot sign in.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Authentication {

  public static final Duration REMEMBER_FOR = Duration.ofDays(14);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject TenantContext tenant;
  @Inject Passwords passwords;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  /** The member of the current tenant with this email and password, if they may sign in. */
  public Optional<MemberView> verify(String email, String password) {
    Optional<Long> tenantId = tenant.current();
    Optional<Member> member =
        tenantId.isEmpty() || email == null
            ? Optional.empty()
            : em.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", email.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    if (member.isEmpty()) {
      passwords.spendVerificationTime(password);
      failed(tenantId, email);
      return Optional.empty();
    }
    Member m = member.get();
    if (!passwords.matches(password, m.getPasswordHash()) || !m.isActive()) {
      failed(tenantId, email);
      return Optional.empty();
    }
    audit.recordAs(
        tenantId.get(),
        Actor.member(m.getId(), m.getEmail(), m.getDisplayName()),
        AuditAction.SIGN_IN,
        "member",
        m.getId(),
        audit.viaApi() ? "API session" : "sign-in page");
    return Optional.of(MemberView.of(tenantId.get(), m));
  }

  /**
   * A failed sign-in is kept whatever else happens to this request, known email or not (both take
   * the same steps, so the answer's timing tells nothing either).
   */
  private void failed(Optional<Long> tenantId, String email) {
    tenantId.ifPresent(
        id ->
            audit.recordAlone(
                id,
                Actor.anonymous(
                    email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT)),
                AuditAction.SIGN_IN_FAILED,
                null,
                null,
                audit.viaApi() ? "API session" : "sign-in page"));
  }

  /** Issues a remember-me token for a member; only its hash is kept. */
  public String remember(MemberRef member) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    var now = clock.instant();
    em.persist(new RememberMeToken(sha256(token), member, now, now.plus(REMEMBER_FOR)));
    return token;
  }

  /** The active member a remember-me token stands for, if it is known and not expired. */
  public Optional<MemberView> recall(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    var stored = em.find(RememberMeToken.class, sha256(token));
    if (stored == null || !stored.isValidAt(clock.instant())) {
      return Optional.empty();
    }
    MemberRef ref = stored.member();
    TenantFilter.scopeTo(em, ref.tenantId());
    Optional<Member> member =
        Optional.ofNullable(em.find(Member.class, ref.memberId())).filter(Member::isActive);
    member.ifPresent(
        m ->
            audit.recordAs(
                ref.tenantId(),
                Actor.member(m.getId(), m.getEmail(), m.getDisplayName()),
                AuditAction.SIGN_IN,
                "member",
                m.getId(),
                "remembered sign-in"));
    return member.map(m -> MemberView.of(ref.tenantId(), m));
  }

  /**
   * The member's role and session epoch while they may use the application, read afresh: empty once
   * they are suspended or gone. The web layer asks on every request of a signed-in session.
   */
  public Optional<SessionStamp> stamp(MemberRef ref) {
    TenantFilter.scopeTo(em, ref.tenantId());
    return Optional.ofNullable(em.find(Member.class, ref.memberId()))
        .filter(Member::isActive)
        .map(m -> new SessionStamp(ref, m.getRole(), m.getSessionEpoch()));
  }

  /**
   * Refuses a member who has not confirmed their email address yet: the boundaries that move money
   * or send messages ask before they do.
   */
  public void requireVerifiedEmail(MemberRef ref) {
    TenantFilter.scopeTo(em, ref.tenantId());
    Member m = em.find(Member.class, ref.memberId());
    if (m == null || !m.isEmailVerified()) {
      throw new UnverifiedEmailException();
    }
  }

  public void forget(String token) {
    if (token != null) {
      Optional.ofNullable(em.find(RememberMeToken.class, sha256(token))).ifPresent(em::remove);
    }
  }

  /** Ends every remembered sign-in of a member (log out of all devices, suspension). */
  public void forgetEverywhere(MemberRef member) {
    em.createNamedQuery(RememberMeToken.DELETE_FOR_MEMBER)
        .setParameter("tenantId", member.tenantId())
        .setParameter("memberId", member.memberId())
        .executeUpdate();
  }

  static String sha256(String token) {
    return Digests.sha256Hex(token);
  }
}
