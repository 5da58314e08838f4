package com.marketplace.it;

import static com.marketplace.it.Replies.body;
import static com.marketplace.it.Replies.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.devstack.EmbeddedDatabase;
import com.marketplace.devstack.IntegrationStack;
import com.marketplace.it.InvoiceSteps.Member;
import jakarta.json.Json;
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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log on the real application: each audited action leaves its row (who, from which
 * address and user agent), the owner finds them by who, what and when, a page at a time, on the
 * API, the page and in the CSV; nobody else reads them, and neither an endpoint nor a statement
 * straight to the database changes or deletes one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

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
    assertThat(paged).isEqualTo(all.stream().map(AuditIT::id).toList());

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
