package com.marketplace.it;

import static com.marketplace.it.Replies.body;
import static com.marketplace.it.Replies.expect;
import static com.marketplace.it.Replies.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.demo.boundary.DemoDesk;
import com.marketplace.demo.boundary.DemoInvoices;
import com.marketplace.demo.boundary.DemoMarketplace;
import com.marketplace.demo.boundary.DemoPortal;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client portal: accounts made for CRM clients and customers by email; each sees what is
 * addressed to its email and nothing else (every id-bearing portal address tried with another
 * customer's id answers 404), reaches no member page or API, changes only its own name, phone and
 * billing address; a closed portal refuses everything; sessions end when idle, when too old and on
 * "log out all devices".
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

  static final String PASSWORD = "portal-pass-1";

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            PortalIT.class,
            PortalFixtures.class,
            SubscriptionFixtures.class,
            ShiftedClock.class,
            Deployments.class,
            Api.class,
            MarketSteps.class,
            Replies.class,
            TimeSteps.class,
            Eventually.class);
  }

  @ArquillianResource URL deployment;
  @Inject PortalFixtures fixtures;
  @Inject SubscriptionFixtures billingFixtures;
  @Inject TenantContext tenantContext;
  @Inject DemoDesk demoDesk;
  @Inject DemoInvoices demoInvoices;
  @Inject DemoPortal demoPortal;

  /** A workspace where Fay invoiced and quoted two CRM clients, and the owner bills a customer. */
  record Setting(
      String slug,
      Api owner,
      Api fay,
      String ann,
      String bob,
      String cid,
      long annInvoice,
      long bobInvoice,
      long bobQuote,
      long cidSubscription,
      long annClient,
      long bobClient) {}

  Setting setting(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    Api owner = Api.owner(deployment, slug);
    Api fay = invoicingFreelancer(slug);
    String ann = "ann@" + slug + ".example";
    String bob = "bob@" + slug + ".example";
    String cid = "cid@" + slug + ".example";
    long annClient = crmClient(fay, "Ann Shop", ann);
    long bobClient = crmClient(fay, "Bob Bakery", bob);
    long annInvoice = issued(fay, annClient, 12_000);
    long bobInvoice = issued(fay, bobClient, 30_000);
    long bobQuote =
        MarketSteps.id(
            expect(
                201,
                fay.postJson(
                    "api/v1/quotes",
                    body(
                        Map.of(
                            "clientId",
                            bobClient,
                            "title",
                            "Shop window",
                            "validUntil",
                            LocalDate.now(ZoneOffset.UTC).plusDays(30).toString())))));
    expect(
        200,
        fay.postJson("api/v1/quotes/" + bobQuote + "/lines", line("Design", "10", "HUR", 8_000)));
    expect(200, fay.post("api/v1/quotes/" + bobQuote + "/send"));
    long plan =
        MarketSteps.id(
            expect(
                201,
                owner.postJson(
                    "api/v1/plans",
                    body(
                        Map.of(
                            "name",
                            "Basic",
                            "price",
                            2_000,
                            "interval",
                            "MONTHLY",
                            "trialDays",
                            0)))));
    long customer =
        MarketSteps.id(
            expect(
                201,
                owner.postJson(
                    "api/v1/customers",
                    body(Map.of("name", "Cid Cafe", "email", cid, "card", "4242424242424242")))));
    long subscription =
        MarketSteps.id(
            expect(
                201,
                owner.postJson(
                    "api/v1/subscriptions", body(Map.of("customerId", customer, "planId", plan)))));
    fixtures.provision();
    for (String email : List.of(ann, bob, cid)) {
      assertEquals("PORTAL", fixtures.password(slug, email, PASSWORD), email);
    }
    return new Setting(
        slug,
        owner,
        fay,
        ann,
        bob,
        cid,
        annInvoice,
        bobInvoice,
        bobQuote,
        subscription,
        annClient,
        bobClient);
  }

  @Test
  void aPortalAccountSeesWhatIsAddressedToItsEmailAndNothingElse() {
    Setting s = setting("portal-see");
    Api ann = portal(s.slug(), s.ann());
    Api bob = portal(s.slug(), s.bob());
    Api cid = portal(s.slug(), s.cid());

    // its own: listed, readable, downloadable, payable by card with a receipt
    List<Long> annList =
        ann.get("api/v1/portal/invoices").array().stream()
            .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
            .toList();
    assertEquals(List.of(s.annInvoice()), annList);
    var pdf = ann.download("api/v1/portal/invoices/" + s.annInvoice() + "/pdf");
    assertEquals(200, pdf.status());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
    assertEquals(200, ann.download("portal/download/pdf/" + s.annInvoice()).status());
    assertPage(ann, "portal/index.xhtml", "Download PDF");
    assertPage(ann, "portal/invoice.xhtml?id=" + s.annInvoice(), "Pay now");
    // a portal account has no wallet: its Pay now is by card only
    assertFalse(
        ann.get("portal/invoice.xhtml?id=" + s.annInvoice()).body().contains("Pay from my wallet"));
    Api.Reply paid =
        ann.submitForm(
            "portal/invoice.xhtml?id=" + s.annInvoice(),
            "pay-form",
            Map.of(
                "pay-form:key", "pay-ann-1",
                "pay-form:amount", "120,00",
                "pay-form:card", "4242 4242 4242 4242",
                "pay-form:card-pay", "Pay now by card"));
    assertTrue(paid.status() < 400, paid.body());
    JsonObject after = expect(200, ann.get("api/v1/portal/invoices/" + s.annInvoice()));
    assertEquals("PAID", after.getString("status"));
    long receipt =
        after.getJsonArray("payments").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.containsKey("receiptNumber") && !p.isNull("receiptNumber"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, ann.download("api/v1/portal/receipts/" + receipt).status());
    assertEquals(200, ann.download("portal/download/receipt/" + receipt).status());
    assertPage(ann, "portal/index.xhtml", "class=\"standing paid\"");

    // another customer's invoice, receipt, quote and subscription: not found, wherever asked
    for (String path :
        List.of(
            "api/v1/portal/invoices/" + s.bobInvoice(),
            "api/v1/portal/invoices/" + s.bobInvoice() + "/pdf",
            "api/v1/portal/quotes/" + s.bobQuote(),
            "api/v1/portal/subscriptions/" + s.cidSubscription())) {
      assertEquals(404, ann.get(path).status(), path);
    }
    assertEquals(404, bob.download("api/v1/portal/receipts/" + receipt).status());
    assertEquals(404, bob.download("portal/download/receipt/" + receipt).status());
    assertEquals(404, ann.download("portal/download/pdf/" + s.bobInvoice()).status());
    assertEquals(404, ann.download("portal/download/quote/" + s.bobQuote()).status());
    assertEquals(404, ann.get("portal/invoice.xhtml?id=" + s.bobInvoice()).status());
    assertFalse(ann.get("portal/quotes.xhtml").body().contains("Shop window"));
    // ... while each sees its own
    assertEquals(200, bob.get("api/v1/portal/quotes/" + s.bobQuote()).status());
    assertTrue(
        expect(200, bob.get("api/v1/portal/quotes/" + s.bobQuote())).getBoolean("decidable"));
    assertEquals(200, cid.get("api/v1/portal/subscriptions/" + s.cidSubscription()).status());
    assertEquals(1, cid.get("api/v1/portal/subscriptions").array().size());
    assertEquals(0, ann.get("api/v1/portal/subscriptions").array().size());
    // the customer replaces its card; another customer's subscription is not in its form
    Api.Reply replaced =
        cid.submitForm(
            "portal/subscription.xhtml",
            "card",
            Map.of(
                "card:subscription", Long.toString(s.cidSubscription()),
                "card:number", "4000 0000 0000 0002",
                "card:replace", "Replace card"));
    assertTrue(replaced.status() < 400, replaced.body());
    assertEquals("0002", cardLast4(s));
    Api.Reply forged =
        bob.submitForm(
            "portal/subscription.xhtml",
            "card",
            Map.of(
                "card:subscription", Long.toString(s.cidSubscription()),
                "card:number", "4242 4242 4242 4242",
                "card:replace", "Replace card"));
    assertTrue(forged.status() < 500, forged.body());
    assertEquals("0002", cardLast4(s));

    // no member page, no member API
    for (String page :
        List.of("app/index.xhtml", "app/wallet.xhtml", "app/invoices/to-pay.xhtml")) {
      assertEquals(403, ann.get(page).status(), page);
    }
    for (String api :
        List.of(
            "api/v1/wallet",
            "api/v1/jobs",
            "api/v1/invoices/" + s.annInvoice(),
            "api/v1/quotes/received",
            "api/v1/notifications")) {
      problem(ann.get(api), 403, "portal");
    }
    problem(
        ann.postJson(
            "api/v1/invoices/" + s.bobInvoice() + "/payments",
            "{\"method\":\"CARD\",\"amount\":100,\"key\":\"k\",\"card\":\"4242424242424242\"}"),
        403,
        "portal");
    // the member side finds nothing new either: Fay's own invoice list is hers, the owner's page
    // of the portal is the owner's
    assertEquals(403, s.fay().get("app/owner/portal.xhtml").status());
    assertPage(s.owner(), "app/owner/portal.xhtml", "Client portal");
  }

  @Test
  void theProfileTakesOnlyNamePhoneAndBillingAddress() {
    Setting s = setting("portal-profile");
    Api ann = portal(s.slug(), s.ann());
    JsonObject changed =
        expect(
            200,
            ann.patchJson(
                "api/v1/portal/profile",
                "{\"name\":\"Ann Smith\",\"phone\":\"+49 30 1234\","
                    + "\"billingAddress\":\"Main St 1\"}"));
    assertEquals("Ann Smith", changed.getString("name"));
    assertEquals("+49 30 1234", changed.getString("phone"));
    for (String forged :
        List.of(
            "{\"email\":\"owner@" + s.slug() + ".test\"}",
            "{\"role\":\"OWNER\"}",
            "{\"name\":\"X\",\"memberId\":1}")) {
      problem(ann.patchJson("api/v1/portal/profile", forged), 400, "Only name");
    }
    JsonObject now = expect(200, ann.get("api/v1/portal/profile"));
    assertEquals(s.ann(), now.getString("email"));
    assertEquals("PORTAL", now.getString("role"));
    assertEquals("Ann Smith", now.getString("name"));
    // a forged field in the page's form is not bound: the email stays
    Api.Reply saved =
        ann.submitForm(
            "portal/account.xhtml",
            "details",
            Map.of(
                "details:name", "Ann Page",
                "details:phone", "",
                "details:address", "Side St 2",
                "details:email", "evil@example.test",
                "details:role", "OWNER",
                "details:save", "Save"));
    assertTrue(saved.status() < 400, saved.body());
    now = expect(200, ann.get("api/v1/portal/profile"));
    assertEquals("Ann Page", now.getString("name"));
    assertEquals("Side St 2", now.getString("billingAddress"));
    assertEquals(s.ann(), now.getString("email"));
    assertEquals("PORTAL", now.getString("role"));
    // the API of members cannot write it either
    problem(ann.putJson("api/v1/invoices/profile", "{\"businessName\":\"Evil\"}"), 403, "portal");
  }

  @Test
  void everythingThePagesDoTheApiDoesUnderTheSameRules() {
    Setting s = setting("portal-api");
    Api ann = portal(s.slug(), s.ann());
    Api bob = portal(s.slug(), s.bob());
    Api cid = portal(s.slug(), s.cid());
    String annPays = "api/v1/portal/invoices/" + s.annInvoice() + "/payments";
    String annInvoice = "api/v1/portal/invoices/" + s.annInvoice();

    // bad input, another customer's invoice: refused, nothing paid
    problem(ann.postJson(annPays, card(-100), KEY, "ann-negative"), 400, "amount");
    problem(ann.postJson(annPays, card(100)), 400, KEY);
    problem(bob.postJson(annPays, card(100), KEY, "bob-1"), 404, "no such");
    // a card number that is none: refused before anything is promised (below, the two payments
    // still pay exactly what was open)
    problem(ann.postJson(annPays, "{\"amount\":100,\"card\":\"1234\"}", KEY, "ann-1"), 400, "card");
    assertEquals(0, expect(200, ann.get(annInvoice)).getJsonArray("payments").size());
    // a part, sent twice at the same moment: one payment, made by exactly one of the two requests
    // (201); the other, and the same request once more, name it (200) and pay nothing more
    var twice =
        java.util.stream.Stream.of("one", "two")
            .map(
                n ->
                    java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> ann.postJson(annPays, card(5_000), KEY, "ann-part-1")))
            .toList()
            .stream()
            .map(java.util.concurrent.CompletableFuture::join)
            .sorted(java.util.Comparator.comparingInt(Api.Reply::status).reversed())
            .toList();
    assertEquals(List.of(201, 200), twice.stream().map(Api.Reply::status).toList());
    Api.Reply first = twice.get(0);
    JsonObject part = expect(201, first);
    assertEquals(
        part.getJsonObject("payment").getJsonNumber("id"),
        expect(200, twice.get(1)).getJsonObject("payment").getJsonNumber("id"));
    assertEquals("PARTIALLY_PAID", part.getJsonObject("invoice").getString("status"));
    assertEquals(5_000, part.getJsonObject("payment").getJsonNumber("amount").longValue());
    assertEquals(first.location(), part.getString("receipt"));
    JsonObject again = expect(200, ann.postJson(annPays, card(5_000), KEY, "ann-part-1"));
    assertEquals(
        part.getJsonObject("payment").getJsonNumber("id"),
        again.getJsonObject("payment").getJsonNumber("id"));
    assertEquals(1, expect(200, ann.get(annInvoice)).getJsonArray("payments").size());
    problem(ann.postJson(annPays, card(7_001), KEY, "ann-too-much"), 400, "At most");
    JsonObject rest = expect(201, ann.postJson(annPays, card(7_000), KEY, "ann-part-2"));
    assertEquals("PAID", rest.getJsonObject("invoice").getString("status"));
    for (JsonObject paid : List.of(part, rest)) {
      var receipt = ann.download(paid.getString("receipt"));
      assertEquals(200, receipt.status());
      assertEquals("%PDF", new String(receipt.body(), 0, 4, StandardCharsets.ISO_8859_1));
    }
    assertEquals(
        2,
        expect(200, ann.get(annInvoice)).getJsonArray("payments").stream()
            .filter(p -> !p.asJsonObject().isNull("receiptNumber"))
            .count());

    // time: one entry approved alone, one rejected with its reason, one approved on the page
    long project =
        MarketSteps.id(
            expect(
                201,
                s.fay()
                    .postJson(
                        "api/v1/desk/projects",
                        body(Map.of("clientId", s.annClient(), "name", "Logo", "rate", 6_000)))));
    java.time.Instant monday =
        java.time.Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
            .minus(Duration.ofDays(2));
    List<Long> entries =
        List.of(
            TimeSteps.entry(s.fay(), project, monday, Duration.ofHours(1)),
            TimeSteps.entry(
                s.fay(), project, monday.plus(Duration.ofHours(2)), Duration.ofHours(1)),
            TimeSteps.entry(
                s.fay(), project, monday.plus(Duration.ofHours(4)), Duration.ofHours(1)));
    expect(200, TimeSteps.submit(s.fay(), entries));
    String decideFirst = "api/v1/portal/time/" + entries.get(0) + "/decision";
    problem(bob.postJson(decideFirst, "{\"decision\":\"APPROVE\"}"), 404, "no such");
    problem(
        bob.postJson(
            "api/v1/portal/time/decisions",
            "{\"entryIds\":[" + entries.get(1) + "],\"decision\":\"REJECT\",\"comment\":\"No\"}"),
        404,
        "no such");
    problem(
        ann.postJson(
            "api/v1/portal/time/decisions",
            "{\"entryIds\":[" + entries.get(1) + "],\"decision\":\"REJECT\"}"),
        400,
        "reason");
    assertEquals(
        3, expect(200, ann.get("api/v1/portal/time")).getJsonNumber("entries").longValue());
    JsonObject approved =
        expect(200, ann.postJson(decideFirst, "{\"decision\":\"APPROVE\",\"comment\":\"Fine\"}"));
    assertEquals(List.of(entries.get(0)), ids(approved.getJsonArray("decided")));
    JsonObject rejected =
        expect(
            200,
            ann.postJson(
                "api/v1/portal/time/decisions",
                "{\"entryIds\":["
                    + entries.get(1)
                    + "],\"decision\":\"REJECT\",\"comment\":\"Not agreed\"}"));
    assertEquals(List.of(entries.get(1)), ids(rejected.getJsonArray("decided")));
    Api.Reply onPage =
        ann.submitForm(
            "portal/time.xhtml",
            "decide",
            Map.of(
                "entry", Long.toString(entries.get(2)),
                "decide:comment", "",
                "decide:approve", "Approve ticked"));
    assertTrue(onPage.status() < 400, onPage.body());
    Map<Long, JsonObject> recorded =
        s.fay().get("api/v1/desk/entries?projectId=" + project).array().stream()
            .map(JsonValue::asJsonObject)
            .collect(
                java.util.stream.Collectors.toMap(e -> e.getJsonNumber("id").longValue(), e -> e));
    assertEquals("APPROVED", recorded.get(entries.get(0)).getString("status"));
    assertEquals("REJECTED", recorded.get(entries.get(1)).getString("status"));
    assertEquals("Not agreed", recorded.get(entries.get(1)).getString("comment"));
    assertEquals("APPROVED", recorded.get(entries.get(2)).getString("status"));

    // quotes: one accepted, another rejected with its reason
    long secondQuote =
        MarketSteps.id(
            expect(
                201,
                s.fay()
                    .postJson(
                        "api/v1/quotes",
                        body(
                            Map.of(
                                "clientId",
                                s.bobClient(),
                                "title",
                                "Signage",
                                "validUntil",
                                LocalDate.now(ZoneOffset.UTC).plusDays(30).toString())))));
    expect(
        200,
        s.fay()
            .postJson(
                "api/v1/quotes/" + secondQuote + "/lines",
                line("Signage design", "5", "HUR", 8_000)));
    expect(200, s.fay().post("api/v1/quotes/" + secondQuote + "/send"));
    String bobQuote = "api/v1/portal/quotes/" + s.bobQuote();
    String bobSecond = "api/v1/portal/quotes/" + secondQuote;
    problem(ann.post(bobQuote + "/acceptance"), 404, "no such");
    problem(ann.postJson(bobSecond + "/rejection", "{\"comment\":\"No\"}"), 404, "no such");
    problem(bob.postJson(bobSecond + "/rejection", "{}"), 400, "comment");
    assertEquals("SENT", expect(200, bob.get(bobSecond)).getString("status"));
    assertEquals("ACCEPTED", expect(200, bob.post(bobQuote + "/acceptance")).getString("status"));
    assertEquals(
        "REJECTED",
        expect(200, bob.postJson(bobSecond + "/rejection", "{\"comment\":\"Too dear\"}"))
            .getString("status"));

    // the subscription: billed, then moved to Pro for what the preview said, cancelled at the
    // period's end, paid by a new card
    long pro =
        MarketSteps.id(
            expect(
                201,
                s.owner()
                    .postJson(
                        "api/v1/plans",
                        body(
                            Map.of(
                                "name",
                                "Pro",
                                "price",
                                5_000,
                                "interval",
                                "MONTHLY",
                                "trialDays",
                                0)))));
    tenantContext.use(s.owner().get("api/v1/session").json().getJsonNumber("tenantId").longValue());
    billingFixtures.billingDetails(); // the workspace's invoices need its tax id
    expect(202, s.owner().post("api/v1/billing/runs"));
    JsonObject run =
        Eventually.await(
            "the billing run finishes",
            () -> expect(200, s.owner().get("api/v1/billing/runs/latest")),
            r -> !r.getBoolean("running"));
    assertEquals(0, run.getInt("failed"), run.toString());
    String sub = "api/v1/portal/subscriptions/" + s.cidSubscription();
    assertTrue(
        cid.get("api/v1/portal/plans").array().stream()
            .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == pro));
    problem(ann.get(sub + "/change-preview?plan=" + pro), 404, "no such");
    // an unknown plan is not found, as it is for the owner
    problem(cid.get(sub + "/change-preview?plan=999999999"), 404, "no such plan");
    problem(
        cid.postJson(sub + "/plan-change", body(Map.of("planId", 999_999_999L, "net", 0))),
        404,
        "no such plan");
    JsonObject preview = expect(200, cid.get(sub + "/change-preview?plan=" + pro));
    long net = preview.getJsonNumber("net").longValue();
    assertTrue(net > 0, preview.toString());
    problem(
        ann.postJson(sub + "/plan-change", body(Map.of("planId", pro, "net", net))),
        404,
        "no such");
    assertEquals("Basic", expect(200, cid.get(sub)).getString("planName"));
    JsonObject changed =
        expect(200, cid.postJson(sub + "/plan-change", body(Map.of("planId", pro, "net", net))));
    assertEquals("Pro", changed.getString("planName"));
    JsonObject bill = changed.getJsonArray("bills").getJsonObject(0);
    assertEquals("CHANGE", bill.getString("kind"));
    assertEquals(net, bill.getJsonNumber("amount").longValue());
    assertEquals("PAID", bill.getString("status"));
    problem(ann.post(sub + "/cancellation"), 404, "no such");
    JsonObject cancelling = expect(200, cid.post(sub + "/cancellation"));
    assertTrue(cancelling.getBoolean("cancelAtPeriodEnd"));
    problem(ann.putJson(sub + "/card", "{\"card\":\"5555555555554444\"}"), 404, "no such");
    problem(cid.putJson(sub + "/card", "{\"card\":\"\"}"), 400, "card");
    assertEquals(
        "4444",
        expect(200, cid.putJson(sub + "/card", "{\"card\":\"5555 5555 5555 4444\"}"))
            .getString("cardLast4"));
    assertEquals("4444", cardLast4(s));

    // a client member who is a customer manages their own subscription the same way; one who only
    // shares a customer's email is not trusted with it (as with invoices and quotes)
    Api dan = Api.member(deployment, s.slug(), "Dan Client", "dan", "CLIENT");
    Api eve = Api.member(deployment, s.slug(), "Eve Client", "eve", "CLIENT");
    long danCustomer =
        MarketSteps.id(
            expect(
                201,
                s.owner()
                    .postJson(
                        "api/v1/customers",
                        body(Map.of("memberId", dan.get("api/v1/session").json().getInt("id"))))));
    long eveCustomer =
        MarketSteps.id(
            expect(
                201,
                s.owner()
                    .postJson(
                        "api/v1/customers",
                        body(
                            Map.of(
                                "name",
                                "Eve's Shop",
                                "email",
                                "eve@" + s.slug() + ".test",
                                "card",
                                "4242424242424242")))));
    long danSub = subscribed(s.owner(), danCustomer, pro);
    long eveSub = subscribed(s.owner(), eveCustomer, pro);
    assertEquals(
        List.of(danSub),
        dan.get("api/v1/portal/subscriptions").array().stream()
            .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
            .toList());
    problem(dan.post(sub + "/cancellation"), 404, "no such");
    assertTrue(
        expect(200, dan.post("api/v1/portal/subscriptions/" + danSub + "/cancellation"))
            .getBoolean("cancelAtPeriodEnd"));
    assertEquals(0, eve.get("api/v1/portal/subscriptions").array().size());
    problem(eve.post("api/v1/portal/subscriptions/" + eveSub + "/cancellation"), 404, "no such");
  }

  private static long subscribed(Api owner, long customer, long plan) {
    return MarketSteps.id(
        expect(
            201,
            owner.postJson(
                "api/v1/subscriptions", body(Map.of("customerId", customer, "planId", plan)))));
  }

  @Test
  void aClosedPortalRefusesItsPagesSignInAndAccounts() {
    Setting s = setting("portal-closed");
    Api ann = portal(s.slug(), s.ann());
    assertEquals(200, ann.get("portal/index.xhtml").status());
    assertEquals(200, new Api(deployment).get("t/" + s.slug() + "/portal").status());
    fixtures.portal(s.slug(), false);
    try {
      // the open session ends, a new sign-in is refused, the portal's doors answer 404
      assertFalse(ann.get("portal/index.xhtml").status() == 200);
      assertEquals(401, ann.get("api/v1/portal/invoices").status());
      Api again = new Api(deployment);
      assertFalse(again.signIn(s.slug(), s.ann(), PASSWORD).status() == 200);
      assertEquals(404, new Api(deployment).get("t/" + s.slug() + "/portal").status());
      // a client member's portal pages and API are closed too
      Api carl = Api.member(deployment, s.slug(), "Carl Client", "carl", "CLIENT");
      assertEquals(404, carl.get("portal/index.xhtml").status());
      problem(carl.get("api/v1/portal/invoices"), 404, "no client portal");
    } finally {
      fixtures.portal(s.slug(), true);
    }
    assertEquals(200, portal(s.slug(), s.ann()).get("api/v1/portal/invoices").status());
  }

  @Test
  void sessionsEndWhenIdleWhenTooOldAndOnLogOutAllDevices() throws Exception {
    Setting s = setting("portal-sessions");
    try {
      // idle: a session left alone longer than the idle time (15 minutes) is over
      Api idle = portal(s.slug(), s.ann());
      assertEquals(200, idle.get("api/v1/portal/profile").status());
      ShiftedClock.shiftBy(Duration.ofMinutes(14));
      assertEquals(200, idle.get("api/v1/portal/profile").status(), "14 minutes idle");
      ShiftedClock.shiftBy(Duration.ofMinutes(14 + 16));
      assertEquals(401, idle.get("api/v1/portal/profile").status(), "16 minutes idle");
      assertEquals(302, idle.get("portal/index.xhtml").status());

      // too old: a session in use all along still ends 8 hours after sign-in
      Duration signedIn = Duration.ofHours(1);
      ShiftedClock.shiftBy(signedIn);
      Api busy = portal(s.slug(), s.ann());
      for (Duration used = Duration.ofMinutes(10);
          used.compareTo(Duration.ofHours(8)) < 0;
          used = used.plusMinutes(10)) {
        ShiftedClock.shiftBy(signedIn.plus(used));
        assertEquals(200, busy.get("api/v1/portal/profile").status(), "in use after " + used);
      }
      ShiftedClock.shiftBy(signedIn.plus(Duration.ofHours(8)).plusMinutes(1));
      assertEquals(401, busy.get("api/v1/portal/profile").status(), "8 hours after sign-in");
    } finally {
      ShiftedClock.shiftBy(Duration.ZERO);
    }

    // log out all devices: another device's session ends too
    Api phone = portal(s.slug(), s.bob());
    Api laptop = portal(s.slug(), s.bob());
    assertEquals(200, phone.get("api/v1/portal/profile").status());
    Api.Reply out =
        laptop.submitForm(
            "portal/account.xhtml", "devices", Map.of("devices:everywhere", "Log out all devices"));
    assertTrue(out.status() < 400, out.body());
    assertEquals(401, phone.get("api/v1/portal/profile").status());
    assertEquals(401, laptop.get("api/v1/portal/profile").status());
  }

  @Test
  void theDemoCustomerFindsAnOverdueInvoiceAQuoteToAcceptAndTimeToApprove() {
    String slug = Api.uniqueSlug("portal-demo");
    Api.owner(deployment, slug);
    Api carla = Api.member(deployment, slug, "Carla Client", "client", "CLIENT");
    Api fiona = Api.member(deployment, slug, "Fiona Freelancer", "freelancer", "FREELANCER");
    Api frank = Api.member(deployment, slug, "Frank Freelancer", "freelancer2", "FREELANCER");
    JsonObject me = fiona.get("api/v1/session").json();
    tenantContext.use(me.getJsonNumber("tenantId").longValue());
    long carlaId = carla.get("api/v1/session").json().getJsonNumber("id").longValue();
    var cast =
        new DemoMarketplace.Cast(
            carlaId,
            carlaId,
            me.getJsonNumber("id").longValue(),
            frank.get("api/v1/session").json().getJsonNumber("id").longValue());
    demoDesk.seed(cast, "EUR");
    demoInvoices.seed(cast, "EUR");
    fixtures.provision();
    demoPortal.seed(cast, "EUR", PASSWORD);

    Api nadia = portal(slug, DemoPortal.EMAIL);
    Api.Reply dashboard = nadia.get("portal/index.xhtml");
    assertEquals(200, dashboard.status());
    assertTrue(dashboard.body().contains("class=\"standing overdue\""), dashboard.body());
    assertTrue(dashboard.body().contains("class=\"standing paid\""), dashboard.body());
    assertTrue(dashboard.body().contains("Download PDF"), dashboard.body());
    List<JsonObject> quotes =
        nadia.get("api/v1/portal/quotes").array().stream().map(JsonValue::asJsonObject).toList();
    assertEquals(1, quotes.size(), quotes.toString());
    long quote = quotes.get(0).getJsonNumber("id").longValue();
    assertTrue(expect(200, nadia.get("api/v1/portal/quotes/" + quote)).getBoolean("decidable"));
    assertTrue(
        expect(200, nadia.get("api/v1/portal/time")).getJsonNumber("entries").longValue() > 0);
    assertPage(nadia, "portal/time.xhtml", "Approve ticked");
    assertPage(nadia, "portal/quotes.xhtml", "Accept");
  }

  /**
   * The dashboard on a phone (375 × 812): one column, nothing wider than the screen. A client
   * member (who sees the portal pages too) signs in at the portal's own page; the screenshot is
   * kept in target/.
   */
  @Test
  @RunAsClient
  void theDashboardFitsAPhoneWithoutScrollingSideways() throws Exception {
    String slug = Api.uniqueSlug("portal-phone");
    Api.owner(deployment, slug);
    Api carl = Api.member(deployment, slug, "Carl Client", "carl", "CLIENT");
    Api fay = invoicingFreelancer(slug);
    long carlId = carl.get("api/v1/session").json().getJsonNumber("id").longValue();
    long client =
        MarketSteps.id(
            expect(
                201,
                fay.postJson(
                    "api/v1/desk/clients",
                    body(
                        Map.of(
                            "name",
                            "Carl's Very Long Company Name Limited",
                            "memberId",
                            carlId)))));
    long invoice = issued(fay, client, 123_456);
    PortalPhone.dashboardFits(Deployments.local(deployment), slug, "carl@" + slug + ".test");

    // a client member has a wallet: Pay now offers it beside the card, and pays from it
    assertPage(carl, "portal/invoice.xhtml?id=" + invoice, "Pay from my wallet");
    MarketSteps.topUp(carl, 200_000);
    Api.Reply paid =
        carl.submitForm(
            "portal/invoice.xhtml?id=" + invoice,
            "pay-form",
            Map.of(
                "pay-form:key", "pay-carl-1",
                "pay-form:amount", "1234,56",
                "pay-form:wallet-pay", "Pay from my wallet"));
    assertTrue(paid.status() < 400, paid.body());
    JsonObject after = expect(200, carl.get("api/v1/portal/invoices/" + invoice));
    assertEquals("PAID", after.getString("status"));
    assertEquals(
        List.of("WALLET"),
        after.getJsonArray("payments").stream()
            .map(p -> p.asJsonObject().getString("method"))
            .toList());
    assertEquals(
        200_000 - 123_456,
        expect(200, carl.get("api/v1/wallet")).getJsonNumber("available").longValue());
  }

  /**
   * The journey in Chromium: a freelancer invites a CRM client from its page; the client sets a
   * password through the emailed link, finds the overdue invoice on the dashboard, downloads it,
   * pays it by card and gets the receipt, approves a week of time, accepts a quote, and sees the
   * dashboard fit a phone (the screenshot is kept under target/failsafe-reports/screenshots/).
   */
  @Test
  @RunAsClient
  void anInvitedClientSetsAPasswordPaysTheOverdueInvoiceApprovesTimeAndAcceptsAQuote()
      throws Exception {
    String slug = Api.uniqueSlug("portal-journey");
    Api owner = Api.owner(deployment, slug);
    Api fay = invoicingFreelancer(slug);
    String dora = "dora@" + slug + ".example";
    long client = crmClient(fay, "Dora Deli", dora);
    long invoice = issued(fay, client, 45_000);
    long project =
        MarketSteps.id(
            expect(
                201,
                fay.postJson(
                    "api/v1/desk/projects",
                    body(Map.of("clientId", client, "name", "Shop fit-out", "rate", 6_000)))));
    long quote =
        MarketSteps.id(
            expect(
                201,
                fay.postJson(
                    "api/v1/quotes",
                    body(
                        Map.of(
                            "clientId",
                            client,
                            "title",
                            "Second shop",
                            "validUntil",
                            LocalDate.now(ZoneOffset.UTC).plusDays(30).toString())))));
    expect(
        200, fay.postJson("api/v1/quotes/" + quote + "/lines", line("Fit-out", "5", "HUR", 6_000)));
    expect(200, fay.post("api/v1/quotes/" + quote + "/send"));

    // who may invite whom, through the API: the freelancer only her own client with an email of
    // its own, the owner a customer
    Api finn = Api.member(deployment, slug, "Finn Freelancer", "finn", "FREELANCER");
    problem(
        finn.post("api/v1/desk/clients/" + client + "/portal-invitation"), 404, "no such client");
    long noEmail =
        MarketSteps.id(
            expect(201, fay.postJson("api/v1/desk/clients", body(Map.of("name", "Ed Nomail")))));
    problem(fay.post("api/v1/desk/clients/" + noEmail + "/portal-invitation"), 400, "no email");
    long colleague = crmClient(fay, "Finn as a client", "finn@" + slug + ".test");
    problem(
        fay.post("api/v1/desk/clients/" + colleague + "/portal-invitation"),
        400,
        "belongs to a member");
    long customer =
        MarketSteps.id(
            expect(
                201,
                owner.postJson(
                    "api/v1/customers",
                    body(Map.of("name", "Cid Cafe", "email", "cid@" + slug + ".example")))));
    problem(fay.post("api/v1/customers/" + customer + "/portal-invitation"), 403, "");
    assertTrue(
        expect(202, owner.post("api/v1/customers/" + customer + "/portal-invitation"))
            .getString("message")
            .contains("cid@" + slug + ".example"));

    PortalJourney.walk(
        new PortalJourney.Setting(
            Deployments.local(deployment),
            slug,
            fay,
            "fay@" + slug + ".test",
            client,
            dora,
            invoice,
            project));
  }

  // steps

  private static String cardLast4(Setting s) {
    long customer =
        expect(200, s.owner().get("api/v1/subscriptions/" + s.cidSubscription()))
            .getJsonNumber("customerId")
            .longValue();
    return expect(200, s.owner().get("api/v1/customers/" + customer)).getString("cardLast4");
  }

  private static final String KEY = "Idempotency-Key";

  private static String card(long amount) {
    return "{\"amount\":" + amount + ",\"card\":\"4242 4242 4242 4242\"}";
  }

  private static List<Long> ids(jakarta.json.JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
  }

  private Api portal(String slug, String email) {
    Api api = new Api(deployment);
    expect(200, api.signIn(slug, email, PASSWORD));
    return api;
  }

  private static long crmClient(Api freelancer, String name, String email) {
    return MarketSteps.id(
        expect(
            201,
            freelancer.postJson(
                "api/v1/desk/clients", body(Map.of("name", name, "email", email)))));
  }

  /** Fay, a freelancer of the workspace whose invoice profile lets her issue invoices. */
  private Api invoicingFreelancer(String slug) {
    Api fay = Api.member(deployment, slug, "Fay Freelancer", "fay", "FREELANCER");
    expect(
        200,
        fay.putJson(
            "api/v1/invoices/profile",
            "{\"businessName\":\"Fay Design\",\"address\":\"Torstraße 1\\n10119 Berlin\","
                + "\"countryCode\":\"DE\",\"taxId\":\"DE123456789\",\"prefix\":\"INV\","
                + "\"termsDays\":14,\"reminderDays\":\"-3,1,7,14\"}"));
    return fay;
  }

  private static long issued(Api freelancer, long client, long price) {
    long invoice =
        MarketSteps.id(
            expect(201, freelancer.postJson("api/v1/invoices", body(Map.of("clientId", client)))));
    expect(
        200,
        freelancer.postJson(
            "api/v1/invoices/" + invoice + "/lines", line("Work", "1", "C62", price)));
    expect(200, freelancer.post("api/v1/invoices/" + invoice + "/issue"));
    return invoice;
  }

  private static String line(String description, String quantity, String unit, long price) {
    return Json.createObjectBuilder()
        .add("description", description)
        .add("quantity", new java.math.BigDecimal(quantity))
        .add("unit", unit)
        .add("unitPrice", price)
        .add("taxRate", new java.math.BigDecimal("0"))
        .build()
        .toString();
  }

  private static void assertPage(Api reader, String page, String shows) {
    Api.Reply shown = reader.get(page);
    assertEquals(200, shown.status(), shown.body());
    assertTrue(shown.body().contains(shows), page + " shows " + shows + ": " + shown.body());
  }
}
