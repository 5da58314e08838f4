package com.marketplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.devstack.IntegrationStack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API tokens (S6) on the real application: the owner makes, lists and revokes them; a program reads
 * with one (no slug, no session), only reads, only endpoints that accept it, only its own
 * workspace, at most so often; the OpenAPI document describes the API. Each test makes its own
 * workspace; every token is used fewer times than the tests' rate limit, but the one that reaches
 * it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensIT {

  static final int LIMIT = IntegrationStack.API_REQUESTS_PER_MINUTE;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

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
}
