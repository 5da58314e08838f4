package com.marketplace.it;

import static com.marketplace.it.InvoiceSteps.member;
import static com.marketplace.it.Replies.body;
import static com.marketplace.it.Replies.expect;
import static com.marketplace.it.Replies.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.it.InvoiceSteps.Member;
import com.marketplace.it.SeededBillingFaults.Strike;
import com.marketplace.platform.scan.UnavailableException;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.subscriptions.boundary.BillingCycle;
import com.marketplace.subscriptions.control.BillingStep;
import com.marketplace.subscriptions.entity.RunSummary;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscriptions and billing (S1–S5) through the API and the billing run: a run stopped at twenty
 * seeded points and run again bills every period once and misses none; dunning day by day; a plan
 * change charges what its preview showed; cancellation at the period's end; the figures on a
 * fixture computed by hand; bad input refused; another workspace sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionsIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            SubscriptionsIT.class,
            SubscriptionFixtures.class,
            SeededBillingFaults.class,
            SeededBillingFaults.Strike.class,
            Deployments.class,
            Api.class,
            MarketSteps.class,
            Replies.class,
            InvoiceSteps.class,
            Eventually.class);
  }

  static final String GOOD_CARD = "4242424242424242";
  static final String DECLINED_CARD = "4000000000000002";

  @ArquillianResource URL deployment;
  @Inject TenantContext tenantContext;
  @Inject SubscriptionFixtures fixtures;
  @Inject BillingCycle cycle;

  /** A workspace that bills: its owner signed in, its billing details written down. */
  record Workspace(String slug, Api owner, long tenantId) {}

  Workspace workspace(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    Api owner = Api.owner(deployment, slug);
    long tenantId = owner.get("api/v1/session").json().getJsonNumber("tenantId").longValue();
    tenantContext.use(tenantId);
    fixtures.billingDetails();
    return new Workspace(slug, owner, tenantId);
  }

  RunSummary bill(Workspace w, Instant at) {
    tenantContext.use(w.tenantId());
    return cycle.run(BillingCycle.dueIn(w.tenantId()), Clock.fixed(at, ZoneOffset.UTC), x -> {});
  }

  static long plan(Api owner, String name, long price, String interval, int trialDays) {
    return MarketSteps.id(
        expect(
            201,
            owner.postJson(
                "api/v1/plans",
                body(
                    Map.of(
                        "name", name,
                        "price", price,
                        "interval", interval,
                        "trialDays", trialDays)))));
  }

  static long cardCustomer(Api owner, String name, String card) {
    String email = name.toLowerCase().replace(' ', '.') + "@customers.test";
    return MarketSteps.id(
        expect(
            201,
            owner.postJson(
                "api/v1/customers",
                body(
                    Map.of(
                        "name", name,
                        "email", email,
                        "countryCode", "DE",
                        "billingAddress", "Hauptstraße 2\n10115 Berlin",
                        "card", card)))));
  }

  static long memberCustomer(Api owner, long memberId) {
    return MarketSteps.id(
        expect(201, owner.postJson("api/v1/customers", body(Map.of("memberId", memberId)))));
  }

  static long subscribe(Api owner, long customer, long plan, LocalDate start) {
    return MarketSteps.id(
        expect(
            201,
            owner.postJson(
                "api/v1/subscriptions",
                body(
                    Map.of("customerId", customer, "planId", plan, "startOn", start.toString())))));
  }

  static JsonObject subscription(Api owner, long id) {
    return expect(200, owner.get("api/v1/subscriptions/" + id));
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** Bills, invoices and ledger charges of the subscription, as the database holds them. */
  List<Long> billed(long subscription) {
    return List.of(
        fixtures.count(
            "SELECT COUNT(*) FROM subscription_bill WHERE subscription_id = ?1", subscription),
        fixtures.count(
            "SELECT COUNT(*) FROM invoice i JOIN subscription_bill b"
                + " ON i.source_key = CONCAT('subscription-bill:', b.subscription_id, ':',"
                + " b.kind, ':', b.period_start)"
                + " WHERE b.subscription_id = ?1",
            subscription),
        fixtures.count(
            "SELECT COUNT(*) FROM journal_entry WHERE type = 'SUBSCRIPTION_CHARGE'"
                + " AND reference = ?1",
            "subscription:" + subscription),
        fixtures.count(
            "SELECT COUNT(*) FROM invoice_payment p JOIN subscription_bill b"
                + " ON p.invoice_id = b.invoice_id"
                + " WHERE b.subscription_id = ?1 AND p.status = 'SUCCEEDED'",
            subscription));
  }

  /** A call as a program makes it: the API token as bearer, no session. */
  java.net.http.HttpResponse<String> withToken(String method, String path, String token) {
    try {
      return java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1)
          .build()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(Deployments.local(deployment)).resolve(path))
                  .header("Accept", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .header("X-Requested-With", "reporting-script")
                  .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRunStoppedAtAnyOfTwentyPointsAndRunAgainBillsEveryPeriodOnce() {
    Workspace w = workspace("billing-stops");
    long monthly = plan(w.owner(), "Studio", 2_900, "MONTHLY", 0);
    long yearly = plan(w.owner(), "Studio yearly", 29_000, "YEARLY", 0);
    Member payer = member(deployment, w.slug(), "Wanda Wallet", "wanda", "CLIENT");
    MarketSteps.topUp(payer.api(), 1_000_000);
    long walletCustomer = memberCustomer(w.owner(), payer.id());
    BillingStep.Point[] points = BillingStep.Point.values();
    Map<Long, Long> amounts = new HashMap<>();
    List<Long> all = new ArrayList<>();
    for (int seed = 0; seed < 20; seed++) {
      // three subscriptions due today: by wallet, by card, by card yearly
      List<Long> round = new ArrayList<>();
      round.add(subscribe(w.owner(), walletCustomer, monthly, today()));
      amounts.put(round.get(0), 2_900L);
      long card = cardCustomer(w.owner(), "Carl Card " + seed, GOOD_CARD);
      round.add(subscribe(w.owner(), card, seed % 2 == 0 ? monthly : yearly, today()));
      amounts.put(round.get(1), seed % 2 == 0 ? 2_900L : 29_000L);
      long card2 = cardCustomer(w.owner(), "Cora Card " + seed, GOOD_CARD);
      round.add(subscribe(w.owner(), card2, monthly, today()));
      amounts.put(round.get(2), 2_900L);
      all.addAll(round);
      // a failure seeded at one step of one of them: a failure of it, or the run stopped there;
      // the three are billed in one group, so either strikes inside a group
      assertTrue(BillingCycle.GROUP >= 3, "the round's subscriptions share a group");
      long struck = round.get(seed % 3);
      Strike strike = seed % 2 == 0 ? Strike.FAIL : Strike.STOP;
      tenantContext.use(w.tenantId());
      SeededBillingFaults.seed(points[seed % points.length], struck, strike);
      Instant now = Instant.now();
      if (strike == Strike.STOP) {
        assertThrows(UnavailableException.class, () -> bill(w, now), "seed " + seed);
      } else {
        // the failed one stays due, and the run's next pass bills it
        RunSummary first = bill(w, now);
        assertEquals(1, first.failed(), "seed " + seed + ": " + first);
        assertEquals(3, first.processed(), "seed " + seed + ": " + first);
      }
      assertTrue(SeededBillingFaults.allStruck(), "seed " + seed + " struck");
      // run again: what was lost is billed, nothing twice
      bill(w, now);
      assertEquals(0, bill(w, now).processed(), "a third run finds nothing due");
      for (long s : round) {
        assertEquals(List.of(1L, 1L, 1L, 1L), billed(s), "seed " + seed + ", subscription " + s);
        JsonObject view = subscription(w.owner(), s);
        assertEquals("ACTIVE", view.getString("status"));
        assertEquals(
            today().plusMonths(amounts.get(s) == 29_000L ? 12 : 1).toString(),
            view.getString("nextBillOn"));
      }
    }
    // every charge in the ledger once: the wallet paid 20 periods, the revenue holds them all
    long expected = all.stream().mapToLong(amounts::get).sum();
    assertEquals(1_000_000 - 20 * 2_900, MarketSteps.wallet(payer.api(), "available"));
    JsonObject metrics = expect(200, w.owner().get("api/v1/metrics"));
    assertEquals(expected, metrics.getJsonNumber("revenueThisMonth").longValue());
    assertTrue(
        w.owner().get("api/v1/wallet/audit").json().getJsonArray("violations").isEmpty(),
        "ledger audit clean");
  }

  @Test
  void aPeriodBilledAlreadyIsNeverBilledAgain() {
    Workspace w = workspace("billed-once");
    long plan = plan(w.owner(), "Basic", 1_500, "MONTHLY", 0);
    long sub =
        subscribe(w.owner(), cardCustomer(w.owner(), "Bea Billed", GOOD_CARD), plan, today());
    Instant now = Instant.now();
    assertEquals(1_500, bill(w, now).charged());
    assertEquals(List.of(1L, 1L, 1L, 1L), billed(sub));
    // due again by a write outside billing: the database refuses the period's second invoice
    fixtures.billLastPeriodAgain(sub, today());
    RunSummary again = bill(w, now);
    assertEquals(new RunSummary(0, 1, 0), again);
    assertEquals(List.of(1L, 1L, 1L, 1L), billed(sub), "one bill, invoice, charge and payment");
    assertEquals(1_500, expect(200, w.owner().get("api/v1/metrics")).getInt("revenueThisMonth"));
  }

  @Test
  void dunningRetriesAfterOneThreeAndSevenDaysThenCancels() {
    Workspace w = workspace("dunning");
    long plan = plan(w.owner(), "Basic", 1_500, "MONTHLY", 0);
    long declined = cardCustomer(w.owner(), "Dora Declined", DECLINED_CARD);
    long sub = subscribe(w.owner(), declined, plan, today());
    Instant day0 = Instant.now();
    // a member whose wallet is short, topped up before the first retry
    Member late = member(deployment, w.slug(), "Lars Late", "lars", "CLIENT");
    long lateSub = subscribe(w.owner(), memberCustomer(w.owner(), late.id()), plan, today());

    assertEquals(0, bill(w, day0).charged());
    JsonObject pastDue = subscription(w.owner(), sub);
    assertEquals("PAST_DUE", pastDue.getString("status"));
    assertEquals(1, pastDue.getInt("failedAttempts"));
    assertEquals("PAST_DUE", subscription(w.owner(), lateSub).getString("status"));
    MarketSteps.topUp(late.api(), 1_500);

    // day by day: a try on days 1, 3 and 7 only
    int[] attemptsAfterDay = {1, 2, 2, 3, 3, 3, 3, 4};
    for (int day = 1; day <= 7; day++) {
      bill(w, day0.plus(Duration.ofDays(day)).plusSeconds(1));
      JsonObject s = subscription(w.owner(), sub);
      int expectedAttempts = attemptsAfterDay[day];
      if (day < 7) {
        assertEquals("PAST_DUE", s.getString("status"), "day " + day);
        assertEquals(expectedAttempts, s.getInt("failedAttempts"), "day " + day);
      } else {
        assertEquals("CANCELLED", s.getString("status"), "day 7: cancelled after the last try");
        assertEquals("UNPAID", s.getJsonArray("bills").getJsonObject(0).getString("status"));
      }
    }
    // the member's retry on day 1 found the money: active again, paid once
    JsonObject recovered = subscription(w.owner(), lateSub);
    assertEquals("ACTIVE", recovered.getString("status"));
    assertEquals("PAID", recovered.getJsonArray("bills").getJsonObject(0).getString("status"));
    assertEquals(0, MarketSteps.wallet(late.api(), "available"));
    // the customer was written to at each of the four failures; the member told in the app
    Eventually.until(
        () ->
            fixtures.count(
                    "SELECT COUNT(*) FROM email_message WHERE to_address = ?1 AND subject LIKE ?2",
                    "dora.declined@customers.test",
                    "%subscription fails")
                == 4,
        "four dunning emails to the card customer");
    Eventually.until(
        () -> !InvoiceSteps.notices(late.api(), "SubscriptionBillingFailed").isEmpty(),
        "the member hears of the failed payment");
  }

  @Test
  void aRunsEventsWaitForItsEndWhileEventsRaisedElsewhereGoAtOnce() {
    Workspace w = workspace("deferred");
    long plan = plan(w.owner(), "Basic", 900, "MONTHLY", 0);
    for (int i = 1; i <= 3; i++) {
      subscribe(w.owner(), cardCustomer(w.owner(), "Paula Paying " + i, GOOD_CARD), plan, today());
    }
    Member member = member(deployment, w.slug(), "Tom Topup", "tom", "CLIENT");
    Map<String, Long> duringTheRun = new HashMap<>();

    tenantContext.use(w.tenantId());
    RunSummary run =
        cycle.run(
            BillingCycle.dueIn(w.tenantId()),
            Clock.fixed(Instant.now(), ZoneOffset.UTC),
            billed -> {
              if (!duringTheRun.isEmpty()) {
                return;
              }
              // the run's group has committed and the run is still under way: a member tops up
              MarketSteps.topUp(member.api(), 500);
              Eventually.until(
                  () -> events(w, "TopUpConfirmed", true) == 1,
                  "the top-up's event published during the run");
              duringTheRun.put("top-up published", events(w, "TopUpConfirmed", true));
              duringTheRun.put("payments published", events(w, "PaymentReceived", true));
              duringTheRun.put("payments waiting", events(w, "PaymentReceived", false));
            });

    assertEquals(3, run.processed());
    // the relay published the newer event and left the run's older ones for the run's end
    assertEquals(
        Map.of("top-up published", 1L, "payments published", 0L, "payments waiting", 3L),
        duringTheRun);
    Eventually.until(
        () -> events(w, "PaymentReceived", true) == 3, "the run's events published after it");
  }

  /** The workspace's events of the type in the outbox, published or waiting. */
  long events(Workspace w, String type, boolean published) {
    return fixtures.count(
        "SELECT COUNT(*) FROM outbox_event WHERE tenant_id = ?1 AND type = ?2 AND published_at IS "
            + (published ? "NOT NULL" : "NULL"),
        w.tenantId(),
        type);
  }

  @Test
  void aPlanChangeChargesWhatItsPreviewShowedAndCancellationWaitsForThePeriodsEnd() {
    Workspace w = workspace("proration");
    long basic = plan(w.owner(), "Basic", 3_000, "MONTHLY", 0);
    long pro = plan(w.owner(), "Pro", 9_000, "MONTHLY", 0);
    Member payer = member(deployment, w.slug(), "Paula Payer", "paula", "CLIENT");
    MarketSteps.topUp(payer.api(), 100_000);
    long customer = memberCustomer(w.owner(), payer.id());
    LocalDate start = today().minusDays(10);
    long sub = subscribe(w.owner(), customer, basic, start);
    // the owner's "Run billing cycle": started in the background, its progress read until done
    JsonObject started = expect(202, w.owner().post("api/v1/billing/runs"));
    assertEquals(1, started.getInt("total"));
    JsonObject done =
        Eventually.await(
            "the billing run finishes",
            () -> expect(200, w.owner().get("api/v1/billing/runs/latest")),
            run -> !run.getBoolean("running"));
    assertEquals(1, done.getInt("processed"), done.toString());
    assertEquals(0, done.getInt("failed"));
    assertEquals(3_000, done.getJsonNumber("billed").longValue());
    assertEquals(100_000 - 3_000, MarketSteps.wallet(payer.api(), "available"));

    // the preview: credit for the unused days of Basic, charge for Pro's remaining days
    JsonObject preview =
        expect(200, w.owner().get("api/v1/subscriptions/" + sub + "/change-preview?plan=" + pro));
    long periodDays = java.time.temporal.ChronoUnit.DAYS.between(start, start.plusMonths(1));
    long remaining = periodDays - 10;
    long credit = Math.round(3_000.0 * remaining / periodDays);
    long charge = Math.round(9_000.0 * remaining / periodDays);
    assertEquals(
        -credit,
        preview.getJsonArray("lines").getJsonObject(0).getJsonNumber("amount").longValue());
    assertEquals(
        charge, preview.getJsonArray("lines").getJsonObject(1).getJsonNumber("amount").longValue());
    long net = preview.getJsonNumber("net").longValue();
    assertEquals(charge - credit, net);
    // confirming with another figure is refused and changes nothing
    problem(
        w.owner()
            .postJson(
                "api/v1/subscriptions/" + sub + "/plan-change",
                body(Map.of("planId", pro, "net", net + 1))),
        409,
        "read the preview again");
    assertEquals("Basic", subscription(w.owner(), sub).getString("planName"));
    // confirmed: exactly the preview's amount charged, once, with its invoice
    JsonObject changed =
        expect(
            200,
            w.owner()
                .postJson(
                    "api/v1/subscriptions/" + sub + "/plan-change",
                    body(Map.of("planId", pro, "net", net))));
    assertEquals("Pro", changed.getString("planName"));
    JsonObject changeBill = changed.getJsonArray("bills").getJsonObject(0);
    assertEquals("CHANGE", changeBill.getString("kind"));
    assertEquals(net, changeBill.getJsonNumber("amount").longValue());
    assertEquals("PAID", changeBill.getString("status"));
    assertTrue(changeBill.getString("invoiceNumber").startsWith("SUB-"));
    assertEquals(100_000 - 3_000 - net, MarketSteps.wallet(payer.api(), "available"));
    // the same plan again is refused
    problem(
        w.owner().get("api/v1/subscriptions/" + sub + "/change-preview?plan=" + pro),
        400,
        "already");

    // cancelled at the period's end: active until then, nothing billed after it
    JsonObject cancelling =
        expect(200, w.owner().post("api/v1/subscriptions/" + sub + "/cancellation"));
    assertTrue(cancelling.getBoolean("cancelAtPeriodEnd"));
    assertEquals("ACTIVE", cancelling.getString("status"));
    LocalDate end = start.plusMonths(1);
    bill(w, end.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertEquals("ACTIVE", subscription(w.owner(), sub).getString("status"));
    bill(w, end.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60));
    JsonObject ended = subscription(w.owner(), sub);
    assertEquals("CANCELLED", ended.getString("status"));
    assertEquals(end.toString(), ended.getString("cancelledOn"));
    assertEquals(2, ended.getJsonArray("bills").size(), "the period and the change, nothing more");
    assertTrue(w.owner().get("api/v1/wallet/audit").json().getJsonArray("violations").isEmpty());
  }

  @Test
  void theFiguresMatchAFixtureComputedByHandAndBadInputIsRefused() {
    Workspace w = workspace("metrics");
    long monthly = plan(w.owner(), "Monthly", 3_000, "MONTHLY", 0);
    long yearly = plan(w.owner(), "Yearly", 12_000, "YEARLY", 0);
    long trial = plan(w.owner(), "Trial", 5_000, "MONTHLY", 14);
    LocalDate longAgo = today().minusDays(31); // before this month began, whatever today is
    long a =
        subscribe(w.owner(), cardCustomer(w.owner(), "Anna Monthly", GOOD_CARD), monthly, longAgo);
    subscribe(w.owner(), cardCustomer(w.owner(), "Ben Yearly", GOOD_CARD), yearly, longAgo);
    subscribe(w.owner(), cardCustomer(w.owner(), "Cleo PastDue", DECLINED_CARD), monthly, longAgo);
    subscribe(w.owner(), cardCustomer(w.owner(), "Dan Trial", GOOD_CARD), trial, today());
    long e =
        subscribe(w.owner(), cardCustomer(w.owner(), "Eve Leaving", GOOD_CARD), monthly, longAgo);
    bill(w, Instant.now());
    expect(200, w.owner().post("api/v1/subscriptions/" + e + "/cancellation?at=now"));
    assertEquals("ACTIVE", subscription(w.owner(), a).getString("status"));

    JsonObject m = expect(200, w.owner().get("api/v1/metrics"));
    // MRR: Anna 30.00 + Ben 120.00 / 12 + Cleo (past due counts) 30.00; Dan's trial does not
    assertEquals(7_000, m.getJsonNumber("mrr").longValue(), m.toString());
    assertEquals(3, m.getJsonNumber("subscribers").longValue());
    assertEquals(1, m.getJsonNumber("trialing").longValue());
    assertEquals(1, m.getJsonNumber("pastDue").longValue());
    // churn: Eve of the four paying at the month's start
    assertEquals(4, m.getJsonNumber("subscribersAtStart").longValue());
    assertEquals(1, m.getJsonNumber("lost").longValue());
    assertEquals(
        0,
        new java.math.BigDecimal("25.00")
            .compareTo(m.getJsonNumber("churnPercent").bigDecimalValue()));
    assertEquals(2_333, m.getJsonNumber("arpu").longValue());
    // revenue: two months of Anna and Eve, a year of Ben; Cleo's charge failed
    assertEquals(2 * 3_000 + 2 * 3_000 + 12_000, m.getJsonNumber("revenueThisMonth").longValue());
    var months = w.owner().get("api/v1/metrics/months").array();
    assertEquals(12, months.size());
    assertEquals(7_000, months.getJsonObject(11).getJsonNumber("mrr").longValue());

    // bad input: refused with its reason, nothing kept
    problem(
        w.owner()
            .postJson(
                "api/v1/plans",
                body(Map.of("name", "Neg", "price", -1, "interval", "MONTHLY", "trialDays", 0))),
        400,
        "price");
    problem(
        w.owner()
            .postJson(
                "api/v1/plans",
                "{\"name\":\"Odd\",\"price\":100,\"interval\":\"WEEKLY\",\"trialDays\":0}"),
        400,
        "");
    problem(
        w.owner()
            .postJson(
                "api/v1/plans",
                body(
                    Map.of(
                        "name",
                        "Neg trial",
                        "price",
                        100,
                        "interval",
                        "MONTHLY",
                        "trialDays",
                        -1))),
        400,
        "trialDays");
    problem(
        w.owner()
            .postJson(
                "api/v1/plans",
                body(
                    Map.of(
                        "name", "Monthly", "price", 100, "interval", "MONTHLY", "trialDays", 0))),
        409,
        "already");
    long customer = cardCustomer(w.owner(), "Fay Far", GOOD_CARD);
    problem(
        w.owner()
            .postJson(
                "api/v1/subscriptions",
                body(Map.of("customerId", customer, "planId", monthly, "startOn", "2020-01-01"))),
        400,
        "at most 31 days ago");
    expect(200, w.owner().post("api/v1/plans/" + yearly + "/archival"));
    problem(
        w.owner()
            .postJson(
                "api/v1/subscriptions",
                body(
                    Map.of(
                        "customerId", customer, "planId", yearly, "startOn", today().toString()))),
        409,
        "archived");
    assertEquals(2, w.owner().get("api/v1/plans").array().size(), "archived plans are left out");

    // a program with the owner's API token reads the figures, plans and subscriptions, no more
    String token =
        expect(201, w.owner().post("api/v1/workspace/api-tokens", Map.of("name", "Reports")))
            .getString("token");
    var byToken = withToken("GET", "api/v1/metrics", token);
    assertEquals(200, byToken.statusCode(), byToken.body());
    assertTrue(byToken.body().contains("\"mrr\":7000"), byToken.body());
    assertEquals(200, withToken("GET", "api/v1/subscriptions/" + a, token).statusCode());
    assertEquals(200, withToken("GET", "api/v1/plans", token).statusCode());
    assertEquals(403, withToken("POST", "api/v1/billing/runs", token).statusCode());

    // another workspace finds none of it; a member is refused
    Workspace other = workspace("metrics-other");
    String otherToken =
        expect(201, other.owner().post("api/v1/workspace/api-tokens", Map.of("name", "Theirs")))
            .getString("token");
    assertEquals(404, withToken("GET", "api/v1/subscriptions/" + a, otherToken).statusCode());
    assertTrue(
        withToken("GET", "api/v1/metrics", otherToken).body().contains("\"mrr\":0"),
        "the other workspace's figures are its own");
    long tokenId =
        w.owner()
            .get("api/v1/workspace/api-tokens")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    expect(200, w.owner().post("api/v1/workspace/api-tokens/" + tokenId + "/revocation"));
    assertEquals(401, withToken("GET", "api/v1/metrics", token).statusCode());
    assertEquals(404, other.owner().get("api/v1/subscriptions/" + a).status());
    assertEquals(404, other.owner().get("api/v1/plans/" + monthly).status());
    assertEquals(404, other.owner().get("api/v1/customers/" + customer).status());
    assertEquals(
        0, expect(200, other.owner().get("api/v1/metrics")).getJsonNumber("mrr").longValue());
    Member client = member(deployment, w.slug(), "Nosy Client", "nosy", "CLIENT");
    // a client member may read the subscription of the customer made of them, no other's
    assertEquals(404, client.api().get("api/v1/subscriptions/" + a).status());
    assertEquals(403, client.api().get("api/v1/subscriptions").status());
    assertEquals(403, client.api().get("api/v1/metrics").status());
  }
}
