package com.marketplace.it;

import static com.marketplace.it.MarketSteps.wallet;
import static com.marketplace.it.Replies.body;
import static com.marketplace.it.Replies.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.devstack.EmbeddedDatabase;
import com.marketplace.devstack.IntegrationStack;
import com.marketplace.it.InvoiceSteps.Member;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * JSON API of the real application on Payara Micro with MariaDB and OpenMQ. And API tokens (S6):
 * the owner makes, lists and revokes them; a program reads with one (no slug, no session), only
 * reads, only endpoints that accept it, only its own workspace, at most so often; the OpenAPI
 * document describes the API. Each test makes its own workspace; every token is used fewer times
 * than the tests' rate limit, but the one that reaches it. And the audit log: each audited action
 * leaves its row (who, from which address and user agent), the owner finds them by who, what and
 * when, a page at a time, on the API, the page and in the CSV; nobody else reads them, and neither
 * an endpoint nor a statement straight to the database changes or deletes one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenancyApiIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  static final int LIMIT = IntegrationStack.API_REQUESTS_PER_MINUTE;

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

  // API tokens (S6)

  @Test
  void anOwnersTokenReadsTheWorkspaceWithoutASessionAndItsLastUseIsRecorded() throws Exception {
    String slug = Api.uniqueSlug("tokens");
    var owner = Api.owner(base, slug);

    var made = owner.post("api/v1/workspace/api-tokens", Map.of("name", "Reporting"));

    assertThat(made.status()).isEqualTo(201);
    String token = made.json().getString("token");
    long id = made.json().getJsonNumber("id").longValue();
    assertThat(token).startsWith("mkt_").hasSize(47);
    assertThat(made.json().getString("prefix")).isEqualTo(token.substring(0, 12));
    assertThat(made.location()).endsWith("/api/v1/workspace/api-tokens/" + id);
    assertThat(only(owner.get("api/v1/workspace/api-tokens").array()).get("lastUsedAt")).isNull();

    var members = call("GET", "api/v1/members", token);
    assertThat(members.status()).isEqualTo(200);
    assertThat(members.body()).contains("owner@" + slug + ".test");
    long ownerId = owner.memberId("owner@" + slug + ".test");
    var one = call("GET", "api/v1/members/" + ownerId, token);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().getString("role")).isEqualTo("OWNER");
    assertThat(call("HEAD", "api/v1/members", token).status()).isEqualTo(200);

    // the token itself is never answered again: the list shows its name and first characters
    var listed = owner.get("api/v1/workspace/api-tokens");
    JsonObject shown = only(listed.array());
    assertThat(shown.getString("name")).isEqualTo("Reporting");
    assertThat(shown.getString("prefix")).isEqualTo(token.substring(0, 12));
    assertThat(shown.getString("createdBy")).isEqualTo("Owner of " + slug);
    assertThat(shown.getString("lastUsedAt")).isNotBlank();
    assertThat(shown.containsKey("revokedAt")).isFalse();
    assertThat(listed.body()).doesNotContain(token).doesNotContain(sha256(token));
    var page = owner.get("app/owner/api-tokens.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Reporting", token.substring(0, 12)).doesNotContain(token);

    // made on the page: the token shows once, in the answer to the form; never on the page again
    var fromPage =
        owner.submitForm(
            "app/owner/api-tokens.xhtml",
            "new-token",
            Map.of("new-token:name", "Made on the page", "new-token:create", ""));
    assertThat(fromPage.status()).isEqualTo(200);
    var shownOnce =
        java.util.regex.Pattern.compile("mkt_[A-Za-z0-9_-]{43}").matcher(fromPage.body());
    assertThat(shownOnce.find()).as(fromPage.body()).isTrue();
    String pageToken = shownOnce.group();
    assertThat(call("GET", "api/v1/members", pageToken).status()).isEqualTo(200);
    var later = owner.get("app/owner/api-tokens.xhtml").body();
    assertThat(later)
        .contains("Made on the page", pageToken.substring(0, 12))
        .doesNotContain(pageToken);

    // the member's session works as before, beside the tokens
    assertThat(owner.get("api/v1/members").status()).isEqualTo(200);
    assertThat(owner.get("api/v1/session").json().getString("role")).isEqualTo("OWNER");
  }

  @Test
  void revokedUnknownAndGarbledTokensAreRefusedWith401Problems() {
    var owner = Api.owner(base, Api.uniqueSlug("revoke"));
    var made = owner.post("api/v1/workspace/api-tokens", Map.of("name", "Old script")).json();
    String token = made.getString("token");
    long id = made.getJsonNumber("id").longValue();
    assertThat(call("GET", "api/v1/members", token).status()).isEqualTo(200);

    var revoked = owner.post("api/v1/workspace/api-tokens/" + id + "/revocation");
    assertThat(revoked.status()).isEqualTo(200);
    String revokedAt = revoked.json().getString("revokedAt");
    assertThat(
            owner
                .post("api/v1/workspace/api-tokens/" + id + "/revocation")
                .json()
                .getString("revokedAt"))
        .isEqualTo(revokedAt);

    assertRefused(call("GET", "api/v1/members", token));
    assertRefused(call("GET", "api/v1/members", randomToken()));
    assertRefused(call("GET", "api/v1/members", "not-a-token"));
    assertRefused(call("GET", "api/v1/members", ""));
    assertRefused(call("GET", "api/v1/members", token.substring(0, 46) + "!"));
    assertRefused(call("POST", "api/v1/workspace/api-tokens", randomToken()));
    // a refused token is no anonymous call either: public endpoints refuse it too
    assertRefused(call("GET", "api/v1/t/nobody/members", "not-a-token"));
  }

  @Test
  void aTokenSeesOnlyItsOwnWorkspace() {
    String slugA = Api.uniqueSlug("token-a");
    String slugB = Api.uniqueSlug("token-b");
    var ownerA = Api.owner(base, slugA);
    var ownerB = Api.owner(base, slugB);
    var madeA = ownerA.post("api/v1/workspace/api-tokens", Map.of("name", "A's reports")).json();
    String tokenA = madeA.getString("token");
    long tokenIdA = madeA.getJsonNumber("id").longValue();
    long ownerIdB = ownerB.memberId("owner@" + slugB + ".test");

    var listA = call("GET", "api/v1/members?max=100", tokenA);
    assertThat(listA.status()).isEqualTo(200);
    assertThat(listA.body()).contains("owner@" + slugA + ".test").doesNotContain(slugB);
    var memberOfB = call("GET", "api/v1/members/" + ownerIdB, tokenA);
    assertThat(memberOfB.status()).isEqualTo(404);
    assertThat(memberOfB.body()).doesNotContain(slugB);
    // B's address in the path: refused before anything of B is read
    var pathOfB = call("GET", "api/v1/t/" + slugB + "/members", tokenA);
    assertThat(pathOfB.status()).isEqualTo(403);
    assertThat(pathOfB.contentType()).startsWith("application/problem+json");

    // nor does B's owner see or revoke A's token
    assertThat(ownerB.get("api/v1/workspace/api-tokens").array()).isEmpty();
    assertThat(ownerB.post("api/v1/workspace/api-tokens/" + tokenIdA + "/revocation").status())
        .isEqualTo(404);
    assertThat(call("GET", "api/v1/members", tokenA).status()).isEqualTo(200);
  }

  @Test
  void aTokenOnlyReadsAndOnlyWhatAcceptsIt() {
    String slug = Api.uniqueSlug("readonly");
    var owner = Api.owner(base, slug);
    String token =
        owner
            .post("api/v1/workspace/api-tokens", Map.of("name", "Reader"))
            .json()
            .getString("token");
    long ownerId = owner.memberId("owner@" + slug + ".test");

    assertForbidden(call("POST", "api/v1/members/" + ownerId + "/suspension", token));
    assertForbidden(call("PUT", "api/v1/workspace/rules", token));
    assertForbidden(call("DELETE", "api/v1/session", token));
    assertForbidden(call("POST", "api/v1/workspace/api-tokens", token));
    assertForbidden(callWithoutApiHeader("POST", "api/v1/jobs", token));
    // reads that do not accept a token: a member's own things, the owner's token list
    assertForbidden(call("GET", "api/v1/session", token));
    assertForbidden(call("GET", "api/v1/wallet", token));
    assertForbidden(call("GET", "api/v1/workspace/api-tokens", token));

    assertThat(owner.get("api/v1/workspace/api-tokens").array()).hasSize(1);
    assertThat(owner.get("api/v1/members/" + ownerId).json().getString("status"))
        .isEqualTo("ACTIVE");
  }

  @Test
  void onlyTheOwnerManagesTokens() {
    String slug = Api.uniqueSlug("owners");
    var owner = Api.owner(base, slug);
    var made = owner.post("api/v1/workspace/api-tokens", Map.of("name", "Owner's")).json();
    long id = made.getJsonNumber("id").longValue();
    var client = Api.member(base, slug, "Cleo", "client", "CLIENT");
    var freelancer = Api.member(base, slug, "Fred", "freelancer", "FREELANCER");

    for (Api member : new Api[] {client, freelancer}) {
      assertForbidden(member.get("api/v1/workspace/api-tokens"));
      assertForbidden(member.post("api/v1/workspace/api-tokens", Map.of("name", "Mine")));
      assertForbidden(member.post("api/v1/workspace/api-tokens/" + id + "/revocation"));
      assertThat(member.get("app/owner/api-tokens.xhtml").status()).isEqualTo(403);
    }
    var listed = only(owner.get("api/v1/workspace/api-tokens").array());
    assertThat(listed.getString("name")).isEqualTo("Owner's");
    assertThat(listed.containsKey("revokedAt")).isFalse();
    assertThat(call("GET", "api/v1/members", made.getString("token")).status()).isEqualTo(200);
  }

  @Test
  void aTokenBeyondItsRateLimitIsAnswered429WithRetryAfter() {
    var owner = Api.owner(base, Api.uniqueSlug("limit"));
    String busy =
        owner.post("api/v1/workspace/api-tokens", Map.of("name", "Busy")).json().getString("token");
    String calm =
        owner.post("api/v1/workspace/api-tokens", Map.of("name", "Calm")).json().getString("token");

    for (int i = 0; i < LIMIT; i++) {
      assertThat(call("GET", "api/v1/members", busy).status())
          .as("request " + (i + 1))
          .isEqualTo(200);
    }
    var refused = call("GET", "api/v1/members", busy);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("detail")).contains(LIMIT + " requests a minute");
    assertThat(refused.retryAfter()).isBetween(1L, 60L);
    // each token has its own budget; members' sessions have none
    assertThat(call("GET", "api/v1/members", calm).status()).isEqualTo(200);
    assertThat(owner.get("api/v1/members").status()).isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentIsPublicAndDescribesTheApiAndItsTokens() throws Exception {
    var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(Deployments.local(base)).resolve("/openapi"))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Marketplace API");
    var tags =
        document.getJsonArray("tags").stream()
            .map(t -> t.asJsonObject().getString("name"))
            .toList();
    assertThat(tags).contains("Workspace", "Invoices").doesNotHaveDuplicates();
    JsonObject paths = document.getJsonObject("paths");
    assertThat(paths.keySet())
        .anyMatch(p -> p.endsWith("/api/v1/members"))
        .anyMatch(p -> p.endsWith("/api/v1/members/{id}"))
        .anyMatch(p -> p.endsWith("/api/v1/workspace/api-tokens"))
        .anyMatch(p -> p.endsWith("/api/v1/workspace/api-tokens/{id}/revocation"))
        .anyMatch(p -> p.endsWith("/api/v1/invoices"))
        .anyMatch(p -> p.endsWith("/api/v1/jobs"))
        .anyMatch(p -> p.endsWith("/api/v1/t/{slug}/session"));
    JsonObject scheme =
        document
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("apiToken");
    assertThat(scheme.getString("type")).isEqualTo("http");
    assertThat(scheme.getString("scheme")).isEqualTo("bearer");
    String members =
        paths.keySet().stream()
            .filter(p -> p.endsWith("/api/v1/members"))
            .findFirst()
            .orElseThrow();
    assertThat(
            paths.getJsonObject(members).getJsonObject("get").getJsonArray("security").toString())
        .contains("apiToken");
    String tokens =
        paths.keySet().stream()
            .filter(p -> p.endsWith("/api/v1/workspace/api-tokens"))
            .findFirst()
            .orElseThrow();
    assertThat(String.valueOf(paths.getJsonObject(tokens).getJsonObject("get").get("security")))
        .doesNotContain("apiToken");
  }

  /** An answer to a program's call: what the tests read of it. */
  record Answer(
      int status, String contentType, String body, String wwwAuthenticate, long retryAfter) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  /**
   * A call as a program makes it: the token as bearer, no cookies, the API's header for changes.
   */
  Answer call(String method, String path, String token) {
    return send(method, path, token, true);
  }

  Answer callWithoutApiHeader(String method, String path, String token) {
    return send(method, path, token, false);
  }

  private Answer send(String method, String path, String token, boolean apiHeader) {
    var request =
        HttpRequest.newBuilder(URI.create(Deployments.local(base)).resolve(path))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60));
    if (apiHeader) {
      request.header("X-Requested-With", "reporting-script");
    }
    boolean body = method.equals("POST") || method.equals("PUT");
    if (body) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
    try {
      var response =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("WWW-Authenticate").orElse(""),
          response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(-1L));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertRefused(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getInt("status")).isEqualTo(401);
    assertThat(answer.wwwAuthenticate()).startsWith("Bearer");
  }

  private static void assertForbidden(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  private static void assertForbidden(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  private static JsonObject only(JsonArray array) {
    assertThat(array).hasSize(1);
    return array.get(0).asJsonObject();
  }

  /** A token of the right form that no workspace has. */
  private static String randomToken() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return "mkt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  // the audit log

  @Test
  void everyAuditedActionLeavesItsRowWhichTheOwnerFindsByWhoWhatAndWhen() throws Exception {
    String slug = Api.uniqueSlug("audit");
    String ownerEmail = "owner@" + slug + ".test";
    Api owner = Api.owner(base, slug);
    // a wrong password for a member, and an email nobody has: both kept, with where they came from
    assertThat(new Api(base).signIn(slug, ownerEmail, "not-the-password").status()).isEqualTo(401);
    assertThat(new Api(base).signIn(slug, "nobody@" + slug + ".test", "whatever-1").status())
        .isEqualTo(401);

    Member clara = InvoiceSteps.member(base, slug, "Clara Client", "clara", "CLIENT");
    Member fay = InvoiceSteps.member(base, slug, "Fay Freelancer", "fay", "FREELANCER");
    Member sam = InvoiceSteps.member(base, slug, "Sam Someone", "sam", "CLIENT");

    // invoicing: settings, an issued invoice downloaded, paid from the wallet, its receipt
    expect(
        200,
        fay.api()
            .putJson(
                "api/v1/invoices/profile",
                "{\"businessName\":\"Fay Design\",\"address\":\"Torstraße 1\\n10119 Berlin\","
                    + "\"countryCode\":\"DE\",\"taxId\":\"DE123456789\",\"prefix\":\"INV\","
                    + "\"termsDays\":14,\"reminderDays\":\"-3,1,7,14\"}"));
    long client = InvoiceSteps.client(fay.api(), "Clara's Shop", clara.id());
    long invoice =
        MarketSteps.id(
            expect(201, fay.api().postJson("api/v1/invoices", body(Map.of("clientId", client)))));
    expect(
        200,
        fay.api()
            .postJson(
                "api/v1/invoices/" + invoice + "/lines",
                "{\"description\":\"Audit\",\"quantity\":1,\"unit\":\"C62\",\"unitPrice\":5000,"
                    + "\"taxRate\":0}"));
    expect(200, fay.api().post("api/v1/invoices/" + invoice + "/issue"));
    assertThat(fay.api().download("api/v1/invoices/" + invoice + "/pdf").status()).isEqualTo(200);
    MarketSteps.topUp(clara.api(), 5_000);
    JsonObject paid =
        expect(
            200,
            clara
                .api()
                .postJson(
                    "api/v1/invoices/" + invoice + "/payments",
                    "{\"method\":\"WALLET\",\"amount\":5000,\"key\":\""
                        + UUID.randomUUID()
                        + "\"}"));
    long payment = paid.getJsonArray("payments").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(clara.api().download("api/v1/invoices/receipts/" + payment).status()).isEqualTo(200);

    // API tokens: made, used twice within the minute (one row), revoked
    JsonObject made =
        expect(201, owner.post("api/v1/workspace/api-tokens", Map.of("name", "Audit script")));
    String token = made.getString("token");
    long tokenId = made.getJsonNumber("id").longValue();
    assertThat(bearer("GET", "api/v1/members", token).statusCode()).isEqualTo(200);
    assertThat(bearer("GET", "api/v1/members", token).statusCode()).isEqualTo(200);
    expect(200, owner.post("api/v1/workspace/api-tokens/" + tokenId + "/revocation"));

    // the owner's decisions: a suspension and its end, the rules, a plan made, changed, archived
    expect(200, owner.post("api/v1/members/" + sam.id() + "/suspension"));
    expect(200, owner.post("api/v1/members/" + sam.id() + "/reinstatement"));
    expect(
        200,
        owner.putJson(
            "api/v1/workspace/rules",
            "{\"autoReleaseDays\":9,\"uploadTypes\":[\"application/pdf\"],"
                + "\"uploadMaxBytes\":1048576}"));
    String plan =
        body(Map.of("name", "Audit plan", "price", 1_500, "interval", "MONTHLY", "trialDays", 0));
    long planId = MarketSteps.id(expect(201, owner.postJson("api/v1/plans", plan)));
    expect(
        200,
        owner.putJson(
            "api/v1/plans/" + planId,
            body(
                Map.of(
                    "name",
                    "Audit plan plus",
                    "price",
                    2_500,
                    "interval",
                    "MONTHLY",
                    "trialDays",
                    0))));
    expect(200, owner.post("api/v1/plans/" + planId + "/archival"));
    // and signing out
    expect(204, fay.api().delete("api/v1/session"));
    expect(204, clara.api().delete("api/v1/sessions"));

    List<JsonObject> all = events(owner, "max=100");
    assertThat(actions(all))
        .contains(
            "SIGN_IN",
            "SIGN_IN_FAILED",
            "INVOICE_SETTINGS_CHANGED",
            "INVOICE_DOWNLOADED",
            "TOP_UP_STARTED",
            "INVOICE_PAYMENT_STARTED",
            "RECEIPT_DOWNLOADED",
            "API_TOKEN_CREATED",
            "API_TOKEN_USED",
            "API_TOKEN_REVOKED",
            "MEMBER_SUSPENDED",
            "MEMBER_REINSTATED",
            "RULES_CHANGED",
            "PLAN_CREATED",
            "PLAN_CHANGED",
            "PLAN_ARCHIVED",
            "SIGN_OUT",
            "SIGN_OUT_EVERYWHERE");
    // newest first
    List<Instant> times = all.stream().map(e -> Instant.parse(e.getString("occurredAt"))).toList();
    assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    // sign-ins: who, from where, with what; the failed ones name the email typed
    JsonObject failed = only(all, "SIGN_IN_FAILED", ownerEmail);
    assertThat(failed.getString("actorKind")).isEqualTo("ANONYMOUS");
    assertThat(failed.getString("address")).isNotBlank();
    assertThat(failed.getString("userAgent")).contains("Java-http-client");
    assertThat(only(all, "SIGN_IN_FAILED", "nobody@" + slug + ".test").getString("detail"))
        .isEqualTo("API session");
    JsonObject signedIn = only(all, "SIGN_IN", "clara@" + slug + ".test");
    assertThat(signedIn.getString("actorKind")).isEqualTo("MEMBER");
    assertThat(signedIn.getJsonNumber("actorMemberId").longValue()).isEqualTo(clara.id());
    assertThat(signedIn.getString("actorName")).isEqualTo("Clara Client");
    assertThat(signedIn.getString("address")).isNotBlank();
    assertThat(signedIn.getString("userAgent")).contains("Java-http-client");

    // each action once, naming its subject
    assertThat(only(all, "INVOICE_DOWNLOADED", "fay@" + slug + ".test").getJsonNumber("subjectId"))
        .hasToString(Long.toString(invoice));
    assertThat(only(all, "INVOICE_PAYMENT_STARTED", "clara@" + slug + ".test").getString("detail"))
        .isEqualTo("by wallet, 50.00 EUR");
    assertThat(
            only(all, "RECEIPT_DOWNLOADED", "clara@" + slug + ".test").getJsonNumber("subjectId"))
        .hasToString(Long.toString(payment));
    assertThat(only(all, "TOP_UP_STARTED", "clara@" + slug + ".test").getString("detail"))
        .isEqualTo("50.00 EUR");
    JsonObject used = only(all, "API_TOKEN_USED", null);
    assertThat(used.getString("actorKind")).isEqualTo("API_TOKEN");
    assertThat(used.getString("actorName")).contains("Audit script");
    assertThat(only(all, "API_TOKEN_CREATED", ownerEmail).getJsonNumber("subjectId"))
        .hasToString(Long.toString(tokenId));
    assertThat(only(all, "API_TOKEN_REVOKED", ownerEmail).getJsonNumber("subjectId"))
        .hasToString(Long.toString(tokenId));
    assertThat(only(all, "MEMBER_SUSPENDED", ownerEmail).getJsonNumber("subjectId"))
        .hasToString(Long.toString(sam.id()));
    assertThat(only(all, "RULES_CHANGED", ownerEmail).getString("detail"))
        .contains("auto-release 14 → 9 days");
    assertThat(only(all, "PLAN_CHANGED", ownerEmail).getString("detail"))
        .isEqualTo("Audit plan plus");
    assertThat(only(all, "SIGN_OUT", "fay@" + slug + ".test").getString("actorKind"))
        .isEqualTo("MEMBER");

    // who: part of an email or a name, any case
    List<JsonObject> byClara = events(owner, "max=100&who=CLARA%20c");
    assertThat(byClara).isNotEmpty();
    assertThat(byClara)
        .allSatisfy(
            e -> assertThat(e.getString("actorEmail")).isEqualTo("clara@" + slug + ".test"));
    assertThat(actions(byClara))
        .containsExactlyInAnyOrder(
            "EMAIL_VERIFIED", // by the link emailed when she joined
            "SIGN_IN",
            "TOP_UP_STARTED",
            "INVOICE_PAYMENT_STARTED",
            "RECEIPT_DOWNLOADED",
            "SIGN_OUT_EVERYWHERE");
    // what
    assertThat(actions(events(owner, "action=plan_changed"))).containsExactly("PLAN_CHANGED");
    assertThat(events(owner, "action=SIGN_IN_FAILED")).hasSize(2);
    // when: today (UTC) holds everything, tomorrow nothing
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long total = page(owner, "max=1").getJsonNumber("total").longValue();
    assertThat(total).isEqualTo(all.size());
    assertThat(page(owner, "from=" + today + "&to=" + today).getJsonNumber("total").longValue())
        .isEqualTo(total);
    assertThat(page(owner, "from=" + today.plusDays(1)).getJsonNumber("total").longValue())
        .isZero();
    assertThat(page(owner, "to=" + today.minusDays(1)).getJsonNumber("total").longValue()).isZero();
    // bad filters are 400 problems naming what is wrong
    Replies.problem(owner.get("api/v1/audit?action=NOPE"), 400, "action");
    Replies.problem(owner.get("api/v1/audit?from=2026-05-02&to=2026-05-01"), 400, "end date");
    assertThat(owner.get("api/v1/audit?from=yesterday").status()).isEqualTo(400);
    assertThat(owner.get("api/v1/audit?max=101").status()).isEqualTo(400);
    assertThat(owner.get("api/v1/audit?who=" + "x".repeat(101)).status()).isEqualTo(400);

    // paging: pages of three, in the same order as all at once, none twice
    List<Long> paged = new java.util.ArrayList<>();
    for (int first = 0; first < total; first += 3) {
      JsonObject p = page(owner, "max=3&first=" + first);
      assertThat(p.getJsonNumber("total").longValue()).isEqualTo(total);
      p.getJsonArray("events").forEach(e -> paged.add(id(e.asJsonObject())));
    }
    assertThat(paged).isEqualTo(all.stream().map(TenancyApiIT::id).toList());

    // the CSV carries the filtered rows
    var csv = owner.download("app/owner/audit.csv?who=" + URLEncoder.encode("clara@", UTF8));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).startsWith("id,occurred_at,actor_kind");
    assertThat(lines).hasSize(byClara.size() + 1);
    assertThat(text)
        .contains("INVOICE_PAYMENT_STARTED", "by wallet, 50.00 EUR", "Java-http-client");
    assertThat(text).doesNotContain("PLAN_CHANGED");
    String everything =
        new String(owner.download("app/owner/audit.csv").body(), StandardCharsets.UTF_8);
    assertThat(everything.lines().count()).isEqualTo(total + 1);

    // the owner's page: filtered by the address, in the owner's navigation
    var shown = owner.get("app/owner/audit.xhtml?action=PLAN_CHANGED");
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.body()).contains("Plan changed", "Audit plan plus", "1 event", "nav-audit");
    assertThat(shown.body()).doesNotContain("Plan archived</span>");
  }

  @Test
  void nobodyButTheOwnerReadsTheLogAndNothingChangesIt() throws Exception {
    String slugA = Api.uniqueSlug("audit-a");
    Api ownerA = Api.owner(base, slugA);
    Member client = InvoiceSteps.member(base, slugA, "Cleo Client", "cleo", "CLIENT");
    Member suspended = InvoiceSteps.member(base, slugA, "Sid Suspended", "sid", "CLIENT");
    expect(200, ownerA.post("api/v1/members/" + suspended.id() + "/suspension"));
    expect(200, ownerA.post("api/v1/members/" + suspended.id() + "/reinstatement"));
    // a dispute the owner decides
    Member finn = InvoiceSteps.member(base, slugA, "Finn Freelancer", "finn", "FREELANCER");
    MarketSteps.topUp(client.api(), 10_000);
    long contract = MarketSteps.fundedContract(client.api(), finn.api(), "Audit work", 10_000);
    expect(
        200,
        finn.api()
            .postJson("api/v1/contracts/" + contract + "/dispute", "{\"text\":\"No answer\"}"));
    expect(
        200,
        ownerA.postJson(
            "api/v1/contracts/" + contract + "/resolution",
            "{\"decision\":\"REFUND\",\"toFreelancer\":0,\"note\":\"Nothing shown\"}"));
    JsonObject decided =
        only(
            events(ownerA, "action=DISPUTE_DECIDED"),
            "DISPUTE_DECIDED",
            "owner@" + slugA + ".test");
    assertThat(decided.getJsonNumber("subjectId").longValue()).isEqualTo(contract);
    assertThat(decided.getString("detail")).startsWith("refund: ");
    long totalA = page(ownerA, "max=1").getJsonNumber("total").longValue();
    assertThat(totalA).isGreaterThanOrEqualTo(5);

    // another workspace's owner sees only their own workspace's events
    Api ownerB = Api.owner(base, Api.uniqueSlug("audit-b"));
    List<JsonObject> seenByB = events(ownerB, "max=100");
    assertThat(seenByB).isNotEmpty();
    assertThat(seenByB)
        .allSatisfy(
            e ->
                assertThat(e.getString("actorEmail", ""))
                    .doesNotContain(slugA)
                    .isNotEqualTo("sid@" + slugA + ".test"));
    assertThat(events(ownerB, "who=" + slugA)).isEmpty();
    assertThat(events(ownerB, "action=MEMBER_SUSPENDED")).isEmpty();

    // a client: no API, no page, no CSV
    Replies.problem(client.api().get("api/v1/audit"), 403, "");
    assertThat(client.api().get("app/owner/audit.xhtml").status()).isEqualTo(403);
    assertThat(client.api().download("app/owner/audit.csv").status()).isEqualTo(403);

    // an API token reads it, like the other reports
    String token =
        expect(201, ownerA.post("api/v1/workspace/api-tokens", Map.of("name", "Reader")))
            .getString("token");
    var read = bearer("GET", "api/v1/audit?action=MEMBER_SUSPENDED", token);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Json.createReader(new StringReader(read.body())).readObject().getInt("total"))
        .isEqualTo(1);

    // no endpoint changes or deletes a row
    for (Api.Reply refused :
        List.of(
            ownerA.putJson("api/v1/audit", "{}"),
            ownerA.delete("api/v1/audit"),
            ownerA.postJson("api/v1/audit", "{}"))) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(405);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(bearer("DELETE", "api/v1/audit", token).statusCode()).isIn(403, 405);
    assertThat(page(ownerA, "max=1").getJsonNumber("total").longValue())
        .isEqualTo(totalA + 2); // the token made and used

    // nor does a statement straight to the database: the table refuses both
    long tenantA = ownerA.get("api/v1/session").json().getJsonNumber("tenantId").longValue();
    try (var db =
        DriverManager.getConnection(
            System.getProperty("it.db.url"), EmbeddedDatabase.USER, IntegrationStack.DB_PASSWORD)) {
      try (var update =
          db.prepareStatement("UPDATE audit_event SET detail = 'rewritten' WHERE tenant_id = ?")) {
        update.setLong(1, tenantA);
        assertThatThrownBy(update::executeUpdate)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
      try (var delete = db.prepareStatement("DELETE FROM audit_event WHERE tenant_id = ?")) {
        delete.setLong(1, tenantA);
        assertThatThrownBy(delete::executeUpdate)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
      try (var count =
          db.prepareStatement(
              "SELECT COUNT(*) FROM audit_event WHERE tenant_id = ? AND detail = 'rewritten'")) {
        count.setLong(1, tenantA);
        try (var rows = count.executeQuery()) {
          rows.next();
          assertThat(rows.getLong(1)).isZero();
        }
      }
    }
    assertThat(page(ownerA, "max=1").getJsonNumber("total").longValue()).isEqualTo(totalA + 2);
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static JsonObject page(Api owner, String query) {
    return expect(200, owner.get("api/v1/audit?" + query));
  }

  private static List<JsonObject> events(Api owner, String query) {
    return page(owner, query).getJsonArray("events").stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<String> actions(List<JsonObject> events) {
    return events.stream().map(e -> e.getString("action")).toList();
  }

  private static long id(JsonObject event) {
    return event.getJsonNumber("id").longValue();
  }

  /** The one event of the action by the actor of the email (any actor for null). */
  private static JsonObject only(List<JsonObject> events, String action, String email) {
    List<JsonObject> matching =
        events.stream()
            .filter(e -> e.getString("action").equals(action))
            .filter(e -> email == null || email.equals(e.getString("actorEmail", null)))
            .toList();
    assertThat(matching).as(action + " by " + email + " in " + events).hasSize(1);
    return matching.get(0);
  }

  private HttpResponse<String> bearer(String method, String path, String token) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(Deployments.local(base)).resolve(path))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("X-Requested-With", "audit-script")
            .timeout(Duration.ofSeconds(60))
            .method(method, HttpRequest.BodyPublishers.noBody());
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
