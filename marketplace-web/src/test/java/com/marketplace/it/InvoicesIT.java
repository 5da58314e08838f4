package com.marketplace.it;

import static com.marketplace.it.InvoiceSteps.amount;
import static com.marketplace.it.InvoiceSteps.assertPage;
import static com.marketplace.it.InvoiceSteps.client;
import static com.marketplace.it.InvoiceSteps.member;
import static com.marketplace.it.InvoiceSteps.notices;
import static com.marketplace.it.Replies.body;
import static com.marketplace.it.Replies.expect;
import static com.marketplace.it.Replies.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.demo.boundary.DemoDesk;
import com.marketplace.demo.boundary.DemoInvoices;
import com.marketplace.demo.boundary.DemoMarketplace;
import com.marketplace.invoicing.boundary.DueInvoices;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.it.InvoiceSteps.Member;
import com.marketplace.payments.boundary.PaymentEvents;
import com.marketplace.payments.control.SandboxGateway;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoices (H5) through the API: approved time billed once, also when two drafts take it at once;
 * gapless numbers under concurrent issues and after a refused issue; wallet, card and offline
 * payments, partial and full, replays moving nothing, overpayment refused, the ledger audit clean;
 * prints kept byte for byte; voiding; and nobody else finding any of it. Quotes (H6) too: sent
 * once, numbered in their own series, printed and emailed with the PDF; accepted once, also twice
 * at once, into a fixed-price contract or a desk project; rejected with a reason; refused once
 * expired; the issuer told of each decision; nobody else finding any of it.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicesIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            InvoicesIT.class,
            InvoiceFixtures.class,
            Deployments.class,
            Api.class,
            MarketSteps.class,
            TimeSteps.class,
            Replies.class,
            InvoiceSteps.class,
            Eventually.class);
  }

  /** EUR 50.00 an hour. */
  static final long RATE = 5_000;

  @ArquillianResource URL deployment;
  @Inject DueInvoices due;
  @Inject TenantContext tenantContext;
  @Inject InvoiceFixtures fixtures;
  @Inject DemoDesk demoDesk;
  @Inject PaymentEvents paymentEvents;
  @Inject DemoInvoices demoInvoices;

  @Test
  void aCardPaymentWaitsForItsProviderAndIsCreditedOnceWhenItConfirms() {
    String slug = Api.uniqueSlug("card-later");
    Api owner = Api.owner(deployment, slug);
    Member clara = member(deployment, slug, "Clara Client", "client", "CLIENT");
    Member fay = member(deployment, slug, "Fay Freelancer", "freelancer", "FREELANCER");
    profile(fay.api());
    long invoice = draft(fay.api(), client(fay.api(), "Clara's Shop", clara.id()));
    expect(
        200,
        fay.api()
            .postJson("api/v1/invoices/" + invoice + "/lines", line("Audit", "1", 20_000, "0")));
    expect(200, fay.api().post("api/v1/invoices/" + invoice + "/issue"));
    // the provider has not answered yet: the amount is promised, so nothing more can be paid
    JsonObject pending =
        expect(
            200,
            clara
                .api()
                .postJson(
                    "api/v1/invoices/" + invoice + "/payments",
                    "{\"method\":\"CARD\",\"amount\":20000,\"key\":\"later\",\"card\":\"4000000000000341\"}"));
    assertEquals("ISSUED", pending.getString("status"));
    assertEquals(20_000, amount(pending, "pending"));
    assertEquals(0, amount(pending, "open"));
    MarketSteps.topUp(clara.api(), 20_000);
    problem(pay(clara.api(), invoice, "WALLET", 100, UUID.randomUUID().toString()), 400, "At most");
    long payment =
        pending.getJsonArray("payments").getJsonObject(0).getJsonNumber("id").longValue();
    // the provider confirms (its webhook, after the signature check): paid once, however often
    tenantContext.use(fay.api().get("api/v1/session").json().getJsonNumber("tenantId").longValue());
    String charge = fixtures.cardCharge(payment);
    String event = "evt_" + UUID.randomUUID();
    assertTrue(
        paymentEvents.onProviderEvent(
            SandboxGateway.NAME, event, PaymentEvents.Kind.CHARGE_SUCCEEDED, charge, null));
    assertFalse(
        paymentEvents.onProviderEvent(
            SandboxGateway.NAME, event, PaymentEvents.Kind.CHARGE_SUCCEEDED, charge, null));
    JsonObject paid = expect(200, clara.api().get("api/v1/invoices/" + invoice));
    assertEquals("PAID", paid.getString("status"), paid.toString());
    assertEquals(0, amount(paid, "pending"));
    assertEquals("SUCCEEDED", paid.getJsonArray("payments").getJsonObject(0).getString("status"));
    // the card's money went on to the freelancer, less the 10 % fee; the wallet top-up stays
    assertEquals(18_000, MarketSteps.wallet(fay.api(), "available"));
    assertEquals(20_000, MarketSteps.wallet(clara.api(), "available"));
    assertTrue(owner.get("api/v1/wallet/audit").json().getJsonArray("violations").isEmpty());
  }

  @Test
  void theDemoFreelancerFindsAnInvoiceInEveryState() {
    String slug = Api.uniqueSlug("demo-invoices");
    Api.owner(deployment, slug);
    Member carla = member(deployment, slug, "Carla Client", "client", "CLIENT");
    Member fiona = member(deployment, slug, "Fiona Freelancer", "freelancer", "FREELANCER");
    Member frank = member(deployment, slug, "Frank Freelancer", "freelancer2", "FREELANCER");
    long tenantId = fiona.api().get("api/v1/session").json().getJsonNumber("tenantId").longValue();
    tenantContext.use(tenantId);
    var cast = new DemoMarketplace.Cast(carla.id(), carla.id(), fiona.id(), frank.id());
    demoDesk.seed(cast, "EUR");
    demoInvoices.seed(cast, "EUR");
    JsonObject all = expect(200, fiona.api().get("api/v1/invoices"));
    assertEquals(5, all.getJsonNumber("total").longValue());
    JsonObject totals = all.getJsonObject("totals");
    assertEquals(1, totals.getJsonNumber("drafts").longValue());
    assertEquals(3, totals.getJsonNumber("open").longValue());
    assertEquals(1, totals.getJsonNumber("overdue").longValue());
    assertEquals(1, totals.getJsonNumber("paid").longValue());
    JsonObject overdue = expect(200, fiona.api().get("api/v1/invoices?status=overdue"));
    assertEquals(
        "Fischer Design",
        overdue.getJsonArray("invoices").getJsonObject(0).getString("recipientName"));
    assertTrue(
        overdue.getJsonArray("invoices").getJsonObject(0).getString("number").startsWith("FF-"),
        overdue.toString());
    // the client member behind the bakery sees the partly paid one to pay
    var toPay = carla.api().get("api/v1/invoices/to-pay").array();
    assertEquals(1, toPay.size());
    assertEquals("PARTIALLY_PAID", toPay.getJsonObject(0).getString("status"));
    assertEquals(
        1, expect(200, frank.api().get("api/v1/invoices")).getJsonNumber("total").longValue());
    // a quote sent (numbered) and one still a draft
    assertEquals(
        2, expect(200, fiona.api().get("api/v1/quotes")).getJsonNumber("total").longValue());
    var sent = expect(200, fiona.api().get("api/v1/quotes?status=sent")).getJsonArray("quotes");
    assertEquals(1, sent.size());
    assertTrue(sent.getJsonObject(0).getString("number").startsWith("FF-Q-"), sent.toString());
  }

  @Test
  void aClientWithoutAnAccountIsEmailedTheInvoiceAndEachReminderAndTheOverdueNoticeGoOnce() {
    String slug = Api.uniqueSlug("reminders");
    Api.owner(deployment, slug);
    Member fay = member(deployment, slug, "Fay Freelancer", "freelancer", "FREELANCER");
    String buyer = slug + "-buyer@example.test";
    long client =
        MarketSteps.id(
            expect(
                201,
                fay.api()
                    .postJson(
                        "api/v1/desk/clients",
                        body(Map.of("name", "Łukasz Nowak", "email", buyer)))));
    profile(fay.api());
    long invoice = draft(fay.api(), client);
    expect(
        200,
        fay.api()
            .postJson("api/v1/invoices/" + invoice + "/lines", line("Logo", "1", 40_000, "19")));
    JsonObject issued = expect(200, fay.api().post("api/v1/invoices/" + invoice + "/issue"));
    String number = issued.getString("number");
    // the client has no account: the invoice is emailed with its PDF, and the mailer sends it
    Eventually.until(
        () -> fixtures.emails(buyer, "An invoice is sent to me", true) == 1, "the invoice emailed");
    assertEquals(List.of(number + ".pdf:%PDF"), fixtures.attachments(buyer));

    long tenantId = fay.api().get("api/v1/session").json().getJsonNumber("tenantId").longValue();
    tenantContext.use(tenantId);
    LocalDate dueOn = LocalDate.parse(issued.getString("dueOn"));
    Instant morning = dueOn.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9));
    // three days before: the first reminder, once
    assertTrue(due.visit(invoice, morning.minus(Duration.ofDays(3))));
    assertFalse(due.visit(invoice, morning.minus(Duration.ofDays(3))));
    assertFalse(due.visit(invoice, morning));
    // the day after: the day-1 reminder and the overdue notice, once
    assertTrue(due.visit(invoice, morning.plus(Duration.ofDays(1))));
    assertFalse(due.visit(invoice, morning.plus(Duration.ofDays(2))));
    // a month later (the scan was away): only the latest reminder, the day-7 one passed over
    assertTrue(due.visit(invoice, morning.plus(Duration.ofDays(30))));
    assertFalse(due.visit(invoice, morning.plus(Duration.ofDays(60))));
    Eventually.until(
        () ->
            fixtures.emails(buyer, "An invoice to pay is due soon or overdue", false) == 3
                && fixtures.emails(buyer, "An invoice is overdue", false) == 1,
        "three reminders and one overdue notice");
    JsonObject read = expect(200, fay.api().get("api/v1/invoices/" + invoice));
    assertEquals(
        List.of("DRAFTED", "ISSUED", "REMINDED", "REMINDED", "OVERDUE", "REMINDED"),
        read.getJsonArray("history").stream()
            .map(h -> h.asJsonObject().getString("action"))
            .toList());
    // paid: nothing more is sent
    expect(
        200,
        fay.api()
            .postJson(
                "api/v1/invoices/" + invoice + "/payments",
                "{\"method\":\"CASH\",\"amount\":47600,\"key\":\"cash\",\"reference\":\"Receipt book 12\"}"));
    assertFalse(due.visit(invoice, morning.plus(Duration.ofDays(90))));
  }

  @Test
  void approvedTimeIsInvoicedOncePaidInPartsAndReceipted() throws Exception {
    String slug = Api.uniqueSlug("invoices");
    Api owner = Api.owner(deployment, slug);
    Member clara = member(deployment, slug, "Zoë Müller-Łukasiewicz", "client", "CLIENT");
    Member fay = member(deployment, slug, "Fay Freelancer", "freelancer", "FREELANCER");
    Member finn = member(deployment, slug, "Finn Freelancer", "freelancer2", "FREELANCER");
    long client = client(fay.api(), "東京デザイン", clara.id());
    long project = project(fay.api(), client, "Shop redesign");
    Instant monday = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(10));
    long e1 =
        TimeSteps.entry(
            fay.api(), project, monday.plus(Duration.ofHours(9)), Duration.ofMinutes(90));
    long e2 =
        TimeSteps.entry(
            fay.api(), project, monday.plus(Duration.ofHours(13)), Duration.ofMinutes(20));
    long e3 =
        TimeSteps.entry(fay.api(), project, monday.plus(Duration.ofHours(33)), Duration.ofHours(2));
    long draftOnly =
        TimeSteps.entry(fay.api(), project, monday.plus(Duration.ofHours(57)), Duration.ofHours(1));
    assertEquals(200, TimeSteps.submit(fay.api(), List.of(e1, e2, e3)).status());
    assertEquals(
        200, TimeSteps.decide(clara.api(), List.of(e1, e2, e3), "APPROVE", "Fine").status());

    // two drafts take the same time at once: one gets it, the other is told
    long a = draft(fay.api(), client);
    long b = draft(fay.api(), client);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Api.Reply>> both = new ArrayList<>();
      for (long d : List.of(a, b)) {
        both.add(
            pool.submit(
                () ->
                    fay.api()
                        .postJson("api/v1/invoices/" + d + "/time", time(project, "DAY", "19"))));
      }
      List<Integer> statuses = new ArrayList<>();
      for (var f : both) {
        statuses.add(f.get().status());
      }
      statuses.sort(Integer::compare);
      assertEquals(List.of(200, 400), statuses, statuses.toString());
    } finally {
      pool.shutdown();
    }
    long invoice = lines(fay.api(), a).isEmpty() ? b : a;
    long other = invoice == a ? b : a;
    JsonObject drafted = expect(200, fay.api().get("api/v1/invoices/" + invoice));
    // grouped per day: 1 h 50 min on Monday, 2 h on Tuesday; 19 % VAT
    assertEquals(2, drafted.getJsonArray("lines").size());
    assertEquals(
        "1.833",
        drafted.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity").toString());
    // 1.833 h × 50.00 = 91.65; 2 h = 100.00; net 191.65; tax per line 17.41 (of 17.4135) + 19.00
    assertEquals(19_165, amount(drafted, "net"));
    assertEquals(3_641, amount(drafted, "tax"));
    assertEquals(22_806, amount(drafted, "gross"));
    // time still a draft, or on an invoice already, is refused by name
    problem(
        fay.api().postJson("api/v1/invoices/" + other + "/time", time(project, "ENTRY", "19")),
        400,
        "no approved time");
    expect(204, fay.api().delete("api/v1/invoices/" + other));
    // bad lines change nothing
    problem(
        fay.api()
            .postJson("api/v1/invoices/" + invoice + "/lines", line("Negative", "-1", 100, "0")),
        400,
        "quantity");
    problem(
        fay.api().postJson("api/v1/invoices/" + invoice + "/lines", line("Free", "1", 0, "0")),
        400,
        "price");
    problem(
        fay.api()
            .postJson("api/v1/invoices/" + invoice + "/lines", line("Taxing", "1", 100, "101")),
        400,
        "tax rate");
    expect(
        200,
        fay.api()
            .postJson(
                "api/v1/invoices/" + invoice + "/lines", line("Hosting ₹ £ ¥", "1", 1_000, "0")));
    assertEquals(23_806, amount(expect(200, fay.api().get("api/v1/invoices/" + invoice)), "gross"));
    problem(
        fay.api().putJson("api/v1/invoices/" + invoice, "{\"termsDays\":-1}"), 400, "termsDays");

    // nobody else finds it, nor may the client see a draft
    assertEquals(404, finn.api().get("api/v1/invoices/" + invoice).status());
    assertEquals(404, clara.api().get("api/v1/invoices/" + invoice).status());
    assertEquals(404, owner.get("api/v1/invoices/" + invoice).status());
    String elsewhere = Api.uniqueSlug("elsewhere");
    Api.owner(deployment, elsewhere);
    Member stranger = member(deployment, elsewhere, "Fay Freelancer", "freelancer", "FREELANCER");
    assertEquals(404, stranger.api().get("api/v1/invoices/" + invoice).status());
    assertEquals(404, stranger.api().download("api/v1/invoices/" + invoice + "/pdf").status());
    assertEquals(
        404,
        stranger
            .api()
            .postJson("api/v1/invoices/" + invoice + "/lines", line("x", "1", 1, "0"))
            .status());

    // without the freelancer's tax id the invoice could not carry its e-invoice: refused, no number
    problem(fay.api().post("api/v1/invoices/" + invoice + "/issue"), 400, "tax id");
    profile(fay.api());
    // issued: numbered, printed once, immutable
    JsonObject issued = expect(200, fay.api().post("api/v1/invoices/" + invoice + "/issue"));
    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    assertEquals("INV-" + year + "-0001", issued.getString("number"));
    assertEquals("ISSUED", issued.getString("status"));
    assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(14).toString(), issued.getString("dueOn"));
    problem(
        fay.api().postJson("api/v1/invoices/" + invoice + "/lines", line("Late", "1", 100, "0")),
        409,
        "issued");
    expect(200, fay.api().post("api/v1/invoices/" + invoice + "/issue")); // a retry changes nothing
    var pdf = fay.api().download("api/v1/invoices/" + invoice + "/pdf");
    assertEquals(200, pdf.status());
    assertTrue(
        new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
            .startsWith("%PDF"));
    assertArrayEquals(
        pdf.body(), clara.api().download("api/v1/invoices/" + invoice + "/pdf").body());
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(text.contains(issued.getString("number")), text);
      assertTrue(text.contains("東京デザイン"), text);
      assertTrue(text.contains("Hosting ₹ £ ¥"), text);
      assertTrue(text.contains("Shop redesign"), text);
      assertTrue(text.contains("238,06") || text.contains("238.06"), text);
      var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
      assertTrue(files.containsKey("factur-x.xml"), files.keySet().toString());
    }
    var xml = clara.api().download("api/v1/invoices/" + invoice + "/e-invoice");
    assertEquals(200, xml.status());
    assertTrue(
        new String(xml.body(), java.nio.charset.StandardCharsets.UTF_8)
            .contains(issued.getString("number")));
    assertEquals(404, finn.api().download("api/v1/invoices/" + invoice + "/pdf").status());

    // the client pays part from the wallet, the rest by card; replays move nothing more
    MarketSteps.topUp(clara.api(), 10_000);
    String key = UUID.randomUUID().toString();
    JsonObject part = expect(200, pay(clara.api(), invoice, "WALLET", 10_000, key));
    assertEquals("PARTIALLY_PAID", part.getString("status"));
    assertEquals(13_806, amount(part, "open"));
    expect(200, pay(clara.api(), invoice, "WALLET", 10_000, key));
    problem(pay(clara.api(), invoice, "WALLET", 5_000, key), 409, "different payment");
    assertEquals(0, MarketSteps.wallet(clara.api(), "available"));
    // fee 10 %: EUR 90.00 reaches Fay
    assertEquals(9_000, MarketSteps.wallet(fay.api(), "available"));
    problem(pay(clara.api(), invoice, "WALLET", 13_807, UUID.randomUUID().toString()), 400, "open");
    problem(pay(clara.api(), invoice, "WALLET", 1_000, UUID.randomUUID().toString()), 409, "funds");
    problem(pay(finn.api(), invoice, "WALLET", 100, UUID.randomUUID().toString()), 404, "invoice");
    // a declined card pays nothing and leaves the amount open
    JsonObject declined =
        expect(
            200,
            clara
                .api()
                .postJson(
                    "api/v1/invoices/" + invoice + "/payments",
                    "{\"method\":\"CARD\",\"amount\":13806,\"key\":\"declined\",\"card\":\"4000000000000002\"}"));
    assertEquals(13_806, amount(declined, "open"), declined.toString());
    assertEquals("FAILED", declined.getJsonArray("payments").getJsonObject(1).getString("status"));
    assertTrue(
        declined
            .getJsonArray("payments")
            .getJsonObject(1)
            .getString("failure")
            .contains("declined"));
    String cardKey = UUID.randomUUID().toString();
    JsonObject paid = expect(200, card(clara.api(), invoice, 13_806, cardKey));
    assertEquals("PAID", paid.getString("status"), paid.toString());
    expect(200, card(clara.api(), invoice, 13_806, cardKey));
    assertEquals(0, amount(expect(200, fay.api().get("api/v1/invoices/" + invoice)), "open"));
    // EUR 138.06 less its 10 % fee (13.81, half-even of 13.806)
    assertEquals(9_000 + 12_425, MarketSteps.wallet(fay.api(), "available"));
    assertEquals(0, MarketSteps.wallet(clara.api(), "available"));
    JsonObject final_ = expect(200, clara.api().get("api/v1/invoices/" + invoice));
    var payments = final_.getJsonArray("payments");
    assertEquals(3, payments.size());
    for (JsonValue p : payments) {
      if (p.asJsonObject().getString("status").equals("FAILED")) {
        continue;
      }
      String receipt = p.asJsonObject().getString("receiptNumber");
      assertTrue(receipt.startsWith("INV-R-" + year + "-000"), receipt);
      var r =
          clara.api().download("api/v1/invoices/receipts/" + p.asJsonObject().getJsonNumber("id"));
      assertEquals(200, r.status());
      assertTrue(
          new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF"));
      assertEquals(
          404,
          finn.api()
              .download("api/v1/invoices/receipts/" + p.asJsonObject().getJsonNumber("id"))
              .status());
    }
    problem(pay(clara.api(), invoice, "WALLET", 1, UUID.randomUUID().toString()), 409, "paid");
    problem(
        fay.api().postJson("api/v1/invoices/" + invoice + "/void", "{\"reason\":\"Oops\"}"),
        409,
        "void");

    // the time is on this invoice for good: another draft finds none
    long again = draft(fay.api(), client);
    problem(
        fay.api().postJson("api/v1/invoices/" + again + "/time", time(project, "ENTRY", "0")),
        400,
        "no approved time");
    // a draft entry cannot be billed by naming it
    problem(
        fay.api()
            .postJson(
                "api/v1/invoices/" + again + "/time",
                "{\"projectId\":" + project + ",\"entryIds\":[" + draftOnly + "]}"),
        409,
        "not approved");

    // offline payment and voiding on a second invoice
    expect(
        200,
        fay.api()
            .postJson(
                "api/v1/invoices/" + again + "/lines", line("Consulting", "2.5", 8_000, "19")));
    JsonObject second = expect(200, fay.api().post("api/v1/invoices/" + again + "/issue"));
    assertEquals("INV-" + year + "-0002", second.getString("number"));
    JsonObject offline =
        expect(
            200,
            fay.api()
                .postJson(
                    "api/v1/invoices/" + again + "/payments",
                    "{\"method\":\"BANK_TRANSFER\",\"amount\":10000,\"key\":\"t-1\",\"reference\":\"SEPA 4711\"}"));
    assertEquals("PARTIALLY_PAID", offline.getString("status"));
    assertEquals(13_800, amount(offline, "open"));
    problem(
        fay.api().postJson("api/v1/invoices/" + again + "/void", "{\"reason\":\"Wrong client\"}"),
        409,
        "received payments");

    // who was told: the freelancer of each payment received (wallet, card, bank transfer; the
    // declined card is none), the client of each invoice sent to them, its PDF with the email
    Eventually.until(
        () -> notices(fay.api(), "PaymentReceived").size() == 3, "three payments told");
    assertTrue(
        notices(fay.api(), "PaymentReceived").stream()
            .anyMatch(m -> m.contains("by bank transfer") || m.contains("(bank transfer)")),
        notices(fay.api(), "PaymentReceived").toString());
    Eventually.until(() -> notices(clara.api(), "InvoiceIssued").size() == 2, "two invoices told");
    Eventually.until(
        () -> fixtures.attachments("client@" + slug + ".test").size() == 2,
        "both invoices' PDFs emailed");

    // audit clean
    JsonObject audit = expect(200, owner.get("api/v1/wallet/audit"));
    assertTrue(audit.getJsonArray("violations").isEmpty(), audit.toString());

    // lists: totals per status, filters, search by number
    JsonObject list = expect(200, fay.api().get("api/v1/invoices?status=paid"));
    assertEquals(1, list.getJsonNumber("total").longValue());
    assertEquals(
        "INV-" + year + "-0001",
        list.getJsonArray("invoices").getJsonObject(0).getString("number"));
    JsonObject byText = expect(200, fay.api().get("api/v1/invoices?q=0002"));
    assertEquals(1, byText.getJsonNumber("total").longValue());
    assertEquals(1, byText.getJsonObject("totals").getJsonNumber("open").longValue());
    problem(fay.api().get("api/v1/invoices?status=lost"), 400, "Filter");
    assertEquals(
        0, expect(200, finn.api().get("api/v1/invoices")).getJsonNumber("total").longValue());
  }

  @Test
  void theDashboardTheClientsPageAndTheSearchShowTheInvoices() {
    String slug = Api.uniqueSlug("figures");
    Api.owner(deployment, slug);
    Member clara = member(deployment, slug, "Clara Client", "client", "CLIENT");
    Member fay = member(deployment, slug, "Fay Freelancer", "freelancer", "FREELANCER");
    Member finn = member(deployment, slug, "Finn Freelancer", "freelancer2", "FREELANCER");
    profile(fay.api());
    long client = client(fay.api(), "Wombat Bakery", clara.id());
    long other = client(fay.api(), "Numbat Mill", clara.id());
    // open: 476.00 issued; 100.00 issued and overdue; 200.00 less 50.00 + 10.00 paid
    long issued = issued(fay.api(), client, line("Logo", "1", 40_000, "19"));
    long overdue = issued(fay.api(), client, line("Menu", "1", 10_000, "0"));
    long part = issued(fay.api(), client, line("Site", "1", 20_000, "0"));
    long paid = issued(fay.api(), client, line("Cards", "1", 3_000, "0"));
    long draft = draft(fay.api(), client);
    long mill = issued(fay.api(), other, line("Sacks", "1", 1_000, "0"));
    offline(fay.api(), part, "BANK_TRANSFER", 5_000, "t-1");
    offline(fay.api(), part, "BANK_TRANSFER", 1_000, "t-2");
    offline(fay.api(), paid, "CASH", 3_000, "c-1");
    offline(fay.api(), mill, "CASH", 1_000, "c-2");
    fixtures.sql(
        "UPDATE invoice SET due_on = ? WHERE id = ?",
        LocalDate.now(ZoneOffset.UTC).minusDays(3),
        overdue);
    // money of another month, and escrow's (counted as earned by the desk), is not this month's
    fixtures.sql(
        "UPDATE invoice_payment SET paid_at = ? WHERE invoice_id = ? AND idempotency_key = 't-2'",
        java.sql.Timestamp.from(
            LocalDate.now(ZoneOffset.UTC)
                .withDayOfMonth(1)
                .minusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()),
        part);
    fixtures.sql(
        "INSERT INTO invoice_payment (tenant_id, invoice_id, method, amount, status,"
            + " idempotency_key, created_at, paid_at, version)"
            + " SELECT tenant_id, id, 'ESCROW', 2000, 'SUCCEEDED', 'escrow', NOW(6), NOW(6), 0"
            + " FROM invoice WHERE id = ?",
        issued);

    JsonObject figures = expect(200, fay.api().get("api/v1/invoices/figures"));
    assertEquals(3, figures.getJsonNumber("unpaid").longValue(), figures.toString());
    assertEquals(47_600 + 10_000 + 14_000, amount(figures, "unpaidAmount"));
    assertEquals(1, figures.getJsonNumber("overdue").longValue());
    assertEquals(10_000, amount(figures, "overdueAmount"));
    assertEquals(5_000 + 3_000 + 1_000, amount(figures, "revenueThisMonth"));
    assertEquals(
        LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString(), figures.getString("month"));
    JsonObject finns = expect(200, finn.api().get("api/v1/invoices/figures"));
    assertEquals(0, finns.getJsonNumber("unpaid").longValue());
    assertEquals(0, amount(finns, "revenueThisMonth"));
    assertEquals(403, clara.api().get("api/v1/invoices/figures").status());
    String dashboard = page(fay.api(), "app/freelancer/index.xhtml");
    assertTrue(dashboard.contains("id=\"invoices-unpaid\""), dashboard);
    assertTrue(dashboard.contains("716,00"), "unpaid amount in " + dashboard);
    assertTrue(dashboard.contains("100,00"), "overdue amount in " + dashboard);
    assertTrue(dashboard.contains("90,00"), "revenue in " + dashboard);

    // the client's page: its invoices (not the other client's), each with its status and a link
    String numberOf = number(fay.api(), overdue);
    String page = page(fay.api(), "app/desk/client.xhtml?id=" + client);
    for (long id : List.of(issued, overdue, part, paid, draft)) {
      assertTrue(page.contains("app/invoices/invoice.xhtml?id=" + id + "\""), id + " in " + page);
    }
    assertFalse(page.contains("app/invoices/invoice.xhtml?id=" + mill + "\""), page);
    assertTrue(page.contains(numberOf), page);
    for (String status : List.of("Overdue", "Issued", "Partially paid", "Paid", "Draft")) {
      assertTrue(page.contains(">" + status + "</span>"), status + " in " + page);
    }
    assertTrue(page.contains("app/invoices/invoices.xhtml?client=" + client), page);
    assertTrue(
        page(fay.api(), "app/desk/client.xhtml?id=" + other).contains(number(fay.api(), mill)));

    // the search: the issuer's by number and by client, drafts too; the recipient's issued ones
    JsonObject found = group(search(fay.api(), numberOf), "INVOICES");
    assertEquals(List.of(overdue), ids(found));
    assertEquals(numberOf, found.getJsonArray("hits").getJsonObject(0).getString("title"));
    assertTrue(
        found.getJsonArray("hits").getJsonObject(0).getString("detail").contains("Overdue"),
        found.toString());
    JsonObject byClient = group(search(fay.api(), "wombat"), "INVOICES");
    assertEquals(List.of(draft, paid, part, overdue, issued), ids(byClient));
    assertFalse(byClient.getBoolean("more"));
    JsonObject claras = search(clara.api(), "bat");
    assertEquals(
        List.of("INVOICES", "JOBS", "CONTRACTS"),
        claras.getJsonArray("groups").stream()
            .map(g -> g.asJsonObject().getString("kind"))
            .toList());
    JsonObject received = group(claras, "INVOICES");
    assertEquals(List.of(mill, paid, part, overdue, issued), ids(received), "no draft");
    assertFalse(received.getBoolean("more"));
    JsonObject many = group(search(fay.api(), "bat"), "INVOICES");
    assertEquals(5, many.getJsonArray("hits").size());
    assertTrue(many.getBoolean("more"), "six match: five and more");
    assertEquals(List.of(), ids(group(search(finn.api(), "wombat"), "INVOICES")));
  }

  @Test
  void concurrentIssuesAreNumberedWithoutGapsAndARefusedIssueTakesNoNumber() throws Exception {
    String slug = Api.uniqueSlug("numbers");
    Api.owner(deployment, slug);
    Member carl = member(deployment, slug, "Carl Client", "client", "CLIENT");
    Member fay = member(deployment, slug, "Fay Freelancer", "freelancer", "FREELANCER");
    long client = client(fay.api(), "Carl's Bakery", carl.id());
    profile(fay.api());
    // an empty draft is refused and takes no number
    long empty = draft(fay.api(), client);
    problem(fay.api().post("api/v1/invoices/" + empty + "/issue"), 400, "at least one line");
    List<Long> drafts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long d = draft(fay.api(), client);
      expect(
          200,
          fay.api()
              .postJson("api/v1/invoices/" + d + "/lines", line("Bread " + i, "1", 100 + i, "7")));
      drafts.add(d);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> numbers = new ArrayList<>();
    try {
      List<Future<Api.Reply>> issued = new ArrayList<>();
      for (long d : drafts) {
        Callable<Api.Reply> issue = () -> fay.api().post("api/v1/invoices/" + d + "/issue");
        issued.add(pool.submit(issue));
      }
      for (var f : issued) {
        Api.Reply reply = f.get();
        assertEquals(200, reply.status(), reply.body());
        numbers.add(reply.json().getString("number"));
      }
    } finally {
      pool.shutdown();
    }
    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    assertEquals(
        IntStream.rangeClosed(1, 20)
            .mapToObj(n -> String.format("INV-%d-%04d", year, n))
            .sorted()
            .toList(),
        numbers.stream().sorted().toList());
    // an issue that fails after taking its number gives it back
    tenantContext.use(fay.api().get("api/v1/session").json().getJsonNumber("tenantId").longValue());
    assertThrows(
        EJBException.class, () -> fixtures.takeANumberAndFail(Issuers.member(fay.id()), year));
    // after the refused one, the failed one and the twenty, the next is 21
    expect(
        200,
        fay.api().postJson("api/v1/invoices/" + empty + "/lines", line("Cake", "1", 900, "7")));
    assertEquals(
        String.format("INV-%d-0021", year),
        expect(200, fay.api().post("api/v1/invoices/" + empty + "/issue")).getString("number"));
    // a void keeps its number and prints void; its number is not given again
    JsonObject voided =
        expect(
            200,
            fay.api()
                .postJson("api/v1/invoices/" + empty + "/void", "{\"reason\":\"Wrong price\"}"));
    assertEquals("VOID", voided.getString("status"));
    assertEquals(String.format("INV-%d-0021", year), voided.getString("number"));
    assertEquals(200, fay.api().download("api/v1/invoices/" + empty + "/pdf").status());
    problem(pay(carl.api(), empty, "WALLET", 100, "k"), 409, "void");
    // a transaction taking several numbers of a series (a billing group) takes them one after
    // another; one that fails gives all of them back
    long tenant = fay.api().get("api/v1/session").json().getJsonNumber("tenantId").longValue();
    String issuer = Issuers.member(fay.id());
    assertEquals(
        List.of("T-2099-0001", "T-2099-0002", "T-2099-0003"),
        fixtures.takeNumbers(tenant, issuer, 2099, 3, false));
    assertThrows(EJBException.class, () -> fixtures.takeNumbers(tenant, issuer, 2099, 4, true));
    assertEquals(List.of("T-2099-0004"), fixtures.takeNumbers(tenant, issuer, 2099, 1, false));
    // eight such transactions at once take their turns: forty numbers, none twice, no gap
    ExecutorService groups = Executors.newFixedThreadPool(8);
    List<String> taken = new ArrayList<>();
    try {
      List<Future<List<String>>> each = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        each.add(groups.submit(() -> fixtures.takeNumbers(tenant, issuer, 2099, 5, false)));
      }
      for (var f : each) {
        List<String> group = f.get();
        // within a transaction the numbers follow one another
        assertEquals(
            IntStream.range(0, 5)
                .mapToObj(n -> String.format("T-2099-%04d", number(group.get(0)) + n))
                .toList(),
            group);
        taken.addAll(group);
      }
    } finally {
      groups.shutdown();
    }
    assertEquals(
        IntStream.rangeClosed(5, 44).mapToObj(n -> String.format("T-2099-%04d", n)).toList(),
        taken.stream().sorted().toList());
    assertEquals(List.of("T-2099-0045"), fixtures.takeNumbers(tenant, issuer, 2099, 1, false));
  }

  private static int number(String documentNumber) {
    return Integer.parseInt(documentNumber.substring(documentNumber.lastIndexOf('-') + 1));
  }

  private static long project(Api freelancer, long client, String name) {
    return MarketSteps.id(
        expect(
            201,
            freelancer.postJson(
                "api/v1/desk/projects",
                body(Map.of("clientId", client, "name", name, "rate", RATE)))));
  }

  /** The freelancer's invoicing details, with the tax id every issued invoice carries. */
  private static void profile(Api freelancer) {
    expect(
        200,
        freelancer.putJson(
            "api/v1/invoices/profile",
            "{\"businessName\":\"Fay Design\",\"address\":\"Torstraße 1\\n10119 Berlin\","
                + "\"countryCode\":\"DE\",\"taxId\":\"DE123456789\",\"prefix\":\"INV\","
                + "\"termsDays\":14,\"reminderDays\":\"-3,1,7,14\"}"));
  }

  /** A draft for the client with the line, issued; its id. */
  private static long issued(Api freelancer, long client, String line) {
    long invoice = draft(freelancer, client);
    expect(200, freelancer.postJson("api/v1/invoices/" + invoice + "/lines", line));
    expect(200, freelancer.post("api/v1/invoices/" + invoice + "/issue"));
    return invoice;
  }

  private static void offline(Api issuer, long invoice, String method, long amount, String key) {
    expect(
        200,
        issuer.postJson(
            "api/v1/invoices/" + invoice + "/payments",
            body(
                Map.of(
                    "method", method, "amount", amount, "key", key, "reference", "Ref " + key))));
  }

  private static String number(Api api, long invoice) {
    return expect(200, api.get("api/v1/invoices/" + invoice)).getString("number");
  }

  private static String page(Api api, String path) {
    var page = api.download(path);
    assertEquals(200, page.status(), path);
    return new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static JsonObject search(Api api, String text) {
    return expect(
        200,
        api.get(
            "api/v1/search?q="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static JsonObject group(JsonObject found, String kind) {
    return found.getJsonArray("groups").stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " in " + found));
  }

  private static List<Long> ids(JsonObject group) {
    return group.getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static long draft(Api freelancer, long client) {
    return MarketSteps.id(
        expect(201, freelancer.postJson("api/v1/invoices", body(Map.of("clientId", client)))));
  }

  private static List<JsonValue> lines(Api freelancer, long invoice) {
    return expect(200, freelancer.get("api/v1/invoices/" + invoice)).getJsonArray("lines");
  }

  private static String time(long project, String grouping, String taxRate) {
    return "{\"projectId\":"
        + project
        + ",\"grouping\":\""
        + grouping
        + "\",\"taxRate\":"
        + taxRate
        + "}";
  }

  private static String line(String description, String quantity, long price, String taxRate) {
    return Json.createObjectBuilder()
        .add("description", description)
        .add("quantity", new java.math.BigDecimal(quantity))
        .add("unit", "C62")
        .add("unitPrice", price)
        .add("taxRate", new java.math.BigDecimal(taxRate))
        .build()
        .toString();
  }

  private static Api.Reply pay(Api payer, long invoice, String method, long amount, String key) {
    return payer.postJson(
        "api/v1/invoices/" + invoice + "/payments",
        "{\"method\":\"" + method + "\",\"amount\":" + amount + ",\"key\":\"" + key + "\"}");
  }

  private static Api.Reply card(Api payer, long invoice, long amount, String key) {
    return payer.postJson(
        "api/v1/invoices/" + invoice + "/payments",
        "{\"method\":\"CARD\",\"amount\":"
            + amount
            + ",\"key\":\""
            + key
            + "\",\"card\":\"4242424242424242\"}");
  }

  // quotes (H6)

  @Test
  void aQuoteIsSentOnceNumberedAndPrintedAndAcceptedOnceIntoAContractOrAProject() throws Exception {
    String slug = Api.uniqueSlug("quotes");
    Api.owner(deployment, slug);
    Member carl = member(deployment, slug, "Carl Client", "client", "CLIENT");
    Member fay = member(deployment, slug, "Fay Freelancer", "freelancer", "FREELANCER");
    Member finn = member(deployment, slug, "Finn Freelancer", "freelancer2", "FREELANCER");
    String elsewhere = Api.uniqueSlug("quotes-other");
    Api.owner(deployment, elsewhere);
    Member olga = member(deployment, elsewhere, "Olga Other", "freelancer", "FREELANCER");
    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(30);

    // a CRM client without an account: the sent quote is numbered, printed and emailed with it
    String buyer = slug + "-buyer@example.test";
    long crm =
        MarketSteps.id(
            expect(
                201,
                fay.api()
                    .postJson(
                        "api/v1/desk/clients",
                        body(Map.of("name", "Łukasz Nowak", "email", buyer)))));
    problem(
        fay.api().postJson("api/v1/quotes", quote("clientId", crm, "Website", until.minusDays(31))),
        400,
        "valid until");
    long website = MarketSteps.id(expect(201, quote(fay.api(), "clientId", crm, "Website", until)));
    problem(fay.api().post("api/v1/quotes/" + website + "/send"), 400, "at least one line");
    expect(
        200,
        fay.api()
            .postJson(
                "api/v1/quotes/" + website + "/lines", quoteLine("Pages", "10", "HUR", 8_000)));
    JsonObject sent = expect(200, fay.api().post("api/v1/quotes/" + website + "/send"));
    String number = String.format("INV-Q-%d-0001", year);
    assertEquals(number, sent.getString("number"));
    assertEquals("SENT", sent.getString("status"));
    assertEquals(95_200, amount(sent, "gross"));
    // a second send is the same quote, not a second number
    assertEquals(
        number,
        expect(200, fay.api().post("api/v1/quotes/" + website + "/send")).getString("number"));
    var pdf = fay.api().download("api/v1/quotes/" + website + "/pdf");
    assertEquals(200, pdf.status());
    assertEquals(
        "%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    Eventually.until(
        () -> fixtures.emails(buyer, "A quote is sent to me", false) == 1, "the quote emailed");
    assertEquals(List.of(number + ".pdf:%PDF"), fixtures.attachments(buyer));
    problem(
        fay.api().postJson("api/v1/quotes/" + website + "/lines", quoteLine("More", "1", "C62", 1)),
        409,
        "sent");

    // a client member's quote, accepted twice at once: one contract, the lines its milestones
    long logo = MarketSteps.id(expect(201, quote(fay.api(), "memberId", carl.id(), "Logo", until)));
    expect(
        200,
        fay.api()
            .postJson(
                "api/v1/quotes/" + logo + "/lines", quoteLine("Logo design", "1", "C62", 50_000)));
    expect(
        200,
        fay.api()
            .postJson(
                "api/v1/quotes/" + logo + "/lines", quoteLine("Brand book", "2", "C62", 30_000)));
    problem(carl.api().get("api/v1/quotes/" + logo), 404, "no such quote"); // a draft is not sent
    expect(200, fay.api().post("api/v1/quotes/" + logo + "/send"));
    assertTrue(expect(200, carl.api().get("api/v1/quotes/" + logo)).getBoolean("decidable"));
    // nobody else finds it or its print
    for (Api stranger : List.of(finn.api(), olga.api())) {
      problem(stranger.get("api/v1/quotes/" + logo), 404, "no such quote");
      assertEquals(404, stranger.download("api/v1/quotes/" + logo + "/pdf").status());
      problem(stranger.post("api/v1/quotes/" + logo + "/acceptance"), 404, "no such quote");
    }
    problem(fay.api().post("api/v1/quotes/" + logo + "/acceptance"), 404, "no such quote");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Long> contracts = new ArrayList<>();
    try {
      List<Future<Api.Reply>> both = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        both.add(pool.submit(() -> carl.api().post("api/v1/quotes/" + logo + "/acceptance")));
      }
      for (var f : both) {
        JsonObject accepted = expect(200, f.get());
        assertEquals("ACCEPTED", accepted.getString("status"));
        contracts.add(accepted.getJsonNumber("contractId").longValue());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(contracts.get(0), contracts.get(1));
    JsonObject contract = expect(200, carl.api().get("api/v1/contracts/" + contracts.get(0)));
    assertEquals("Logo", contract.getString("title"));
    assertEquals("OPEN", contract.getString("status"));
    assertEquals(fay.id(), contract.getJsonNumber("freelancerId").longValue());
    assertEquals(
        List.of("Logo design", "Brand book"),
        contract.getJsonArray("milestones").stream()
            .map(m -> m.asJsonObject().getString("title"))
            .toList());
    assertEquals(
        contracts.get(0),
        expect(200, carl.api().post("api/v1/quotes/" + logo + "/acceptance"))
            .getJsonNumber("contractId")
            .longValue());
    problem(
        carl.api().postJson("api/v1/quotes/" + logo + "/rejection", "{\"comment\":\"No\"}"),
        409,
        "accepted already");

    // a CRM client linked to the member: accepted, an hourly project at the quoted rate
    long bakery = client(fay.api(), "Carl's Bakery", carl.id());
    long shop =
        MarketSteps.id(expect(201, quote(fay.api(), "clientId", bakery, "Bakery shop", until)));
    expect(
        200,
        fay.api()
            .postJson("api/v1/quotes/" + shop + "/lines", quoteLine("Build", "12", "HUR", 9_000)));
    expect(200, fay.api().post("api/v1/quotes/" + shop + "/send"));
    long project =
        expect(200, carl.api().post("api/v1/quotes/" + shop + "/acceptance"))
            .getJsonNumber("projectId")
            .longValue();
    JsonObject opened = expect(200, fay.api().get("api/v1/desk/projects/" + project));
    assertEquals("Bakery shop", opened.getString("name"));
    assertEquals("IN_PROGRESS", opened.getString("status"));
    assertEquals(9_000, amount(opened, "rate"));

    // a rejection needs its reason
    long dear = MarketSteps.id(expect(201, quote(fay.api(), "memberId", carl.id(), "Dear", until)));
    expect(
        200,
        fay.api()
            .postJson("api/v1/quotes/" + dear + "/lines", quoteLine("All", "1", "C62", 9_999)));
    expect(200, fay.api().post("api/v1/quotes/" + dear + "/send"));
    problem(
        carl.api().postJson("api/v1/quotes/" + dear + "/rejection", "{\"comment\":\" \"}"),
        400,
        "comment");
    JsonObject rejected =
        expect(
            200,
            carl.api()
                .postJson("api/v1/quotes/" + dear + "/rejection", "{\"comment\":\"Too dear\"}"));
    assertEquals("REJECTED", rejected.getString("status"));
    assertEquals("Too dear", rejected.getString("rejection"));
    // the freelancer hears of each decision
    Eventually.until(
        () ->
            notices(fay.api(), "QuoteAccepted").size() == 2
                && notices(fay.api(), "QuoteRejected")
                    .equals(
                        List.of(
                            "Carl Client rejected quote "
                                + quoteNumber(fay.api(), dear)
                                + ": “Too dear”")),
        "the decisions told");
    problem(carl.api().post("api/v1/quotes/" + dear + "/acceptance"), 409, "rejected");

    // past its valid-until date it is expired and refuses acceptance
    long late = MarketSteps.id(expect(201, quote(fay.api(), "memberId", carl.id(), "Late", until)));
    expect(
        200,
        fay.api().postJson("api/v1/quotes/" + late + "/lines", quoteLine("All", "1", "C62", 500)));
    expect(200, fay.api().post("api/v1/quotes/" + late + "/send"));
    fixtures.expireQuote(late);
    assertEquals(
        "EXPIRED", expect(200, carl.api().get("api/v1/quotes/" + late)).getString("status"));
    problem(carl.api().post("api/v1/quotes/" + late + "/acceptance"), 409, "expired");
    JsonObject expired = expect(200, fay.api().get("api/v1/quotes?status=expired"));
    assertEquals(1, expired.getJsonNumber("total").longValue());
    assertEquals(late, MarketSteps.id(expired.getJsonArray("quotes").getJsonObject(0)));
    // the member finds the four sent to them (the first went to a client without an account)
    assertEquals(4, carl.api().get("api/v1/quotes/received").array().size());
    // the pages: the issuer's list and draft, the recipient's decision and list
    long draft =
        MarketSteps.id(expect(201, quote(fay.api(), "memberId", carl.id(), "Next", until)));
    assertPage(fay.api(), "app/invoices/quotes.xhtml?status=EXPIRED", "Late");
    assertPage(fay.api(), "app/invoices/quote.xhtml?id=" + draft, "Send quote");
    assertPage(carl.api(), "app/invoices/quote.xhtml?id=" + dear, "Too dear");
    assertPage(carl.api(), "app/invoices/to-pay.xhtml", String.format("INV-Q-%d-0005", year));
    assertEquals(403, carl.api().get("app/invoices/quotes.xhtml").status());
    long fresh =
        MarketSteps.id(expect(201, quote(fay.api(), "memberId", carl.id(), "Fresh", until)));
    expect(
        200,
        fay.api().postJson("api/v1/quotes/" + fresh + "/lines", quoteLine("All", "1", "C62", 700)));
    expect(200, fay.api().post("api/v1/quotes/" + fresh + "/send"));
    assertPage(carl.api(), "app/invoices/quote.xhtml?id=" + fresh, "Accept quote");
    expect(204, fay.api().delete("api/v1/quotes/" + draft));
    problem(fay.api().get("api/v1/quotes/" + draft), 404, "no such quote");
  }

  private static Api.Reply quote(
      Api freelancer, String to, long id, String title, LocalDate validUntil) {
    return freelancer.postJson("api/v1/quotes", quote(to, id, title, validUntil));
  }

  private static String quote(String to, long id, String title, LocalDate validUntil) {
    return body(Map.of(to, id, "title", title, "validUntil", validUntil.toString()));
  }

  private static String quoteLine(String description, String quantity, String unit, long price) {
    return Json.createObjectBuilder()
        .add("description", description)
        .add("quantity", new java.math.BigDecimal(quantity))
        .add("unit", unit)
        .add("unitPrice", price)
        .add("taxRate", new java.math.BigDecimal("19"))
        .build()
        .toString();
  }

  private static String quoteNumber(Api issuer, long quote) {
    return expect(200, issuer.get("api/v1/quotes/" + quote)).getString("number");
  }
}
