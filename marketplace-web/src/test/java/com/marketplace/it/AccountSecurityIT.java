package com.marketplace.it;

import static com.marketplace.it.MarketSteps.postJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.identity.boundary.Registration;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.identity.web.MemberIdentityStore;
import com.marketplace.identity.web.MemberRememberMeStore;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account security through the API and the pages the emails lead to: one-time links refused when
 * reused, replaced, expired or tampered with; a reset ends every session; requests naming an email
 * answer the same for known and unknown ones; the limits per email and per address; unconfirmed
 * members kept from money and messages until they open their link; invites that set the password
 * and confirm the address. The links are read from the emails the application queued. And the
 * identity stores, called in the container: the password checked within the workspace, remember-me
 * tokens.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

  @Deployment
  static WebArchive app() throws Exception {
    return Deployments.application()
        .addClasses(
            AccountSecurityIT.class,
            AccountFixtures.class,
            Deployments.class,
            Eventually.class,
            Api.class,
            MarketSteps.class)
        // the assertions run in the application
        .addAsLibraries(
            new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
  }

  @ArquillianResource URL deployment;
  @Inject AccountFixtures fixtures;
  @Inject BusinessSignup signup;
  @Inject Registration registration;
  @Inject TenantContext tenantContext;
  @Inject MemberIdentityStore identityStore;
  @Inject MemberRememberMeStore rememberMeStore;

  static final String RESET = "Choose a new password";
  static final String INVITE = "You are invited to your client portal";
  static final String TAKEN = "Someone tried to register with your address";

  record Workspace(String slug, long tenantId, Api owner) {}

  Workspace workspace(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    var owner = new Api(deployment);
    long tenantId =
        owner
            .signUpBusiness(slug, "owner@" + slug + ".test")
            .json()
            .getJsonNumber("tenantId")
            .longValue();
    owner.verifyEmail(slug, "owner@" + slug + ".test");
    assertThat(owner.signIn(slug, "owner@" + slug + ".test").status()).isEqualTo(200);
    return new Workspace(slug, tenantId, owner);
  }

  /**
   * The token of the link in the newest such email, once every one the application queued reached
   * the SMTP server (the queued rows keep no token).
   */
  String token(String email, String subject, String page) {
    int queued = Math.max(1, emails(email, subject));
    String text =
        Eventually.await(
            queued + " emails '" + subject + "' to " + email,
            () -> {
              List<String> received = Api.emails(email, subject);
              return received.size() >= queued ? received.get(received.size() - 1) : null;
            },
            t -> t != null);
    var link = Pattern.compile("/" + page + "\\?token=([A-Za-z0-9_-]{43})").matcher(text);
    assertThat(link.find()).as(text).isTrue();
    return link.group(1);
  }

  /** The link of the {@code nth} reset email to the address, issued after the request answered. */
  String resetToken(String email, int nth) {
    resetEmails(email, nth);
    return token(email, RESET, "reset");
  }

  /**
   * Waits until {@code count} reset emails went to the address (they are issued after the answer).
   */
  void resetEmails(String email, int count) {
    Eventually.await(
        count + " reset emails to " + email, () -> emails(email, RESET), n -> n >= count);
  }

  int emailsKeeping(String email, String text) {
    try {
      return fixtures.emailsKeeping(email, text);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  int emails(String email, String subject) {
    try {
      return fixtures.emailsTo(email, subject);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String tampered(String token) {
    char last = token.charAt(token.length() - 1);
    return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
  }

  @Test
  void aResetLinkWorksOnceEndsEverySessionAndExplainsItselfAfterwards() throws Exception {
    var w = workspace("reset");
    String email = "rita@" + w.slug() + ".test";
    var rita = Api.member(deployment, w.slug(), "Rita", "rita", "CLIENT");
    assertThat(rita.get("api/v1/session").status()).isEqualTo(200);

    var anonymous = new Api(deployment);
    var asked =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/password-reset-requests",
            Map.of("email", "RITA@" + w.slug() + ".test"));
    assertThat(asked.status()).isEqualTo(202);
    String token = resetToken(email, 1);

    // the page the email leads to asks for the new password; opening it uses nothing
    assertThat(anonymous.get("t/" + w.slug() + "/reset?token=" + token).body())
        .contains("Choose a new password", "reset:password");

    // a new password under the policy is refused, and the link stays usable
    var common =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/password-resets",
            Map.of("token", token, "password", "password123"));
    assertThat(common.status()).isEqualTo(400);
    assertThat(common.json().getString("detail")).contains("most common");

    var reset =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/password-resets",
            Map.of("token", token, "password", "fresh-horse-9"));
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);

    // every session of the member ended; the new password signs in, the old one does not
    assertThat(rita.get("api/v1/session").status()).isEqualTo(401);
    assertThat(new Api(deployment).signIn(w.slug(), email).status()).isEqualTo(401);
    assertThat(new Api(deployment).signIn(w.slug(), email, "fresh-horse-9").status())
        .isEqualTo(200);

    // used: refused, and the page says so and offers a new link
    var again =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/password-resets",
            Map.of("token", token, "password", "other-horse-9"));
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().getString("detail")).contains("already used");
    assertThat(anonymous.get("t/" + w.slug() + "/reset?token=" + token).body())
        .contains("already used", "Send me a new link")
        .doesNotContain("reset:password");

    // tampered with: not one of ours
    anonymous.post("api/v1/t/" + w.slug() + "/password-reset-requests", Map.of("email", email));
    String second = resetToken(email, 2);
    var forged =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/password-resets",
            Map.of("token", tampered(second), "password", "other-horse-9"));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.json().getString("detail")).contains("not valid");

    // a newer link voids the older one
    anonymous.post("api/v1/t/" + w.slug() + "/password-reset-requests", Map.of("email", email));
    String third = resetToken(email, 3);
    assertThat(third).isNotEqualTo(second);
    var voided =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/password-resets",
            Map.of("token", second, "password", "other-horse-9"));
    assertThat(voided.status()).isEqualTo(410);
    assertThat(voided.json().getString("detail")).contains("newer");

    // expired: its hour has passed
    fixtures.expireLinksOf(w.tenantId(), email);
    var expired =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/password-resets",
            Map.of("token", third, "password", "other-horse-9"));
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.json().getString("detail")).contains("expired");
    assertThat(new Api(deployment).signIn(w.slug(), email, "fresh-horse-9").status())
        .isEqualTo(200);

    // the log holds each request and the one reset
    assertThat(fixtures.audited(w.tenantId(), "PASSWORD_RESET_REQUESTED")).isEqualTo(3);
    assertThat(fixtures.audited(w.tenantId(), "PASSWORD_RESET")).isEqualTo(1);
    assertThat(fixtures.audited(w.tenantId(), "EMAIL_VERIFIED")).isEqualTo(2); // owner, Rita
  }

  @Test
  void resetAndRegistrationAnswerTheSameForKnownAndUnknownEmails() throws Exception {
    var w = workspace("enum");
    Api.member(deployment, w.slug(), "Kim", "kim", "FREELANCER");
    String known = "kim@" + w.slug() + ".test";
    String unknown = "nobody@" + w.slug() + ".test";

    var forKnown =
        new Api(deployment)
            .post("api/v1/t/" + w.slug() + "/password-reset-requests", Map.of("email", known));
    var forUnknown =
        new Api(deployment)
            .post("api/v1/t/" + w.slug() + "/password-reset-requests", Map.of("email", unknown));
    assertThat(forUnknown.status()).isEqualTo(forKnown.status()).isEqualTo(202);
    assertThat(forUnknown.body()).isEqualTo(forKnown.body());
    resetEmails(known, 1);
    assertThat(fixtures.emailsTo(known, RESET)).isEqualTo(1);
    assertThat(fixtures.emailsTo(unknown, RESET)).isZero();

    var taken =
        new Api(deployment).register(w.slug(), "Kim again", known, "CLIENT", "another-horse-4");
    var fresh =
        new Api(deployment)
            .register(w.slug(), "Neo", "neo@" + w.slug() + ".test", "CLIENT", "another-horse-4");
    assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(202);
    assertThat(taken.body()).isEqualTo(fresh.body());
    // the holder of the address hears of the attempt; the newcomer gets their link
    assertThat(fixtures.emailsTo(known, TAKEN)).isEqualTo(1);
    assertThat(fixtures.emailsTo("neo@" + w.slug() + ".test", Api.CONFIRMATION)).isEqualTo(1);
    // and the newcomer signs in with the password they chose, unconfirmed
    var neo = new Api(deployment);
    assertThat(neo.signIn(w.slug(), "neo@" + w.slug() + ".test", "another-horse-4").status())
        .isEqualTo(200);
    assertThat(neo.get("api/v1/session").json().getBoolean("emailVerified")).isFalse();

    // the most common passwords and the email itself are refused alike, known email or not
    var commonFresh =
        new Api(deployment)
            .register(w.slug(), "Ann", "ann@" + w.slug() + ".test", "CLIENT", "iloveyou1");
    var commonTaken = new Api(deployment).register(w.slug(), "Kim", known, "CLIENT", "iloveyou1");
    assertThat(commonFresh.status()).isEqualTo(commonTaken.status()).isEqualTo(400);
    assertThat(commonFresh.json().getString("detail"))
        .isEqualTo(commonTaken.json().getString("detail"));
  }

  @Test
  void resetRequestsAreLimitedPerEmailQuietlyAndPerAddressWithA429() throws Exception {
    var w = workspace("limit");
    Api.member(deployment, w.slug(), "Lou", "lou", "CLIENT");
    String email = "lou@" + w.slug() + ".test";
    var anonymous = new Api(deployment);
    String first = null;
    for (int i = 0; i < 5; i++) {
      var asked =
          anonymous.post(
              "api/v1/t/" + w.slug() + "/password-reset-requests", Map.of("email", email));
      assertThat(asked.status()).isEqualTo(202);
      first = first == null ? asked.body() : first;
      assertThat(asked.body()).isEqualTo(first);
    }
    // three emails at most in the window: the answer never told
    resetEmails(email, 3);
    assertThat(fixtures.emailsTo(email, RESET)).isEqualTo(3);

    Api.Reply refused = null;
    for (int i = 0; i < 40 && refused == null; i++) {
      var asked =
          anonymous.post(
              "api/v1/t/" + w.slug() + "/password-reset-requests",
              Map.of("email", "x" + i + "@" + w.slug() + ".test"));
      if (asked.status() != 202) {
        refused = asked;
      }
    }
    assertThat(refused).as("the address limit").isNotNull();
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.retryAfter()).isPositive();
    assertThat(refused.contentType()).startsWith("application/problem+json");
  }

  @Test
  void anUnconfirmedMemberMovesNoMoneyAndSendsNoMessageUntilTheLinkIsOpened() throws Exception {
    var w = workspace("unver");
    var client = Api.member(deployment, w.slug(), "Cleo", "cleo", "CLIENT");
    long job = postJob(client, "Logo " + w.slug(), "DESIGN", "logo", 20_000);

    String email = "una@" + w.slug() + ".test";
    var una = new Api(deployment);
    assertThat(una.register(w.slug(), "Una", email, "FREELANCER").status()).isEqualTo(202);
    assertThat(una.signIn(w.slug(), email).status()).isEqualTo(200);

    var topUp =
        una.post(
            "api/v1/wallet/top-ups",
            Map.of(
                "key", UUID.randomUUID().toString(), "amount", 5_000, "card", "4242424242424242"));
    assertThat(topUp.status()).isEqualTo(403);
    assertThat(topUp.json().getString("detail")).contains("Confirm your email address first");

    var conversation =
        una.postJson("api/v1/conversations", "{\"contextType\":\"JOB\",\"contextId\":" + job + "}");
    assertThat(conversation.status()).as(conversation.body()).isEqualTo(200);
    long conversationId = conversation.json().getJsonNumber("id").longValue();
    var message =
        una.postMultipart(
            "api/v1/conversations/" + conversationId + "/messages",
            Map.of("body", "Hello"),
            List.of());
    assertThat(message.status()).isEqualTo(403);
    assertThat(message.json().getString("detail")).contains("Confirm your email address first");

    // a new link can be asked for; the newest one confirms the address
    assertThat(una.post("api/v1/session/verification-email").status()).isEqualTo(202);
    una.verifyEmail(w.slug(), email);
    assertThat(una.get("api/v1/session").json().getBoolean("emailVerified")).isTrue();

    var allowed =
        una.post(
            "api/v1/wallet/top-ups",
            Map.of(
                "key", UUID.randomUUID().toString(), "amount", 5_000, "card", "4242424242424242"));
    assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
    var sent =
        una.postMultipart(
            "api/v1/conversations/" + conversationId + "/messages",
            Map.of("body", "Hello"),
            List.of());
    assertThat(sent.status()).as(sent.body()).isLessThan(300);
  }

  @Test
  void anInviteSetsThePasswordAndConfirmsTheAddressOnce() throws Exception {
    var w = workspace("invite");
    String email = "pia@" + w.slug() + ".test";
    long pia = fixtures.accountWithoutPassword(w.tenantId(), email, "Pia Portal");

    // no password yet: nothing signs in
    assertThat(new Api(deployment).signIn(w.slug(), email, "").status()).isIn(400, 401);
    assertThat(new Api(deployment).signIn(w.slug(), email, "correct-horse-1").status())
        .isEqualTo(401);

    assertThat(w.owner().post("api/v1/members/" + pia + "/invitation").status()).isEqualTo(202);
    String first = token(email, INVITE, "welcome");
    // the sent invite's token is nowhere in the outgoing mail any more
    Eventually.await(
        "the invite's token gone from the outgoing mail",
        () -> emailsKeeping(email, first),
        n -> n == 0);

    // expired: the page explains and sends a new one to the same address
    fixtures.expireLinksOf(w.tenantId(), email);
    var anonymous = new Api(deployment);
    assertThat(anonymous.get("t/" + w.slug() + "/welcome?token=" + first).body())
        .contains("expired", "Send me a new link");
    var renewed =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/link-renewals", Map.of("token", first, "purpose", "INVITE"));
    assertThat(renewed.status()).isEqualTo(202);
    String second = token(email, INVITE, "welcome");
    assertThat(second).isNotEqualTo(first);
    assertThat(fixtures.emailsTo(email, INVITE)).isEqualTo(2);

    var accepted =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/invite-acceptances",
            Map.of("token", second, "password", "portal-horse-3"));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

    var portal = new Api(deployment);
    assertThat(portal.signIn(w.slug(), email, "portal-horse-3").status()).isEqualTo(200);
    assertThat(portal.get("api/v1/session").json().getBoolean("emailVerified")).isTrue();

    // used: refused with an explanation, on the API and on the page
    var reused =
        anonymous.post(
            "api/v1/t/" + w.slug() + "/invite-acceptances",
            Map.of("token", second, "password", "portal-horse-4"));
    assertThat(reused.status()).isEqualTo(410);
    assertThat(reused.json().getString("detail")).contains("already used", "password is set");
    assertThat(anonymous.get("t/" + w.slug() + "/welcome?token=" + second).body())
        .contains("already used");
    assertThat(new Api(deployment).signIn(w.slug(), email, "portal-horse-4").status())
        .isEqualTo(401);

    assertThat(fixtures.audited(w.tenantId(), "INVITE_SENT")).isEqualTo(2);
    assertThat(fixtures.audited(w.tenantId(), "PASSWORD_CHANGED")).isEqualTo(1);

    // an account with a password is not invited again
    assertThat(w.owner().post("api/v1/members/" + pia + "/invitation").status()).isEqualTo(400);
  }

  @Test
  void aCrmClientsPortalAccountIsMadeWithTheClientAndWithANewEmail() throws Exception {
    var w = workspace("crm");
    var fay = Api.member(deployment, w.slug(), "Fay", "fay", "FREELANCER");
    String email = "carl@" + w.slug() + ".test";
    var made =
        fay.postJson(
            "api/v1/desk/clients", "{\"name\":\"Carl Client\",\"email\":\"" + email + "\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long client = made.json().getJsonNumber("id").longValue();

    // right after the answer: the portal account, linked to the client, and invited at once
    long carl = w.owner().memberId(email);
    assertThat(w.owner().get("api/v1/members/" + carl).json().getString("role"))
        .isEqualTo("PORTAL");
    assertThat(fixtures.deskClientMember(client)).isEqualTo(carl);
    assertThat(fay.post("api/v1/members/" + carl + "/invitation").status()).isEqualTo(202);
    assertThat(fixtures.emailsTo(email, INVITE)).isEqualTo(1);

    // a new email: the account of that email, made in the change's transaction
    String newEmail = "carla@" + w.slug() + ".test";
    var changed =
        fay.putJson(
            "api/v1/desk/clients/" + client,
            "{\"name\":\"Carl Client\",\"email\":\"" + newEmail + "\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    long carla = w.owner().memberId(newEmail);
    assertThat(w.owner().get("api/v1/members/" + carla).json().getString("role"))
        .isEqualTo("PORTAL");
    assertThat(fay.post("api/v1/members/" + carla + "/invitation").status()).isEqualTo(202);
  }

  @Test
  void anAccountEmailGoesBeforeTheOtherEmailsWaitingWithIt() throws Exception {
    var w = workspace("queue");
    String address = "queue@" + w.slug() + ".test";
    // 200 invoice emails queued first, then a reset email: all due at the same moment
    long reset =
        fixtures.queueBehind(w.tenantId(), address, 200, java.time.Instant.now().plusSeconds(2));

    Long sentBefore =
        Eventually.await(
            "the reset email sent",
            () -> {
              try {
                return fixtures.sentBefore(address, reset);
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            },
            java.util.Objects::nonNull);
    assertThat(sentBefore).as("emails sent before the reset email").isZero();
  }

  @Test
  void thePagesAskForAResetConfirmAnAddressAndSetTheNewPassword() throws Exception {
    var w = workspace("pages");
    String email = "paul@" + w.slug() + ".test";
    var visitor = new Api(deployment);
    assertThat(visitor.get("t/" + w.slug() + "/login").body()).contains("Forgot password?");

    // joined on the API, unconfirmed: the link's page confirms the address with one click
    assertThat(visitor.register(w.slug(), "Paul", email, "CLIENT").status()).isEqualTo(202);
    String verify = token(email, Api.CONFIRMATION, "verify");
    var confirmed =
        visitor.submitForm(
            "t/" + w.slug() + "/verify?token=" + verify,
            "verify",
            Map.of("verify:token", verify, "verify:submit", "Confirm my email address"));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
    assertThat(visitor.get(confirmed.location()).body())
        .contains("your email address is confirmed");

    var asked =
        visitor.submitForm(
            "t/" + w.slug() + "/forgot",
            "forgot",
            Map.of("forgot:email", email, "forgot:submit", "Send me a link"));
    assertThat(asked.status()).as(asked.body()).isEqualTo(302);
    assertThat(visitor.get(asked.location()).body()).contains("If an account with this email");
    String reset = resetToken(email, 1);

    // a common password is refused on the page, which stays usable
    var refused =
        visitor.submitForm(
            "t/" + w.slug() + "/reset?token=" + reset,
            "reset",
            Map.of(
                "reset:token", reset,
                "reset:password", "password1",
                "reset:submit", "Change my password"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("most common");

    var changed =
        visitor.submitForm(
            "t/" + w.slug() + "/reset?token=" + reset,
            "reset",
            Map.of(
                "reset:token", reset,
                "reset:password", "paged-horse-5",
                "reset:submit", "Change my password"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(302);
    assertThat(visitor.get(changed.location()).body()).contains("Your password is changed");
    assertThat(new Api(deployment).signIn(w.slug(), email, "paged-horse-5").status())
        .isEqualTo(200);
  }

  // the identity stores

  private MemberView storesOwner() {
    String slug = Api.uniqueSlug("rm");
    MemberView owner =
        signup.signUp(
            new BusinessSignupForm(
                "Remember " + slug,
                slug,
                "USD",
                BigDecimal.TEN,
                "#123456",
                null,
                "Rita",
                "rita@" + slug + ".test",
                "correct-horse-1"));
    tenantContext.use(owner.tenantId());
    return owner;
  }

  @Test
  void passwordIsCheckedWithinTheWorkspaceAndNamesTenantAndRole() {
    MemberView owner = storesOwner();
    MemberView client =
        registration.register("Cody", "cody@example.test", "correct-horse-1", Role.CLIENT);

    var valid =
        identityStore.validate(
            new UsernamePasswordCredential("CODY@example.test", "correct-horse-1"));
    assertThat(valid.getStatus()).isEqualTo(Status.VALID);
    assertThat(valid.getCallerPrincipal().getName())
        .isEqualTo(owner.tenantId() + "/" + client.id());
    assertThat(valid.getCallerGroups()).isEqualTo(Set.of("CLIENT"));

    var invalid =
        identityStore.validate(new UsernamePasswordCredential("cody@example.test", "wrong-one"));
    assertThat(invalid.getStatus()).isEqualTo(Status.INVALID);
  }

  @Test
  void rememberMeTokenSignsInUntilItIsRemoved() {
    MemberView owner = storesOwner();
    var principal = new CallerPrincipal(owner.ref().principalName());

    String token = rememberMeStore.generateLoginToken(principal, Set.of("OWNER"));
    String another = rememberMeStore.generateLoginToken(principal, Set.of("OWNER"));
    assertThat(another).isNotEqualTo(token);

    var recalled = rememberMeStore.validate(new RememberMeCredential(token));
    assertThat(recalled.getStatus()).isEqualTo(Status.VALID);
    assertThat(recalled.getCallerPrincipal().getName()).isEqualTo(owner.ref().principalName());
    assertThat(recalled.getCallerGroups()).isEqualTo(Set.of("OWNER"));

    rememberMeStore.removeLoginToken(token);
    assertThat(rememberMeStore.validate(new RememberMeCredential(token)).getStatus())
        .isEqualTo(Status.INVALID);
    assertThat(rememberMeStore.validate(new RememberMeCredential(another)).getStatus())
        .isEqualTo(Status.VALID);
    assertThat(rememberMeStore.validate(new RememberMeCredential("forged")).getStatus())
        .isEqualTo(Status.INVALID);
    assertThat(token.length()).as("tokens carry 256 random bits").isGreaterThanOrEqualTo(40);
  }
}
