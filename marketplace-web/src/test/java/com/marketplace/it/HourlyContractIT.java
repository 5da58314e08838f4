package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.demo.boundary.DemoHourly;
import com.marketplace.demo.boundary.DemoMarketplace;
import com.marketplace.hourly.boundary.DueWeeks;
import com.marketplace.hourly.boundary.WeekScan;
import com.marketplace.hourly.entity.Week;
import com.marketplace.platform.scan.DueWork;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hourly contracts paid through weekly escrow (H4), through the API and in the container: the hire
 * holds the week's cap × rate; approved time is paid per entry from its week's hold minus the fee,
 * once however often the decision is announced; a week that is over and decided closes and refunds
 * the rest; time beyond the cap, in a closed week or on a paused contract is refused; a client
 * whose wallet cannot cover the week pauses the contract and is told to top up, then resumes it (or
 * the scan does); the ledger audit stays clean; nobody else finds the weeks.
 *
 * <p>The weeks are visited by calling the scan's boundary with a time of the test's choosing (the
 * application's own scan does not run during the tests); the client decides through the time
 * approval, and a fixture announces a decision again to show that a replay pays nothing. Work is
 * recorded in the week before this one, entirely in the past, so the test reads the same whatever
 * day it runs.
 */
@ExtendWith(ArquillianExtension.class)
class HourlyContractIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            HourlyContractIT.class,
            HourlyFixtures.class,
            Deployments.class,
            Api.class,
            MarketSteps.class,
            TimeSteps.class,
            Eventually.class);
  }

  /** EUR 60.00 an hour: a cent every 0.6 s. */
  static final long RATE = 6_000;

  @ArquillianResource URL deployment;
  @Inject HourlyFixtures fixtures;
  @Inject DueWeeks due;
  @Inject TenantContext tenantContext;
  @Inject DemoHourly demo;
  @Inject DueWork work;

  record Member(Api api, long id, long tenantId) {}

  @Test
  void approvedTimeIsPaidFromItsWeeksHoldAndTheRestGoesBackWhenTheWeekCloses() {
    String slug = Api.uniqueSlug("hourly");
    Api owner = Api.owner(deployment, slug);
    Member clara = member(slug, "Clara Client", "client", "CLIENT");
    Member fay = member(slug, "Fay Freelancer", "freelancer", "FREELANCER");
    Member finn = member(slug, "Finn Freelancer", "freelancer2", "FREELANCER");
    MarketSteps.topUp(clara.api(), 40_000);

    // the hire holds this week's 3 h at the rate
    long contract = hire(clara.api(), fay.api(), "Support on weekends", 3);
    Week thisWeek = Week.of(Instant.now());
    JsonObject hired = contract(clara.api(), contract);
    assertTrue(hired.getBoolean("weekly"));
    assertEquals(RATE, hired.getJsonNumber("hourlyRate").longValue());
    assertEquals(3, hired.getInt("weeklyCapHours"));
    assertFalse(hired.getBoolean("paused"));
    assertEquals(18_000, hired.getJsonNumber("weeklyHold").longValue());
    assertEquals(0, hired.getJsonArray("milestones").size());
    var week = week(hired, thisWeek);
    assertEquals("FUNDED", week.getString("status"));
    assertEquals(18_000, week.getJsonNumber("held").longValue());
    assertEquals(22_000, MarketSteps.wallet(clara.api(), "available"));
    assertEquals(18_000, MarketSteps.wallet(clara.api(), "inEscrow"));
    assertEquals(
        List.of("HIRED", "WEEK_FUNDED"),
        hired.getJsonArray("history").stream()
            .map(h -> h.asJsonObject().getString("action"))
            .toList());
    // the job's page, where the client set the cap, shows the hire
    assertEquals(
        200,
        clara.api().download("app/client/job.xhtml?id=" + hired.getJsonNumber("jobId")).status());
    // milestone steps do not apply to it
    problem(clara.api().post("api/v1/contracts/" + contract + "/cancellation"), 409, "hourly");

    // as if hired two weeks ago: the scan at last week's start opens and funds last week
    Week lastWeek = thisWeek.previous();
    tenantContext.use(clara.tenantId());
    fixtures.hiredEarlier(contract, Duration.ofDays(14));
    assertTrue(due.visit(contract, lastWeek.startsAt().plus(Duration.ofHours(1))));
    assertFalse(due.visit(contract, lastWeek.startsAt().plus(Duration.ofHours(2))));
    assertEquals("FUNDED", week(contract(clara.api(), contract), lastWeek).getString("status"));
    assertEquals(4_000, MarketSteps.wallet(clara.api(), "available"));

    // the freelancer records last week's work, up to the cap
    tenantContext.use(clara.tenantId());
    long project = fixtures.projectId(contract);
    Instant tuesday = lastWeek.startsAt().plus(Duration.ofDays(1));
    long e1 = TimeSteps.entry(fay.api(), project, tuesday.plus(hours(9)), Duration.ofMinutes(90));
    long e2 = TimeSteps.entry(fay.api(), project, tuesday.plus(hours(11)), Duration.ofHours(1));
    long e3 =
        TimeSteps.entry(fay.api(), project, tuesday.plus(hours(33)), Duration.ofSeconds(1234));
    problem(
        TimeSteps.record(fay.api(), project, tuesday.plus(hours(57)), Duration.ofMinutes(45)),
        409,
        "the weekly cap of 3 h for the week of " + lastWeek.start());
    problem(
        TimeSteps.record(
            fay.api(), project, lastWeek.previous().startsAt(), Duration.ofMinutes(30)),
        409,
        "not held");

    // the freelancer submits the week's time; the client approves two entries through the
    // approval: each paid at the rate, rounded to the cent, minus 10 %
    assertEquals(200, TimeSteps.submit(fay.api(), List.of(e1, e2, e3)).status());
    // 1 h 30 min: EUR 90.00, EUR 81.00 to Fay; 1 234 s: EUR 20.566… → 20.57, fee 2.06, 18.51
    var approved = TimeSteps.decide(clara.api(), List.of(e1, e3), "APPROVE", "Thanks");
    assertEquals(200, approved.status(), approved.body());
    assertEquals(9_951, MarketSteps.wallet(fay.api(), "available"));
    // the client's second click decides and moves nothing
    assertEquals(200, TimeSteps.decide(clara.api(), List.of(e1, e3), "APPROVE", "Thanks").status());
    assertEquals(9_951, MarketSteps.wallet(fay.api(), "available"));
    Map<Long, Boolean> decision = new LinkedHashMap<>();
    decision.put(e1, true);
    decision.put(e3, true);
    var paid = week(contract(clara.api(), contract), lastWeek);
    assertEquals(11_057, paid.getJsonNumber("released").longValue());
    assertEquals(5400 + 1234, paid.getJsonNumber("approvedSeconds").longValue());
    assertEquals(6_943, paid.getJsonNumber("remaining").longValue());
    // the same decision announced again moves nothing
    tenantContext.use(clara.tenantId());
    fixtures.decide(contract, clara.id(), decision);
    assertEquals(9_951, MarketSteps.wallet(fay.api(), "available"));
    assertEquals(
        11_057,
        week(contract(clara.api(), contract), lastWeek).getJsonNumber("released").longValue());

    // the week is over, but one entry still waits for the client: it stays open
    Instant monday = thisWeek.startsAt().plus(Duration.ofMinutes(1));
    tenantContext.use(clara.tenantId());
    assertFalse(due.visit(contract, monday));
    // rejected, it pays nothing; now every entry is decided and the week closes
    assertEquals(
        200, TimeSteps.decide(clara.api(), List.of(e2), "REJECT", "Not this contract").status());
    assertEquals(9_951, MarketSteps.wallet(fay.api(), "available"));
    tenantContext.use(clara.tenantId());
    assertTrue(due.visit(contract, monday));
    assertFalse(due.visit(contract, monday.plus(Duration.ofMinutes(5))));
    var closed = week(contract(clara.api(), contract), lastWeek);
    assertEquals("CLOSED", closed.getString("status"));
    assertEquals(6_943, closed.getJsonNumber("refunded").longValue());
    assertEquals(0, closed.getJsonNumber("remaining").longValue());
    assertEquals(10_943, MarketSteps.wallet(clara.api(), "available"));
    assertEquals(18_000, MarketSteps.wallet(clara.api(), "inEscrow"));
    assertEquals(9_951, MarketSteps.wallet(fay.api(), "available"));

    // a closed week takes no more time, nor changes to its entries
    problem(
        TimeSteps.record(fay.api(), project, tuesday.plus(hours(80)), Duration.ofMinutes(10)),
        409,
        "closed");
    problem(
        fay.api()
            .putJson(
                "api/v1/desk/entries/" + e2,
                "{\"start\":\""
                    + tuesday.plus(hours(11))
                    + "\",\"end\":\""
                    + tuesday.plus(hours(11)).plus(Duration.ofMinutes(20))
                    + "\"}"),
        409,
        "closed");
    // this week runs: a timer starts and stops
    assertEquals(
        201, fay.api().postJson("api/v1/desk/timer", "{\"projectId\":" + project + "}").status());
    assertEquals(200, fay.api().post("api/v1/desk/timer/stop").status());

    // the contract page shows the terms and every week
    String page = page(clara.api(), "app/contract.xhtml?id=" + contract);
    assertTrue(page.contains("id=\"weekly-cap\">3 h"), page);
    assertTrue(page.contains("id=\"week-" + lastWeek.start() + "\""), page);
    assertTrue(page.contains("Closed"), page);
    assertTrue(page.contains("1 h 50 min"), page);
    assertFalse(page.contains("id=\"paused\""), page);

    // nobody else finds the weeks; a fixed-price contract has none
    assertEquals(200, owner.get("api/v1/contracts/" + contract + "/weeks").status());
    assertEquals(200, fay.api().get("api/v1/contracts/" + contract + "/weeks").status());
    problem(finn.api().get("api/v1/contracts/" + contract + "/weeks"), 404, "no such contract");
    problem(finn.api().get("api/v1/contracts/" + contract), 404, "no such contract");
    String elsewhere = Api.uniqueSlug("elsewhere");
    Api.owner(deployment, elsewhere);
    Api stranger = Api.member(deployment, elsewhere, "Stan", "client", "CLIENT");
    problem(stranger.get("api/v1/contracts/" + contract + "/weeks"), 404, "no such contract");
    long fixedJob = MarketSteps.postJob(clara.api(), "Logo", "DESIGN", "logo", 10_000);
    long fixed =
        MarketSteps.id(
            MarketSteps.hire(clara.api(), MarketSteps.apply(fay.api(), fixedJob, 10_000), "[]"));
    problem(clara.api().get("api/v1/contracts/" + fixed + "/weeks"), 404, "milestones");

    audited(owner);
  }

  @Test
  void aClientWhoseWalletCannotCoverTheWeekPausesTheContractUntilTopUp() {
    String slug = Api.uniqueSlug("paused");
    Api owner = Api.owner(deployment, slug);
    Member cleo = member(slug, "Cleo Client", "client", "CLIENT");
    Member fred = member(slug, "Fred Freelancer", "freelancer", "FREELANCER");
    MarketSteps.topUp(cleo.api(), 5_000);

    // 2 h at EUR 60.00 is more than the wallet holds: hired, but paused
    long contract = hire(cleo.api(), fred.api(), "Bookkeeping", 2);
    Week thisWeek = Week.of(Instant.now());
    JsonObject paused = contract(cleo.api(), contract);
    assertTrue(paused.getBoolean("paused"));
    assertEquals("UNFUNDED", week(paused, thisWeek).getString("status"));
    assertEquals(0, week(paused, thisWeek).getJsonNumber("held").longValue());
    assertEquals(5_000, MarketSteps.wallet(cleo.api(), "available"));
    assertEquals(0, MarketSteps.wallet(cleo.api(), "inEscrow"));
    Eventually.until(
        () -> count(fred.api(), "HourlyContractPaused") == 1, "the freelancer told of the pause");
    Eventually.until(
        () -> count(cleo.api(), "HourlyContractPaused") == 1, "the client told to top up");
    assertTrue(
        messages(cleo.api(), "HourlyContractPaused").get(0).startsWith("Top up your wallet"));
    tenantContext.use(cleo.tenantId());
    assertTrue(
        fixtures.emails(cleo.id(), "paused for want of funds").stream()
            .anyMatch(text -> text.contains("/app/wallet.xhtml")),
        "the client's email links to the wallet");
    String page = page(cleo.api(), "app/contract.xhtml?id=" + contract);
    assertTrue(page.contains("id=\"paused\""), page);
    assertTrue(page.contains("Resume"), page);

    // no time on a paused contract
    tenantContext.use(cleo.tenantId());
    long project = fixtures.projectId(contract);
    problem(
        fred.api().postJson("api/v1/desk/timer", "{\"projectId\":" + project + "}"), 409, "paused");

    // resuming with the wallet still short says what is missing and changes nothing
    problem(
        cleo.api().post("api/v1/contracts/" + contract + "/resumption"), 409, "Insufficient funds");
    assertTrue(contract(cleo.api(), contract).getBoolean("paused"));
    problem(fred.api().post("api/v1/contracts/" + contract + "/resumption"), 403, "");
    // the page's Resume says the same and leads to the wallet
    var onPage =
        cleo.api()
            .submitForm(
                "app/contract.xhtml?id=" + contract, "resume", Map.of("resume:resume", "Resume"));
    assertEquals(200, onPage.status(), onPage.body());
    assertTrue(onPage.body().contains("Insufficient funds"), onPage.body());
    assertTrue(onPage.body().contains("id=\"top-up-hint\""), onPage.body());
    assertTrue(contract(cleo.api(), contract).getBoolean("paused"));

    // topped up, the client resumes it: the week is held and time can be tracked
    MarketSteps.topUp(cleo.api(), 10_000);
    var resumed = cleo.api().post("api/v1/contracts/" + contract + "/resumption");
    assertEquals(200, resumed.status(), resumed.body());
    assertFalse(resumed.json().getBoolean("paused"));
    assertEquals("FUNDED", week(resumed.json(), thisWeek).getString("status"));
    assertEquals(12_000, week(resumed.json(), thisWeek).getJsonNumber("held").longValue());
    assertEquals(3_000, MarketSteps.wallet(cleo.api(), "available"));
    assertEquals(12_000, MarketSteps.wallet(cleo.api(), "inEscrow"));
    problem(cleo.api().post("api/v1/contracts/" + contract + "/resumption"), 409, "not paused");
    assertEquals(
        201, fred.api().postJson("api/v1/desk/timer", "{\"projectId\":" + project + "}").status());
    assertEquals(200, fred.api().post("api/v1/desk/timer/stop").status());

    // another contract, hired on the job's page with a cap of 1 h, is paused at its hire and
    // resumed by the scan once the wallet covers it
    long other = hireOnThePage(cleo.api(), fred.api(), "Data entry", 1);
    assertTrue(contract(cleo.api(), other).getBoolean("paused"));
    MarketSteps.topUp(cleo.api(), 5_000);
    tenantContext.use(cleo.tenantId());
    // tried again a minute after the last try, not at every pass
    assertFalse(due.visit(other, Instant.now()));
    // a minute later, the scan's pass (as its timer runs it) finds the contract due and resumes it
    tenantContext.use(cleo.tenantId());
    fixtures.retryDue(other);
    assertTrue(work.run(WeekScan.DUE, id -> due.visit(id, Instant.now())) >= 1);
    var running = contract(cleo.api(), other);
    assertFalse(running.getBoolean("paused"));
    assertTrue(
        running.getJsonArray("weeks").stream()
            .anyMatch(w -> w.asJsonObject().getString("status").equals("FUNDED")));
    assertEquals(2_000, MarketSteps.wallet(cleo.api(), "available"));
    Eventually.until(
        () -> count(fred.api(), "HourlyWeekFunded") == 2, "the freelancer told of both weeks");

    audited(owner);
  }

  @Test
  void eitherPartyEndsTheContractAndItsOpenWeeksSettleOnceTheirTimeIsDecided() {
    String slug = Api.uniqueSlug("hourly-end");
    Api owner = Api.owner(deployment, slug);
    Member clara = member(slug, "Clara Client", "client", "CLIENT");
    Member fay = member(slug, "Fay Freelancer", "freelancer", "FREELANCER");
    Member finn = member(slug, "Finn Freelancer", "freelancer2", "FREELANCER");
    MarketSteps.topUp(clara.api(), 40_000);
    long contract = hire(clara.api(), fay.api(), "Translations", 2); // EUR 120.00 a week
    Week thisWeek = Week.of(Instant.now());
    Week lastWeek = thisWeek.previous();
    tenantContext.use(clara.tenantId());
    fixtures.hiredEarlier(contract, Duration.ofDays(14));
    assertTrue(due.visit(contract, lastWeek.startsAt().plus(Duration.ofHours(1))));
    tenantContext.use(clara.tenantId());
    long project = fixtures.projectId(contract);
    long worked =
        TimeSteps.entry(fay.api(), project, lastWeek.startsAt().plus(hours(30)), hours(1));
    assertEquals(16_000, MarketSteps.wallet(clara.api(), "available"));

    // nobody else ends it; the freelancer does, twice (a double click): once
    problem(finn.api().post("api/v1/contracts/" + contract + "/end"), 404, "no such contract");
    var ended = fay.api().post("api/v1/contracts/" + contract + "/end");
    assertEquals(200, ended.status(), ended.body());
    assertEquals(200, fay.api().post("api/v1/contracts/" + contract + "/end").status());
    JsonObject after = contract(clara.api(), contract);
    assertEquals("COMPLETED", after.getString("status"));
    assertEquals(
        1,
        after.getJsonArray("history").stream()
            .filter(h -> h.asJsonObject().getString("action").equals("ENDED"))
            .count());
    // this week had no time: it closed at once, its hold back to the client
    assertEquals("CLOSED", week(after, thisWeek).getString("status"));
    assertEquals(12_000, week(after, thisWeek).getJsonNumber("refunded").longValue());
    assertEquals(28_000, MarketSteps.wallet(clara.api(), "available"));
    // last week waits for its time; no more time is taken
    assertEquals("FUNDED", week(after, lastWeek).getString("status"));
    problem(
        TimeSteps.record(
            fay.api(), project, lastWeek.startsAt().plus(hours(40)), Duration.ofMinutes(30)),
        409,
        "has ended");
    String page = page(clara.api(), "app/contract.xhtml?id=" + contract);
    assertTrue(page.contains("id=\"ended\""), page);
    assertFalse(page.contains("id=\"end:end\""), page);

    // decided, the week closes at the next visit: the hour paid, the rest back; no new week
    assertEquals(200, TimeSteps.submit(fay.api(), List.of(worked)).status());
    assertEquals(200, TimeSteps.decide(clara.api(), List.of(worked), "APPROVE", null).status());
    tenantContext.use(clara.tenantId());
    assertTrue(due.visit(contract, Instant.now()));
    tenantContext.use(clara.tenantId());
    assertFalse(due.visit(contract, thisWeek.next().startsAt().plus(hours(1))));
    JsonObject settled = contract(clara.api(), contract);
    assertEquals("CLOSED", week(settled, lastWeek).getString("status"));
    assertEquals(6_000, week(settled, lastWeek).getJsonNumber("released").longValue());
    assertEquals(6_000, week(settled, lastWeek).getJsonNumber("refunded").longValue());
    assertEquals(2, settled.getJsonArray("weeks").size());
    assertEquals(34_000, MarketSteps.wallet(clara.api(), "available"));
    assertEquals(0, MarketSteps.wallet(clara.api(), "inEscrow"));
    assertEquals(5_400, MarketSteps.wallet(fay.api(), "available"));
    audited(owner);
  }

  @Test
  void eachDemoFreelancerHasAnHourlyContractWithAClosedWeekAndAnOpenOne() {
    String slug = Api.uniqueSlug("demo-hourly");
    Api owner = Api.owner(deployment, slug);
    Member carla = member(slug, "Carla Client", "client", "CLIENT");
    Member chris = member(slug, "Chris Client", "client2", "CLIENT");
    Member fiona = member(slug, "Fiona Freelancer", "freelancer", "FREELANCER");
    Member frank = member(slug, "Frank Freelancer", "freelancer2", "FREELANCER");
    tenantContext.use(chris.tenantId());
    long contract =
        demo.seed(new DemoMarketplace.Cast(carla.id(), chris.id(), fiona.id(), frank.id()), "EUR");

    JsonObject seeded = contract(chris.api(), contract);
    assertTrue(seeded.getBoolean("weekly"));
    assertFalse(seeded.getBoolean("paused"));
    Week thisWeek = Week.of(Instant.now());
    var last = week(seeded, thisWeek.previous());
    assertEquals("CLOSED", last.getString("status"));
    assertEquals(40_000, last.getJsonNumber("held").longValue());
    assertEquals(22_000, last.getJsonNumber("released").longValue()); // 5 h 30 min at EUR 40.00
    assertEquals(18_000, last.getJsonNumber("refunded").longValue());
    var current = week(seeded, thisWeek);
    assertEquals("FUNDED", current.getString("status"));
    assertEquals(40_000, current.getJsonNumber("held").longValue());
    assertEquals(88_000, MarketSteps.wallet(chris.api(), "available"));
    assertEquals(40_000, MarketSteps.wallet(chris.api(), "inEscrow"));
    assertEquals(19_800, MarketSteps.wallet(frank.api(), "available"));
    assertEquals(200, frank.api().get("api/v1/contracts/" + contract + "/weeks").status());
    // the first freelancer has one too, at EUR 35.00: 5 h 30 min paid, less the fee
    assertEquals(17_325, MarketSteps.wallet(fiona.api(), "available"));
    assertEquals(95_750, MarketSteps.wallet(carla.api(), "available"));
    assertEquals(35_000, MarketSteps.wallet(carla.api(), "inEscrow"));
    audited(owner);
  }

  // --- steps

  private Member member(String slug, String name, String local, String role) {
    var api = Api.member(deployment, slug, name, local, role);
    var me = api.get("api/v1/session").json();
    return new Member(
        api, me.getJsonNumber("id").longValue(), me.getJsonNumber("tenantId").longValue());
  }

  /** An hourly job at EUR 60.00 an hour, the freelancer's proposal and the hire. */
  private static long hire(Api client, Api freelancer, String title, int capHours) {
    var posted =
        client.postJson(
            "api/v1/jobs",
            "{\"title\":\""
                + title
                + "\",\"description\":\"Hourly work\",\"category\":\"SUPPORT\",\"skills\":\"\","
                + "\"kind\":\"HOURLY\",\"budget\":"
                + RATE
                + "}");
    assertEquals(201, posted.status(), posted.body());
    long proposal = MarketSteps.apply(freelancer, MarketSteps.id(posted.json()), RATE);
    return MarketSteps.id(MarketSteps.hireHourly(client, proposal, capHours));
  }

  private static final java.util.regex.Pattern VIEW_STATE =
      java.util.regex.Pattern.compile("jakarta.faces.ViewState[^>]*value=\"([^\"]+)\"");

  /**
   * The same hire through the client's job page: "Hire" opens the form by Ajax, which asks for the
   * weekly cap (out of range: refused on the page) instead of milestones.
   */
  private static long hireOnThePage(Api client, Api freelancer, String title, int capHours) {
    var posted =
        client.postJson(
            "api/v1/jobs",
            "{\"title\":\""
                + title
                + "\",\"description\":\"Hourly work\",\"category\":\"DATA\",\"skills\":\"\","
                + "\"kind\":\"HOURLY\",\"budget\":"
                + RATE
                + "}");
    assertEquals(201, posted.status(), posted.body());
    long job = MarketSteps.id(posted.json());
    MarketSteps.apply(freelancer, job, RATE);
    String url = "app/client/job.xhtml?id=" + job;
    String html = page(client, url);
    var state = VIEW_STATE.matcher(html);
    assertTrue(state.find(), html);
    String button = "proposals:list:0:hire";
    assertTrue(html.contains("name=\"" + button + "\""), html);
    var open = new LinkedHashMap<String, String>();
    open.put("jakarta.faces.partial.ajax", "true");
    open.put("jakarta.faces.source", button);
    open.put("jakarta.faces.partial.execute", button);
    open.put("jakarta.faces.partial.render", "hire-panel");
    open.put("jakarta.faces.behavior.event", "action");
    open.put("jakarta.faces.partial.event", "click");
    open.put("proposals", "proposals");
    open.put("jakarta.faces.ViewState", state.group(1));
    var form = client.postFacesAjax(url, open);
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("hire-hourly:cap"), form.body());
    assertFalse(form.body().contains("hire:confirm"), form.body());

    var fields = new LinkedHashMap<String, String>();
    fields.put("hire-hourly", "hire-hourly");
    fields.put("hire-hourly:confirm-hourly", "Hire and create the contract");
    fields.put("jakarta.faces.ViewState", state.group(1));
    fields.put("hire-hourly:cap", "81");
    var refused = client.postForm(url, fields);
    assertEquals(200, refused.status(), refused.body());
    assertTrue(refused.body().contains("The weekly cap is 1 to 80 hours."), refused.body());
    fields.put("hire-hourly:cap", Integer.toString(capHours));
    var hired = client.postForm(url, fields);
    assertEquals(302, hired.status(), hired.body());
    var id =
        java.util.regex.Pattern.compile("contract\\.xhtml\\?id=(\\d+)").matcher(hired.location());
    assertTrue(id.find(), hired.location());
    return Long.parseLong(id.group(1));
  }

  private static JsonObject contract(Api member, long contract) {
    var reply = member.get("api/v1/contracts/" + contract);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static JsonObject week(JsonObject contract, Week week) {
    return contract.getJsonArray("weeks").stream()
        .map(JsonValue::asJsonObject)
        .filter(w -> w.getString("weekStart").equals(week.start().toString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No week of " + week.start() + " in " + contract));
  }

  private static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  private static long count(Api member, String type) {
    return messages(member, type).size();
  }

  private static List<String> messages(Api member, String type) {
    return member.get("api/v1/notifications?max=100").array().stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("type").equals(type))
        .map(n -> n.getString("message"))
        .toList();
  }

  private static String page(Api member, String path) {
    var page = member.download(path);
    assertEquals(200, page.status(), path);
    return new String(page.body(), StandardCharsets.UTF_8);
  }

  private static void problem(Api.Reply reply, int status, String detailContains) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertTrue(reply.json().getString("detail").contains(detailContains), reply.body());
  }

  private static void audited(Api owner) {
    var audit = owner.get("api/v1/wallet/audit").json();
    assertTrue(audit.getJsonArray("violations").isEmpty(), audit.toString());
  }
}
