package com.marketplace.it;

import static com.marketplace.it.InvoiceSteps.amount;
import static com.marketplace.it.InvoiceSteps.assertPage;
import static com.marketplace.it.InvoiceSteps.client;
import static com.marketplace.it.InvoiceSteps.member;
import static com.marketplace.it.InvoiceSteps.notices;
import static com.marketplace.it.Replies.body;
import static com.marketplace.it.Replies.expect;
import static com.marketplace.it.Replies.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.it.InvoiceSteps.Member;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quotes (H6) through the API and their pages: sent once, numbered in their own series, printed and
 * emailed with the PDF; accepted once, also twice at once, into a fixed-price contract or a desk
 * project; rejected with a reason; refused once expired; the issuer told of each decision; nobody
 * else finding any of it.
 */
@ExtendWith(ArquillianExtension.class)
class QuotesIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            QuotesIT.class,
            InvoiceFixtures.class,
            Deployments.class,
            Api.class,
            MarketSteps.class,
            Replies.class,
            InvoiceSteps.class,
            Eventually.class);
  }

  @ArquillianResource URL deployment;
  @Inject InvoiceFixtures fixtures;

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
