package com.marketplace.identity.control;

import com.marketplace.identity.entity.AccountMail;
import com.marketplace.identity.entity.AccountToken;
import com.marketplace.identity.entity.LinkPurpose;
import com.marketplace.identity.entity.LinkSecret;
import com.marketplace.identity.entity.Member;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Issues one-time account links and emails them, in the caller's transaction: the older unused
 * links of the member and purpose are voided, only the new secret's hash is kept, and the email
 * carrying the secret is queued with the change.
 */
@Dependent
public class Links {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Event<AccountMail> mail;
  @Inject Clock clock;

  public void issue(long tenantId, Member member, LinkPurpose purpose, String invitedBy) {
    var now = clock.instant();
    em.createNamedQuery(AccountToken.VOID)
        .setParameter("now", now)
        .setParameter("member", member.getId())
        .setParameter("purpose", purpose)
        .executeUpdate();
    LinkSecret secret = LinkSecret.generate(RANDOM);
    em.persist(new AccountToken(member.getId(), purpose, secret, now));
    mail.fire(letter(tenantId, member, purpose, secret, invitedBy));
  }

  /** Tells the holder of an address that someone tried to register with it. */
  public void warnTaken(long tenantId, Member member) {
    mail.fire(
        new AccountMail(
            tenantId,
            member.getId(),
            member.getEmail(),
            member.getDisplayName(),
            "Someone tried to register with your address",
            "Someone tried to create an account with your email address. You already have one:"
                + " sign in with your password, or choose a new one if you forgot it. If it was"
                + " not you, you need do nothing.",
            "Reset my password",
            "forgot",
            null));
  }

  private static AccountMail letter(
      long tenantId, Member member, LinkPurpose purpose, LinkSecret secret, String invitedBy) {
    String token = secret.value();
    return switch (purpose) {
      case VERIFY ->
          new AccountMail(
              tenantId,
              member.getId(),
              member.getEmail(),
              member.getDisplayName(),
              "Confirm your email address",
              "Please confirm that this address is yours: until then you can sign in, but not"
                  + " move money or send messages. The link works once, for 72 hours.",
              "Confirm my email address",
              "verify",
              token);
      case RESET ->
          new AccountMail(
              tenantId,
              member.getId(),
              member.getEmail(),
              member.getDisplayName(),
              "Choose a new password",
              "Someone, hopefully you, asked to reset the password of your account. The link works"
                  + " once, for one hour. If it was not you, ignore this email: your password"
                  + " stays as it is.",
              "Choose a new password",
              "reset",
              token);
      case INVITE ->
          new AccountMail(
              tenantId,
              member.getId(),
              member.getEmail(),
              member.getDisplayName(),
              "You are invited to your client portal",
              (invitedBy == null ? "You are invited" : invitedBy + " has invited you")
                  + " to see your invoices, quotes and more in one place. Set your"
                  + " password to start; the link works once, for 72 hours.",
              "Set my password",
              "welcome",
              token);
    };
  }
}
