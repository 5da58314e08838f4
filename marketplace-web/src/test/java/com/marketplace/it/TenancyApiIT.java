package com.marketplace.it;

import static com.marketplace.it.MarketSteps.wallet;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-up, registration, sign-in, the member-registered event and tenant isolation, through the
 * JSON API of the real application on Payara Micro with MariaDB and OpenMQ.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenancyApiIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void businessSignUpCreatesTenantAndOwnerWhoCanSignIn() {
    var api = new Api(base);
    String slug = Api.uniqueSlug("signup");

    var created = api.signUpBusiness(slug, "Owner@Example.test");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getString("role")).isEqualTo("OWNER");
    assertThat(created.json().getString("email")).isEqualTo("owner@example.test");
    var signedIn = api.signIn(slug, "owner@example.test");
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(api.get("api/v1/session").json().getJsonNumber("tenantId").longValue())
        .isEqualTo(created.json().getJsonNumber("tenantId").longValue());
    assertThat(api.get("t/" + slug).body()).contains("Business " + slug);
  }

  @Test
  void takenOrInvalidSignUpIsRefusedWithProblemAndSavesNothing() {
    var api = new Api(base);
    String slug = Api.uniqueSlug("taken");
    assertThat(api.signUpBusiness(slug, "first@example.test").status()).isEqualTo(201);

    var taken = api.signUpBusiness(slug, "second@example.test");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.contentType()).startsWith("application/problem+json");
    assertThat(taken.json().getString("detail")).contains("already taken");

    String other = Api.uniqueSlug("weak");
    var weak =
        api.post(
            "api/v1/businesses",
            java.util.Map.of(
                "businessName", "Weak password Ltd",
                "slug", other,
                "currency", "EUR",
                "feePercent", 10,
                "primaryColour", "#112233",
                "ownerName", "Someone",
                "ownerEmail", "someone@example.test",
                "ownerPassword", "short"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().getString("detail")).contains("password");
    assertThat(weak.body()).doesNotContain("Exception");
    // The tenant row of the refused sign-up was rolled back with the owner: the slug is free.
    assertThat(api.get("t/" + other).status()).isEqualTo(404);
    assertThat(api.signUpBusiness(other, "someone@example.test").status()).isEqualTo(201);

    var badFee =
        api.post(
            "api/v1/businesses",
            java.util.Map.of(
                "businessName", "Greedy",
                "slug", Api.uniqueSlug("greedy"),
                "currency", "XXY",
                "feePercent", 10,
                "primaryColour", "#112233",
                "ownerName", "G",
                "ownerEmail", "g@example.test",
                "ownerPassword", "correct-horse-1"));
    assertThat(badFee.status()).isEqualTo(400);
    assertThat(badFee.json().getString("detail")).contains("currency");
  }

  @Test
  void membersRegisterOnceAndATakenEmailIsAnsweredExactlyLikeAFreeOne() {
    String slug = Api.uniqueSlug("reg");
    new Api(base).signUpBusiness(slug, "owner@reg.test");

    var client = new Api(base).register(slug, "Cleo Client", "cleo@reg.test", "client");
    assertThat(client.status()).isEqualTo(202);
    var fresh = new Api(base).register(slug, "Fred", "fred@reg.test", "FREELANCER");
    var taken =
        new Api(base).register(slug, "Cleo again", "CLEO@reg.test", "FREELANCER", "other-horse-2");
    // the same answer, whether the email was free or already had an account: nobody learns who is
    // a member by trying to register them
    assertThat(fresh.status()).isEqualTo(202);
    assertThat(taken.status()).isEqualTo(fresh.status());
    assertThat(taken.contentType()).isEqualTo(fresh.contentType());
    assertThat(taken.body()).isEqualTo(fresh.body());
    assertThat(fresh.json().keySet()).containsExactly("message");
    // the new member signs in; the taken account is as it was
    var fred = new Api(base).signIn(slug, "fred@reg.test");
    assertThat(fred.status()).isEqualTo(200);
    assertThat(fred.json().getString("role")).isEqualTo("FREELANCER");
    var cleo = new Api(base).signIn(slug, "cleo@reg.test");
    assertThat(cleo.json().getString("role")).isEqualTo("CLIENT");
    assertThat(cleo.json().getString("displayName")).isEqualTo("Cleo Client");
    assertThat(new Api(base).signIn(slug, "cleo@reg.test", "other-horse-2").status())
        .isEqualTo(401);

    // the input is checked before the email is looked up: a short password, the same for both
    var shortFresh = new Api(base).register(slug, "Fay", "fay@reg.test", "CLIENT", "short");
    var shortTaken = new Api(base).register(slug, "Fay", "cleo@reg.test", "CLIENT", "short");
    assertThat(shortFresh.status()).isEqualTo(400);
    assertThat(shortTaken.status()).isEqualTo(400);
    assertThat(shortTaken.json().getString("detail"))
        .isEqualTo(shortFresh.json().getString("detail"));
    assertThat(new Api(base).register(slug, "Sneaky", "sneaky@reg.test", "OWNER").status())
        .isEqualTo(400);
    assertThat(new Api(base).register("no-such-workspace", "X", "x@reg.test", "CLIENT").status())
        .isEqualTo(404);
  }

  @Test
  void theJoinPageAnswersATakenEmailExactlyLikeAFreeOne() {
    String slug = Api.uniqueSlug("join");
    new Api(base).signUpBusiness(slug, "owner@join.test");
    new Api(base).register(slug, "Cleo Client", "cleo@join.test", "CLIENT");

    var fresh = joinOnPage(slug, "fred@join.test");
    var taken = joinOnPage(slug, "cleo@join.test");
    assertThat(fresh.status()).isEqualTo(302);
    assertThat(taken.status()).isEqualTo(fresh.status());
    assertThat(taken.location()).isEqualTo(fresh.location()).endsWith("/t/" + slug + "/login");
    assertThat(taken.body()).isEqualTo(fresh.body());
    // both are sent to sign in, told the same; the new member can
    for (var answer : List.of(fresh, taken)) {
      var next = answer.follow();
      assertThat(next.body())
          .contains("Thank you. Sign in with your email and password")
          .doesNotContain("already");
    }
    assertThat(new Api(base).signIn(slug, "fred@join.test", "page-horse-1").status())
        .isEqualTo(200);
    assertThat(new Api(base).signIn(slug, "cleo@join.test", "page-horse-1").status())
        .isEqualTo(401);
  }

  /** Fills in and sends the join page as a browser would: a session, its view state, the form. */
  private PageAnswer joinOnPage(String slug, String email) {
    var visitor = new Api(base);
    var answer =
        visitor.submitForm(
            "t/" + slug + "/register",
            "register",
            Map.of(
                "register:role", "FREELANCER",
                "register:name", "Page Joiner",
                "register:email", email,
                "register:password", "page-horse-1",
                "register:submit", "Create account"));
    return new PageAnswer(visitor, answer.status(), answer.location(), answer.body());
  }

  record PageAnswer(Api visitor, int status, String location, String body) {
    Api.Reply follow() {
      return visitor.get(location);
    }
  }

  @Test
  void identityStoreAcceptsOnlyTheRightPasswordInTheRightWorkspace() {
    var api = new Api(base);
    String a = Api.uniqueSlug("ida");
    String b = Api.uniqueSlug("idb");
    api.signUpBusiness(a, "owner@ida.test");
    api.signUpBusiness(b, "owner@idb.test");
    api.register(a, "Only In A", "only@ida.test", "CLIENT");

    assertThat(new Api(base).signIn(a, "only@ida.test").status()).isEqualTo(200);
    var wrong = new Api(base).signIn(a, "only@ida.test", "wrong-password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().getString("detail")).isEqualTo("The email or password is not right.");
    // Unknown email answers exactly like a wrong password: no account enumeration.
    assertThat(new Api(base).signIn(a, "nobody@ida.test").body()).isEqualTo(wrong.body());
    // The same credentials mean nothing in another workspace.
    assertThat(new Api(base).signIn(b, "only@ida.test").status()).isEqualTo(401);
  }

  @Test
  void registrationEventReachesOwnerAndNewMemberAsNotifications() {
    var owner = new Api(base);
    String slug = Api.uniqueSlug("event");
    owner.signUpBusiness(slug, "owner@event.test");
    owner.signIn(slug, "owner@event.test");

    var member = new Api(base);
    member.register(slug, "Nina Newcomer", "nina@event.test", "FREELANCER");
    member.signIn(slug, "nina@event.test");

    var ownerInbox =
        awaitNotifications(owner, list -> list.stream().anyMatch(n -> message(n).contains("Nina")));
    assertThat(ownerInbox)
        .extracting(TenancyApiIT::message)
        .contains("Nina Newcomer joined Business " + slug + " as a freelancer.");
    var memberInbox = awaitNotifications(member, list -> !list.isEmpty());
    assertThat(memberInbox)
        .extracting(TenancyApiIT::message)
        .containsExactly("Welcome to Business " + slug + ", Nina Newcomer!");
  }

  @Test
  void anotherTenantsMemberCanNeitherListNorFetchNorModifyRows() {
    String a = Api.uniqueSlug("iso-a");
    String b = Api.uniqueSlug("iso-b");
    var ownerA = new Api(base);
    ownerA.signUpBusiness(a, "owner@a.test");
    ownerA.register(a, "Victor Victim", "victor@a.test", "CLIENT");
    ownerA.signIn(a, "owner@a.test");
    long victimId = ownerA.memberId("victor@a.test");
    var ownerB = new Api(base);
    ownerB.signUpBusiness(b, "owner@b.test");
    ownerB.signIn(b, "owner@b.test");

    // list: B's directory holds only B's owner
    var listed = ownerB.get("api/v1/members?max=100").array();
    assertThat(listed).hasSize(1);
    assertThat(listed.getJsonObject(0).getString("email")).isEqualTo("owner@b.test");
    // fetch by id: A's member does not exist for B
    var fetched = ownerB.get("api/v1/members/" + victimId);
    assertThat(fetched.status()).isEqualTo(404);
    assertThat(fetched.contentType()).startsWith("application/problem+json");
    // modify: B cannot suspend A's member, and A's member stays active
    assertThat(ownerB.post("api/v1/members/" + victimId + "/suspension").status()).isEqualTo(404);
    assertThat(ownerA.get("api/v1/members/" + victimId).json().getString("status"))
        .isEqualTo("ACTIVE");
    // notifications: A's are invisible to B and cannot be marked read by B
    var inboxA = awaitNotifications(ownerA, list -> !list.isEmpty());
    long notificationOfA = inboxA.get(0).getJsonNumber("id").longValue();
    assertThat(ownerB.post("api/v1/notifications/" + notificationOfA + "/read").status())
        .isEqualTo(404);
    assertThat(ownerB.get("api/v1/notifications").array())
        .extracting(TenancyApiIT::message)
        .noneMatch(t -> t.contains("Victor"));
    // a signed-in member of B is refused on A's workspace pages and API
    assertThat(ownerB.get("t/" + a).status()).isEqualTo(403);
    assertThat(ownerB.signIn(a, "owner@a.test").status()).isEqualTo(403);
  }

  @Test
  void rolesAreEnforcedOnBoundaries() {
    String slug = Api.uniqueSlug("roles");
    var owner = new Api(base);
    owner.signUpBusiness(slug, "owner@roles.test");
    var client = new Api(base);
    client.register(slug, "Carl", "carl@roles.test", "CLIENT");
    client.signIn(slug, "carl@roles.test");
    long ownerId = owner.signIn(slug, "owner@roles.test").json().getJsonNumber("id").longValue();

    assertThat(client.get("api/v1/members").status()).isEqualTo(403);
    assertThat(client.post("api/v1/members/" + ownerId + "/suspension").status()).isEqualTo(403);
    assertThat(new Api(base).get("api/v1/members").status()).isEqualTo(401);
    assertThat(owner.post("api/v1/members/" + ownerId + "/suspension").status()).isEqualTo(400);
  }

  @Test
  void suspendedMemberCannotSignIn() {
    String slug = Api.uniqueSlug("susp");
    var owner = new Api(base);
    owner.signUpBusiness(slug, "owner@susp.test");
    owner.register(slug, "Sam", "sam@susp.test", "FREELANCER");
    owner.signIn(slug, "owner@susp.test");
    long id = owner.memberId("sam@susp.test");
    var laptop = new Api(base);
    var phone = new Api(base);
    assertThat(laptop.signIn(slug, "sam@susp.test").status()).isEqualTo(200);
    assertThat(phone.signIn(slug, "sam@susp.test").status()).isEqualTo(200);
    assertThat(laptop.get("api/v1/wallet").status()).isEqualTo(200);

    assertThat(owner.post("api/v1/members/" + id + "/suspension").json().getString("status"))
        .isEqualTo("SUSPENDED");

    // the sessions already open end at their very next request
    assertThat(laptop.get("api/v1/wallet").status()).isEqualTo(401);
    assertThat(phone.get("api/v1/session").status()).isEqualTo(401);
    assertThat(new Api(base).signIn(slug, "sam@susp.test").status()).isEqualTo(401);
    // reinstated, Sam signs in again; the old sessions stay ended
    assertThat(owner.post("api/v1/members/" + id + "/reinstatement").status()).isEqualTo(200);
    assertThat(laptop.get("api/v1/session").status()).isEqualTo(401);
    assertThat(new Api(base).signIn(slug, "sam@susp.test").status()).isEqualTo(200);
  }

  @Test
  void crossSiteRequestsWithAValidSessionAreRefusedAndChangeNothing() {
    String slug = Api.uniqueSlug("csrf");
    var owner = Api.owner(base, slug);
    var victim = Api.member(base, slug, "Vera", "vera", "FREELANCER");
    long victimId = victim.get("api/v1/session").json().getJsonNumber("id").longValue();
    awaitNotifications(owner, list -> !list.isEmpty());

    for (String origin : java.util.Arrays.asList("https://evil.example", null)) {
      var suspension =
          owner.postFromAnotherSite("api/v1/members/" + victimId + "/suspension", origin, "");
      assertThat(suspension.status()).as(suspension.body()).isEqualTo(403);
      assertThat(suspension.contentType()).startsWith("application/problem+json");
      assertThat(owner.postFromAnotherSite("api/v1/notifications/read", origin, "").status())
          .isEqualTo(403);
      assertThat(
              victim
                  .postFromAnotherSite(
                      "api/v1/wallet/withdrawals", origin, "key=k1&amount=100&payoutAccount=X")
                  .status())
          .isEqualTo(403);
    }
    assertThat(owner.get("api/v1/members/" + victimId).json().getString("status"))
        .isEqualTo("ACTIVE");
    assertThat(owner.get("api/v1/notifications").array().getValuesAs(JsonObject.class))
        .noneMatch(n -> n.getBoolean("read"));
    assertThat(wallet(victim, "pendingWithdrawal")).isZero();
    // the same calls from this site's own clients go through
    assertThat(owner.post("api/v1/notifications/read").status()).isLessThan(300);
  }

  @Test
  void requestBodiesAreBoundedBeforeTheyAreRead() {
    String slug = Api.uniqueSlug("bounds");
    var anonymous = new Api(base);
    String huge = "x".repeat(300 * 1024);
    var signUp = anonymous.postJson("api/v1/businesses", "{\"businessName\":\"" + huge + "\"}");
    assertThat(signUp.status()).isEqualTo(413);
    assertThat(signUp.contentType()).startsWith("application/problem+json");
    assertThat(signUp.json().getString("detail")).contains("at most 256 KB");
    var webhook = anonymous.postJson("api/v1/webhooks/stripe", "{\"data\":\"" + huge + "\"}");
    assertThat(webhook.status()).isEqualTo(413);
    // a body that does not say its length is cut off as it streams past the limit
    var chunked =
        anonymous.postJsonChunked(
            "api/v1/businesses", "{\"businessName\":\"" + huge + "\",\"slug\":\"" + slug + "\"}");
    assertThat(chunked.status()).isEqualTo(413);
    assertThat(chunked.contentType()).startsWith("application/problem+json");
    assertThat(chunked.json().getString("detail")).contains("at most 256 KB");
    assertThat(anonymous.signUpBusiness(slug, "owner@" + slug + ".test").status()).isEqualTo(201);
  }

  @Test
  void theListenerAnswersInHttp11EvenWhenAClientAsksForCleartextHttp2() throws Exception {
    var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    var session = HttpRequest.newBuilder(URI.create(Deployments.local(base) + "api/v1/session"));
    for (int i = 0; i < 3; i++) {
      var reply = http.send(session.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(reply.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
      assertThat(reply.statusCode()).isLessThan(500);
    }
  }

  @Test
  void guessingPasswordsIsThrottledPerAccountTheSameForKnownAndUnknownEmails() {
    String slug = Api.uniqueSlug("guess");
    Api.owner(base, slug);
    new Api(base).register(slug, "Gina", "gina@" + slug + ".test", "CLIENT");
    var attacker = new Api(base);
    for (String email : List.of("gina@" + slug + ".test", "nobody@" + slug + ".test")) {
      for (int i = 0; i < 5; i++) {
        assertThat(attacker.signIn(slug, email, "wrong-guess-" + i).status()).isEqualTo(401);
      }
      // the sixth try is refused before the password is even checked, even the right one
      var refused = attacker.signIn(slug, email, "correct-horse-1");
      assertThat(refused.status()).as(email).isEqualTo(429);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("detail")).startsWith("Too many sign-in attempts.");
      assertThat(refused.retryAfter()).isBetween(1L, 300L);
    }
    // another account is not held back by them
    var colleague = new Api(base);
    colleague.register(slug, "Gus", "gus@" + slug + ".test", "CLIENT");
    assertThat(colleague.signIn(slug, "gus@" + slug + ".test").status()).isEqualTo(200);
  }

  @Test
  void loggingOutAllDevicesEndsEverySessionOfTheMemberOnly() {
    String slug = Api.uniqueSlug("devices");
    Api.owner(base, slug);
    var laptop = Api.member(base, slug, "Dora", "dora", "CLIENT");
    var phone = new Api(base);
    assertThat(phone.signIn(slug, "dora@" + slug + ".test").status()).isEqualTo(200);
    var colleague = Api.member(base, slug, "Dan", "dan", "CLIENT");

    assertThat(laptop.delete("api/v1/sessions").status()).isEqualTo(204);

    assertThat(phone.get("api/v1/session").status()).isEqualTo(401);
    assertThat(laptop.get("api/v1/session").status()).isEqualTo(401);
    assertThat(colleague.get("api/v1/session").status()).isEqualTo(200);
    assertThat(phone.signIn(slug, "dora@" + slug + ".test").status()).isEqualTo(200);
    assertThat(phone.get("api/v1/session").status()).isEqualTo(200);
  }

  private static List<JsonObject> awaitNotifications(Api api, Predicate<List<JsonObject>> arrived) {
    return Eventually.await(
        "notifications",
        () -> api.get("api/v1/notifications").array().getValuesAs(JsonObject.class),
        arrived);
  }

  private static String message(Object notification) {
    return ((JsonObject) notification).getString("message");
  }
}
