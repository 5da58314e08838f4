package com.marketplace.it;

import static com.marketplace.it.TimeSteps.decide;
import static com.marketplace.it.TimeSteps.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.desk.boundary.AutoApproval;
import com.marketplace.desk.boundary.DueApprovals;
import com.marketplace.desk.entity.TimeDecided;
import com.marketplace.desk.entity.TimeEntryStatus;
import com.marketplace.platform.scan.Due;
import com.marketplace.platform.scan.DueWork;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Time tracking over the API (H3): one running timer per member whatever starts at once from two
 * devices, replacing it in one step, manual entries refused with nothing stored, changes and
 * deletions kept in the history and refused once approved, and another member's or workspace's
 * entries and projects not found; the timer in the header of the member's pages. Approval (H4):
 * submitting a week or chosen entries, the client member's decisions on many at once (each
 * announced once per project, as {@code TimeDecided} and to the people concerned), a decision sent
 * twice at once deciding once, rejected time fixed and submitted again, the workspace's automatic
 * approval happening once however many scans run, the pages, and nobody else finding the time.
 */
@ExtendWith(ArquillianExtension.class)
class TimeIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            TimeIT.class,
            TimeSteps.class,
            DeskFixtures.class,
            DecidedTime.class,
            Eventually.class,
            Deployments.class,
            Api.class);
  }

  @ArquillianResource URL deployment;
  @Inject DeskFixtures fixtures;
  @Inject TenantContext tenantContext;
  @Inject DecidedTime decidedTime;
  @Inject DueApprovals dueApprovals;
  @Inject DueWork dueWork;
  @Resource ManagedExecutorService executor;

  /** A signed-in freelancer of a workspace. */
  record Freelancer(Api api, long id, long tenantId, String slug, String email) {

    /** The same member signed in on another device (a session of its own). */
    Api anotherDevice(URL deployment) {
      var device = new Api(deployment);
      assertEquals(200, device.signIn(slug, email).status());
      return device;
    }
  }

  private String workspace(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    Api.owner(deployment, slug);
    return slug;
  }

  private Freelancer freelancer(String slug, String local) {
    var api = Api.member(deployment, slug, "Free " + local, local, "FREELANCER");
    var me = api.get("api/v1/session").json();
    return new Freelancer(
        api,
        me.getJsonNumber("id").longValue(),
        me.getJsonNumber("tenantId").longValue(),
        slug,
        local + "@" + slug + ".test");
  }

  private long project(Freelancer owner, String name) {
    tenantContext.use(owner.tenantId());
    return fixtures.project(owner.id(), name);
  }

  private long entries(Freelancer member) {
    tenantContext.use(member.tenantId());
    return fixtures.entries(member.id());
  }

  private long running(Freelancer member) {
    tenantContext.use(member.tenantId());
    return fixtures.running(member.id());
  }

  static String json(Object... keysAndValues) {
    var body = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      Object value = keysAndValues[i + 1];
      if (value == null) {
        body.addNull(key);
      } else if (value instanceof Boolean b) {
        body.add(key, b);
      } else if (value instanceof Long || value instanceof Integer) {
        body.add(key, ((Number) value).longValue());
      } else {
        body.add(key, value.toString());
      }
    }
    return body.build().toString();
  }

  static Api.Reply start(Api api, long project, boolean replace) {
    return api.postJson(
        "api/v1/desk/timer", json("projectId", project, "note", "Working", "replace", replace));
  }

  static Api.Reply record(Api api, long project, Instant start, Instant end, String note) {
    return api.postJson(
        "api/v1/desk/entries",
        json("projectId", project, "start", start, "end", end, "note", note));
  }

  static void contains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "“" + part + "” is not in: " + text);
    }
  }

  static void doesNotContain(String text, String part) {
    assertFalse(text.contains(part), () -> "“" + part + "” is in: " + text);
  }

  static void startsWith(String text, String start) {
    assertTrue(text.startsWith(start), text);
  }

  static void assertProblem(Api.Reply reply, int status, String detail) {
    assertEquals(status, reply.status(), reply.body());
    startsWith(reply.contentType(), "application/problem+json");
    contains(reply.json().getString("detail"), detail);
  }

  @Test
  void startsAtOnceFromTwoDevicesLeaveOneRunningTimerAndTellEveryOtherWhichRuns() throws Exception {
    var me = freelancer(workspace("timer-race"), "fay");
    Api[] devices = {me.api(), me.anotherDevice(deployment)};
    List<Long> projects = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      projects.add(project(me, "Race " + i));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Api.Reply> replies = new ArrayList<>();
    try {
      var go = new CountDownLatch(1);
      List<Future<Api.Reply>> sent = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Api device = devices[i % 2];
        long project = projects.get(i);
        sent.add(
            pool.submit(
                () -> {
                  go.await();
                  return start(device, project, false);
                }));
      }
      go.countDown();
      for (var reply : sent) {
        replies.add(reply.get(90, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    for (var reply : replies) {
      assertTrue(reply.status() < 500, reply.body());
    }
    List<Api.Reply> started = replies.stream().filter(r -> r.status() == 201).toList();
    assertEquals(1, started.size());
    JsonObject timer = started.get(0).json();
    String winner = timer.getString("projectName");
    List<Api.Reply> refused = replies.stream().filter(r -> r.status() == 409).toList();
    assertEquals(7, refused.size());
    for (var reply : refused) {
      assertProblem(reply, 409, "A timer is already running on “" + winner + "” since ");
    }
    assertEquals(1, running(me));
    assertEquals(1, entries(me));

    // Either device, reloaded, shows the one timer.
    for (Api device : devices) {
      var shown = device.get("api/v1/desk/timer");
      assertEquals(200, shown.status());
      assertEquals(
          timer.getJsonNumber("entryId").longValue(),
          shown.json().getJsonNumber("entryId").longValue());
      assertEquals(winner, shown.json().getString("projectName"));
    }
  }

  @Test
  void replacingStopsTheRunningTimerAndStartsTheNewOneInOneStep() throws Exception {
    var me = freelancer(workspace("timer-replace"), "ray");
    long design = project(me, "Design");
    long build = project(me, "Build");
    assertEquals(204, me.api().get("api/v1/desk/timer").status());

    var first = start(me.api(), design, false);
    assertEquals(201, first.status(), first.body());
    long firstId = first.json().getJsonNumber("entryId").longValue();
    assertProblem(start(me.api(), build, false), 409, "already running on “Design”");
    assertEquals(1, entries(me));

    var second = start(me.api(), build, true);
    assertEquals(201, second.status(), second.body());
    assertEquals("Build", second.json().getString("projectName"));
    assertEquals(1, running(me));
    var week = me.api().get("api/v1/desk/entries").array();
    assertEquals(2, week.size());
    JsonObject stopped = week.getJsonObject(0);
    assertEquals(firstId, stopped.getJsonNumber("id").longValue());
    assertFalse(stopped.getBoolean("running"));
    assertFalse(stopped.getString("end").isBlank());
    assertTrue(week.getJsonObject(1).getBoolean("running"));

    var stop = me.api().post("api/v1/desk/timer/stop");
    assertEquals(200, stop.status(), stop.body());
    assertEquals("Build", stop.json().getString("projectName"));
    assertFalse(stop.json().getBoolean("running"));
    assertEquals(204, me.api().get("api/v1/desk/timer").status());
    assertProblem(me.api().post("api/v1/desk/timer/stop"), 409, "No timer is running.");
    assertEquals(0, running(me));

    tenantContext.use(me.tenantId());
    fixtures.complete(design);
    assertProblem(start(me.api(), design, false), 409, "“Design” is completed");
  }

  @Test
  void manualEntriesThatMakeNoSenseOrOverlapAreRefusedAndNothingIsStored() throws Exception {
    var me = freelancer(workspace("time-manual"), "mia");
    long site = project(me, "Site");
    Instant nine = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(2));

    var kept = record(me.api(), site, nine, nine.plus(Duration.ofMinutes(90)), "Wireframes");
    assertEquals(201, kept.status(), kept.body());
    assertEquals(5400, kept.json().getJsonNumber("seconds").longValue());
    long keptId = kept.json().getJsonNumber("id").longValue();

    assertProblem(
        record(
            me.api(), site, nine.plus(Duration.ofHours(5)), nine.plus(Duration.ofHours(4)), null),
        400,
        "The end must be after the start.");
    assertProblem(
        record(
            me.api(), site, Instant.now().minusSeconds(600), Instant.now().plusSeconds(3600), null),
        400,
        "Time in the future cannot be tracked yet.");
    assertProblem(
        record(
            me.api(),
            site,
            nine.minus(Duration.ofHours(30)),
            nine.minus(Duration.ofHours(5)),
            null),
        400,
        "An entry may be at most 24 hours long.");
    assertProblem(
        record(
            me.api(), site, nine.plus(Duration.ofHours(1)), nine.plus(Duration.ofHours(2)), null),
        400,
        "This time overlaps your entry #" + keptId + " on “Site”");
    // Bean Validation: what is missing, too long or not an instant is named.
    var missing =
        me.api().postJson("api/v1/desk/entries", json("projectId", site, "end", nine.toString()));
    assertProblem(missing, 400, "start");
    assertEquals(
        "start", missing.json().getJsonArray("invalid-params").getJsonObject(0).getString("name"));
    assertProblem(
        record(
            me.api(),
            site,
            nine.minus(Duration.ofHours(3)),
            nine.minus(Duration.ofHours(2)),
            "x".repeat(1001)),
        400,
        "note");
    assertProblem(
        me.api()
            .postJson(
                "api/v1/desk/entries",
                json("projectId", site, "start", "yesterday", "end", nine.toString())),
        400,
        "start");
    assertEquals(1, entries(me));

    // A running timer counts until now.
    var timer = start(me.api(), site, false);
    assertEquals(201, timer.status(), timer.body());
    Instant started = Instant.parse(timer.json().getString("startedAt"));
    Thread.sleep(1_500);
    assertProblem(
        record(me.api(), site, started.minus(Duration.ofHours(1)), started.plusSeconds(1), null),
        400,
        "This time overlaps your timer running on “Site” since ");
    assertEquals(2, entries(me));

    var listed =
        me.api()
            .get(
                "api/v1/desk/entries?projectId="
                    + site
                    + "&from="
                    + nine.minus(Duration.ofDays(1))
                    + "&to="
                    + Instant.now().plusSeconds(60));
    assertEquals(200, listed.status(), listed.body());
    assertEquals(2, listed.array().size());
    assertProblem(
        me.api().get("api/v1/desk/entries?from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z"),
        400,
        "at most 93 days");
    assertProblem(me.api().get("api/v1/desk/entries?from=soon"), 400, "from: expected an ISO-8601");
  }

  @Test
  void changesAndDeletionsAreKeptInTheHistoryAndRefusedOnceApproved() {
    var me = freelancer(workspace("time-history"), "hal");
    long app = project(me, "App");
    Instant nine = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3));
    long entry =
        record(me.api(), app, nine, nine.plus(Duration.ofHours(1)), "Login screen")
            .json()
            .getJsonNumber("id")
            .longValue();

    var changed =
        me.api()
            .putJson(
                "api/v1/desk/entries/" + entry,
                json(
                    "start",
                    nine,
                    "end",
                    nine.plus(Duration.ofHours(2)),
                    "note",
                    "Login and signup"));
    assertEquals(200, changed.status(), changed.body());
    assertEquals(7200, changed.json().getJsonNumber("seconds").longValue());
    var history = me.api().get("api/v1/desk/entries/" + entry + "/history").array();
    assertEquals(1, history.size());
    assertEquals("EDITED", history.getJsonObject(0).getString("action"));
    assertEquals("Free hal", history.getJsonObject(0).getString("memberName"));
    contains(history.getJsonObject(0).getString("before"), "(1 h): Login screen");
    contains(history.getJsonObject(0).getString("after"), "(2 h): Login and signup");

    assertEquals(204, me.api().delete("api/v1/desk/entries/" + entry).status());
    assertEquals(0, entries(me));
    history = me.api().get("api/v1/desk/entries/" + entry + "/history").array();
    assertEquals(2, history.size());
    assertEquals("DELETED", history.getJsonObject(1).getString("action"));
    contains(history.getJsonObject(1).getString("before"), "(2 h): Login and signup");
    assertFalse(history.getJsonObject(1).containsKey("after")); // nothing after a deletion
    assertProblem(
        me.api()
            .putJson(
                "api/v1/desk/entries/" + entry, json("start", nine, "end", nine.plusSeconds(60))),
        404,
        "There is no such time entry.");

    long approved =
        record(me.api(), app, nine, nine.plus(Duration.ofMinutes(30)), "Approved work")
            .json()
            .getJsonNumber("id")
            .longValue();
    tenantContext.use(me.tenantId());
    fixtures.approve(approved);
    String before = fixtures.describe(approved);
    assertProblem(
        me.api()
            .putJson(
                "api/v1/desk/entries/" + approved,
                json("start", nine, "end", nine.plus(Duration.ofHours(1)), "note", "More")),
        409,
        "This entry is approved and can no longer be changed.");
    assertProblem(
        me.api().delete("api/v1/desk/entries/" + approved),
        409,
        "This entry is approved and can no longer be changed.");
    tenantContext.use(me.tenantId());
    assertEquals(before, fixtures.describe(approved));
    assertTrue(me.api().get("api/v1/desk/entries/" + approved + "/history").array().isEmpty());
  }

  @Test
  void anotherMemberOrWorkspaceFindsNeitherTheEntriesNorTheProjects() {
    String slug = workspace("time-own");
    var owner = freelancer(slug, "ola");
    long project = project(owner, "Private");
    Instant nine = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(1));
    long entry =
        record(owner.api(), project, nine, nine.plus(Duration.ofHours(1)), "Mine")
            .json()
            .getJsonNumber("id")
            .longValue();
    tenantContext.use(owner.tenantId());
    String before = fixtures.describe(entry);

    var colleague = freelancer(slug, "col");
    var stranger = freelancer(workspace("time-other"), "str");
    for (Freelancer other : List.of(colleague, stranger)) {
      Api api = other.api();
      assertProblem(start(api, project, false), 404, "There is no such project.");
      assertProblem(
          record(
              api, project, nine.plus(Duration.ofHours(2)), nine.plus(Duration.ofHours(3)), null),
          404,
          "There is no such project.");
      assertProblem(
          api.get("api/v1/desk/entries?projectId=" + project), 404, "There is no such project.");
      assertProblem(
          api.putJson(
              "api/v1/desk/entries/" + entry, json("start", nine, "end", nine.plusSeconds(60))),
          404,
          "There is no such time entry.");
      assertProblem(
          api.delete("api/v1/desk/entries/" + entry), 404, "There is no such time entry.");
      assertProblem(
          api.get("api/v1/desk/entries/" + entry + "/history"),
          404,
          "There is no such time entry.");
      assertTrue(api.get("api/v1/desk/entries").array().isEmpty());
      assertEquals(204, api.get("api/v1/desk/timer").status());
    }
    tenantContext.use(owner.tenantId());
    assertEquals(before, fixtures.describe(entry));

    var client = Api.member(deployment, slug, "Cli", "cli", "CLIENT");
    assertEquals(403, client.get("api/v1/desk/timer").status());
    assertEquals(403, client.get("app/desk/time.xhtml").status());
  }

  @Test
  void theRunningTimerIsInTheHeaderOfEveryPageAndOnTheTimePage() {
    var me = freelancer(workspace("time-pages"), "pia");
    long project = project(me, "Brand book");
    var idle = me.api().get("app/desk/time.xhtml").body();
    contains(idle, "id=\"time-title\"");
    doesNotContain(idle, "running-timer");
    assertEquals(201, start(me.api(), project, false).status());

    var time = me.api().get("app/desk/time.xhtml");
    assertEquals(200, time.status());
    var page = time.body();
    contains(page, "id=\"running-timer\"", "Brand book", "data-elapsed=", "Times in UTC");
    contains(page, "Running on <strong>Brand book</strong>");
    var jobs = me.api().get("app/jobs.xhtml");
    assertEquals(200, jobs.status());
    contains(jobs.body(), "id=\"running-timer\"", "Brand book", "running-timer:stop");
    contains(
        me.api().get("app/desk/time.xhtml?week=2020-01-01").body(),
        "Week of 30 Dec 2019 – 5 Jan 2020",
        "No time in this week yet.");
  }

  // --- Approval (H4)

  /** A client member of a workspace, signed in. */
  record Client(Api api, long id, String name) {}

  private Client client(String slug, String local) {
    String name = "Cli " + local;
    var api = Api.member(deployment, slug, name, local, "CLIENT");
    return new Client(api, api.get("api/v1/session").json().getJsonNumber("id").longValue(), name);
  }

  /** A project of the freelancer's, for a client of their book linked to the member (or none). */
  private static long linkedProject(Freelancer f, Client member, String name) {
    var client =
        f.api()
            .postJson(
                "api/v1/desk/clients",
                member == null
                    ? json("name", "Client of " + name)
                    : json("name", "Client of " + name, "memberId", member.id()));
    assertEquals(201, client.status(), client.body());
    var project =
        f.api()
            .postJson(
                "api/v1/desk/projects",
                json(
                    "clientId",
                    client.json().getJsonNumber("id").longValue(),
                    "name",
                    name,
                    "rate",
                    6_000));
    assertEquals(201, project.status(), project.body());
    return project.json().getJsonNumber("id").longValue();
  }

  /** Last week's Monday, 00:00 UTC: its time is all in the past. */
  private static Instant lastMonday() {
    return LocalDate.now(ZoneOffset.UTC)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  private static long entry(Api api, long project, Instant start, Duration length, String note) {
    var recorded = record(api, project, start, start.plus(length), note);
    assertEquals(201, recorded.status(), recorded.body());
    return recorded.json().getJsonNumber("id").longValue();
  }

  static Api.Reply submitWeek(Api api, Instant day, Long project) {
    String week = day.atZone(ZoneOffset.UTC).toLocalDate().toString();
    return api.postJson(
        "api/v1/desk/entries/submission",
        project == null ? json("week", week) : json("week", week, "projectId", project));
  }

  private static List<Long> longs(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
  }

  private static List<Long> submittedIds(Api.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonArray("submitted").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  /** The member's entries of last week and this one, by id. */
  private static Map<Long, JsonObject> entriesById(Api api) {
    return api
        .get(
            "api/v1/desk/entries?from="
                + lastMonday()
                + "&to="
                + Instant.now().plus(Duration.ofMinutes(1)))
        .array()
        .stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(e -> e.getJsonNumber("id").longValue(), e -> e));
  }

  private static List<String> notices(Api api, String type) {
    return api.get("api/v1/notifications?max=100").array().stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("type").equals(type))
        .map(n -> n.getString("message"))
        .toList();
  }

  /** Waits for the member's notices of the type, then checks there are exactly that many. */
  private static List<String> expectNotices(Api api, String type, int times) {
    Eventually.until(() -> notices(api, type).size() >= times, times + " × " + type);
    var found = notices(api, type);
    assertEquals(times, found.size(), found.toString());
    return found;
  }

  private static List<JsonObject> history(Api api, long entry) {
    return api.get("api/v1/desk/entries/" + entry + "/history").array().stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private List<TimeDecided> decided(long project) {
    return decidedTime.of(project);
  }

  @Test
  void aSubmittedWeekIsApprovedAndRejectedByItsClientInBulkAndEveryoneHearsOnce() {
    String slug = workspace("time-approve");
    var fay = freelancer(slug, "fay");
    var cleo = client(slug, "cleo");
    long site = linkedProject(fay, cleo, "Web site");
    long own = linkedProject(fay, null, "Own thing");
    Instant monday = lastMonday();
    long e1 = entry(fay.api(), site, monday.plus(Duration.ofHours(9)), Duration.ofHours(1), "Plan");
    long e2 =
        entry(fay.api(), site, monday.plus(Duration.ofHours(33)), Duration.ofHours(2), "Build");
    long e3 =
        entry(fay.api(), site, monday.plus(Duration.ofHours(62)), Duration.ofMinutes(30), "Misc");
    long mine = entry(fay.api(), own, monday.plus(Duration.ofHours(12)), Duration.ofHours(1), null);

    // nobody could approve the time on a project of an unlinked client: refused, or left behind
    assertProblem(
        submit(fay.api(), List.of(mine)), 409, "Nobody can approve the time on “Own thing”");
    assertProblem(
        submitWeek(fay.api(), monday, own), 409, "Nobody can approve the time on “Own thing”");
    var week = submitWeek(fay.api(), monday.plus(Duration.ofDays(3)), null);
    assertEquals(List.of(e1, e2, e3), submittedIds(week));
    assertEquals(
        List.of("Own thing"),
        week.json()
            .getJsonArray("withoutApprover")
            .getValuesAs(jakarta.json.JsonString::getString));
    // a second click submits nothing more and is no error
    assertEquals(List.of(), submittedIds(submitWeek(fay.api(), monday, null)));
    var entries = entriesById(fay.api());
    assertEquals("SUBMITTED", entries.get(e1).getString("status"));
    assertFalse(entries.get(e1).getBoolean("editable"));
    assertEquals("DRAFT", entries.get(mine).getString("status"));

    // submitted time waits: the freelancer can no longer change or delete it
    assertProblem(
        fay.api()
            .putJson(
                "api/v1/desk/entries/" + e1,
                json("start", monday, "end", monday.plus(Duration.ofHours(3)))),
        409,
        "This entry is submitted and waits for the client's decision");
    assertProblem(
        fay.api().delete("api/v1/desk/entries/" + e2), 409, "waits for the client's decision");

    // the client sees it by project and week, added up
    var pending = cleo.api().get("api/v1/desk/approvals");
    assertEquals(200, pending.status(), pending.body());
    assertEquals(3, pending.json().getJsonNumber("entries").longValue());
    assertEquals(3 * 3600 + 1800, pending.json().getJsonNumber("seconds").longValue());
    var group = pending.json().getJsonArray("weeks").getJsonObject(0);
    assertEquals(1, pending.json().getJsonArray("weeks").size());
    assertEquals("Web site", group.getString("projectName"));
    assertEquals("Free fay", group.getString("freelancerName"));
    assertEquals(monday.atZone(ZoneOffset.UTC).toLocalDate().toString(), group.getString("week"));
    assertEquals(3, group.getJsonNumber("entries").longValue());
    assertEquals(3 * 3600 + 1800, group.getJsonNumber("seconds").longValue());
    assertEquals(3, group.getJsonArray("items").size());
    expectNotices(cleo.api(), "TimeSubmitted", 1)
        .forEach(m -> contains(m, "Free fay submitted 3 entries (3 h 30 min) on “Web site”"));

    // two approved in one call; a rejection needs its reason
    var approved = decide(cleo.api(), List.of(e2, e1), "APPROVE", "Good work");
    assertEquals(200, approved.status(), approved.body());
    assertEquals(List.of(e1, e2), longs(approved.json().getJsonArray("decided")));
    assertTrue(approved.json().getJsonArray("alreadyDecided").isEmpty());
    assertProblem(
        decide(cleo.api(), List.of(e3), "REJECT", "  "),
        400,
        "The reason for the rejection is required.");
    var rejected = decide(cleo.api(), List.of(e3), "REJECT", "Not on this project");
    assertEquals(List.of(e3), longs(rejected.json().getJsonArray("decided")));

    entries = entriesById(fay.api());
    assertEquals("APPROVED", entries.get(e1).getString("status"));
    assertEquals("Good work", entries.get(e2).getString("comment"));
    assertEquals("REJECTED", entries.get(e3).getString("status"));
    assertEquals("Not on this project", entries.get(e3).getString("comment"));
    assertTrue(entries.get(e3).getBoolean("editable"));
    assertEquals(
        0, cleo.api().get("api/v1/desk/approvals").json().getJsonNumber("entries").longValue());

    var trail = history(fay.api(), e3);
    assertEquals(
        List.of("SUBMITTED", "REJECTED"), trail.stream().map(c -> c.getString("action")).toList());
    assertEquals("Free fay", trail.get(0).getString("memberName"));
    assertEquals("Draft", trail.get(0).getString("before"));
    assertEquals("Submitted", trail.get(0).getString("after"));
    assertEquals(cleo.id(), trail.get(1).getJsonNumber("memberId").longValue());
    assertEquals(cleo.name(), trail.get(1).getString("memberName"));
    assertEquals("Rejected", trail.get(1).getString("after"));
    assertEquals("Not on this project", trail.get(1).getString("comment"));

    // announced once per decision and project, in the deciding transaction
    var announced = decided(site);
    assertEquals(2, announced.size(), announced.toString());
    assertEquals(
        List.of(e1, e2),
        announced.get(0).entries().stream().map(TimeDecided.Entry::entryId).toList());
    assertTrue(announced.get(0).entries().stream().allMatch(TimeDecided.Entry::approved));
    assertEquals(3600, announced.get(0).entries().get(0).seconds());
    assertEquals(fay.id(), announced.get(0).freelancerId());
    assertEquals(cleo.id(), announced.get(0).clientMemberId());
    assertEquals(null, announced.get(0).contractId());
    assertEquals(
        List.of(e3), announced.get(1).entries().stream().map(TimeDecided.Entry::entryId).toList());
    assertFalse(announced.get(1).entries().get(0).approved());

    expectNotices(fay.api(), "TimeApproved", 1)
        .forEach(m -> contains(m, "Cli cleo approved 2 entries (3 h) on “Web site”: “Good work”"));
    expectNotices(fay.api(), "TimeRejected", 1)
        .forEach(m -> contains(m, "rejected 1 entry (30 min)", "“Not on this project”"));
    tenantContext.use(fay.tenantId());
    Eventually.until(
        () -> fixtures.emails(fay.id(), "My tracked time is rejected") == 1,
        "the rejection by email");
  }

  @Test
  void rejectedTimeIsFixedSubmittedAgainApprovedAndThenNeverChanges() {
    String slug = workspace("time-resubmit");
    var fay = freelancer(slug, "fay");
    var cleo = client(slug, "cleo");
    long app = linkedProject(fay, cleo, "App");
    Instant monday = lastMonday();
    long entry =
        entry(fay.api(), app, monday.plus(Duration.ofHours(10)), Duration.ofHours(2), "UI");

    // a running timer is not submitted
    var timer = start(fay.api(), app, false);
    assertEquals(201, timer.status(), timer.body());
    assertProblem(
        submit(fay.api(), List.of(timer.json().getJsonNumber("entryId").longValue())),
        409,
        "A running timer cannot be submitted");
    assertEquals(200, fay.api().post("api/v1/desk/timer/stop").status());

    assertEquals(List.of(entry), submittedIds(submit(fay.api(), List.of(entry))));
    decide(cleo.api(), List.of(entry), "REJECT", "Only one hour was agreed");
    var fixed =
        fay.api()
            .putJson(
                "api/v1/desk/entries/" + entry,
                json(
                    "start",
                    monday.plus(Duration.ofHours(10)),
                    "end",
                    monday.plus(Duration.ofHours(11)),
                    "note",
                    "UI, agreed hour"));
    assertEquals(200, fixed.status(), fixed.body());
    assertEquals("DRAFT", fixed.json().getString("status"));
    assertEquals(List.of(entry), submittedIds(submitWeek(fay.api(), monday, app)));
    assertEquals(
        List.of(entry),
        longs(decide(cleo.api(), List.of(entry), "APPROVE", null).json().getJsonArray("decided")));

    // approved: never changed or deleted, and submitting it again changes nothing
    assertProblem(
        fay.api()
            .putJson(
                "api/v1/desk/entries/" + entry,
                json("start", monday, "end", monday.plus(Duration.ofHours(1)))),
        409,
        "This entry is approved and can no longer be changed.");
    assertProblem(
        fay.api().delete("api/v1/desk/entries/" + entry),
        409,
        "This entry is approved and can no longer be changed.");
    assertEquals(List.of(), submittedIds(submit(fay.api(), List.of(entry))));
    var entryNow = entriesById(fay.api()).get(entry);
    assertEquals("APPROVED", entryNow.getString("status"));
    contains(fayDescribe(fay, entry), "(1 h): UI, agreed hour");
    assertEquals(
        List.of("SUBMITTED", "REJECTED", "EDITED", "SUBMITTED", "APPROVED"),
        history(fay.api(), entry).stream().map(c -> c.getString("action")).toList());
    assertEquals(
        List.of(false, true),
        decided(app).stream().map(d -> d.entries().get(0).approved()).toList());
  }

  private String fayDescribe(Freelancer f, long entry) {
    tenantContext.use(f.tenantId());
    return fixtures.describe(entry);
  }

  @Test
  void aDecisionSentSeveralTimesAtOnceDecidesEachEntryOnceAndAnswersEveryTimeWithoutError()
      throws Exception {
    String slug = workspace("time-twice");
    var fay = freelancer(slug, "fay");
    var cleo = client(slug, "cleo");
    long logo = linkedProject(fay, cleo, "Logo");
    Instant monday = lastMonday();
    long a = entry(fay.api(), logo, monday.plus(Duration.ofHours(8)), Duration.ofHours(1), "A");
    long b = entry(fay.api(), logo, monday.plus(Duration.ofHours(30)), Duration.ofHours(1), "B");
    assertEquals(List.of(a, b), submittedIds(submitWeek(fay.api(), monday, null)));
    Api[] tabs = {cleo.api(), new Api(deployment)};
    assertEquals(200, tabs[1].signIn(slug, "cleo@" + slug + ".test").status());

    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Api.Reply> replies = new ArrayList<>();
    try {
      var go = new CountDownLatch(1);
      List<Future<Api.Reply>> sent = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Api tab = tabs[i % 2];
        sent.add(
            pool.submit(
                () -> {
                  go.await();
                  return decide(tab, List.of(a, b), "APPROVE", "OK");
                }));
      }
      go.countDown();
      for (var reply : sent) {
        replies.add(reply.get(90, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    List<Long> decidedIds = new ArrayList<>();
    for (var reply : replies) {
      assertEquals(200, reply.status(), reply.body());
      decidedIds.addAll(longs(reply.json().getJsonArray("decided")));
    }
    assertEquals(List.of(a, b), decidedIds.stream().sorted().toList());
    assertEquals(1, decided(logo).size(), decided(logo).toString());
    for (long entry : List.of(a, b)) {
      assertEquals(
          1,
          history(fay.api(), entry).stream()
              .filter(c -> c.getString("action").equals("APPROVED"))
              .count());
    }
    // a late retry, even as the other decision, changes nothing and is no error
    var late = decide(cleo.api(), List.of(a, b), "REJECT", "Changed my mind");
    assertEquals(200, late.status(), late.body());
    assertTrue(late.json().getJsonArray("decided").isEmpty());
    assertEquals(List.of(a, b), longs(late.json().getJsonArray("alreadyDecided")));
    assertEquals("APPROVED", entriesById(fay.api()).get(b).getString("status"));
    assertEquals(1, decided(logo).size());
    expectNotices(fay.api(), "TimeApproved", 1);
  }

  @Test
  void timeLeftUndecidedIsApprovedAutomaticallyOnceHoweverManyScansRun() throws Exception {
    String slug = Api.uniqueSlug("time-auto");
    var owner = Api.owner(deployment, slug);
    var fay = freelancer(slug, "fay");
    var cleo = client(slug, "cleo");
    long site = linkedProject(fay, cleo, "Site");
    Instant monday = lastMonday();
    long old1 = entry(fay.api(), site, monday.plus(Duration.ofHours(8)), Duration.ofHours(1), "A");
    long old2 = entry(fay.api(), site, monday.plus(Duration.ofHours(32)), Duration.ofHours(2), "B");
    long fresh =
        entry(fay.api(), site, monday.plus(Duration.ofHours(56)), Duration.ofMinutes(45), "C");
    assertEquals(List.of(old1, old2, fresh), submittedIds(submitWeek(fay.api(), monday, null)));

    // the owner turns it on, on the dashboard's rules form
    owner.submitForm(
        "app/owner/index.xhtml",
        "rules",
        Map.of(
            "rules:days", "14",
            "rules:size", "10",
            "rules:types", "application/pdf, image/png",
            "rules:time-approval", "3",
            "rules:save", "Save rules"));
    assertEquals(
        3, owner.get("api/v1/workspace/rules").json().getJsonNumber("timeApprovalDays").intValue());

    // another workspace, where it is off, has time waiting much longer
    String quiet = workspace("time-auto-off");
    var ola = freelancer(quiet, "ola");
    var cid = client(quiet, "cid");
    long theirs = linkedProject(ola, cid, "Theirs");
    long waiting =
        entry(ola.api(), theirs, monday.plus(Duration.ofHours(8)), Duration.ofHours(1), null);
    assertEquals(List.of(waiting), submittedIds(submit(ola.api(), List.of(waiting))));
    tenantContext.use(ola.tenantId());
    fixtures.submittedAt(waiting, Instant.now().minus(Duration.ofDays(60)));

    // three days and a minute of silence for two of the entries
    tenantContext.use(fay.tenantId());
    Instant due = Instant.now().minus(Duration.ofDays(3)).minus(Duration.ofMinutes(1));
    fixtures.submittedAt(old1, due);
    fixtures.submittedAt(old2, due);

    // two instances' scans at the same moment, as the application's timer runs them
    Due second =
        new Due(
            "auto-approval elsewhere",
            AutoApproval.DUE.table(),
            AutoApproval.DUE.condition(),
            AutoApproval.DUE.order(),
            AutoApproval.DUE.perTenant(),
            AutoApproval.DUE.batch());
    var one = executor.submit(() -> dueWork.run(AutoApproval.DUE, dueApprovals::approve));
    var two = executor.submit(() -> dueWork.run(second, dueApprovals::approve));
    int passes = one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS);
    assertTrue(passes <= 1, "the project was done " + passes + " times");
    tenantContext.use(fay.tenantId());
    Eventually.until(
        () -> fixtures.status(old2) == TimeEntryStatus.APPROVED, "the automatic approval");
    tenantContext.use(fay.tenantId());
    assertEquals(0, dueApprovals.approve(site), "nothing is due any more");

    var entries = entriesById(fay.api());
    assertEquals("APPROVED", entries.get(old1).getString("status"));
    assertEquals("Approved automatically after 3 days", entries.get(old1).getString("comment"));
    assertEquals("SUBMITTED", entries.get(fresh).getString("status"));
    tenantContext.use(ola.tenantId());
    assertEquals(TimeEntryStatus.SUBMITTED, fixtures.status(waiting));

    var trail = history(fay.api(), old2);
    var approval = trail.get(trail.size() - 1);
    assertEquals("APPROVED", approval.getString("action"));
    assertFalse(approval.containsKey("memberId"));
    assertEquals("Auto-approval", approval.getString("memberName"));
    assertEquals("Approved automatically after 3 days", approval.getString("comment"));

    var announced = decided(site);
    assertEquals(1, announced.size(), announced.toString());
    assertEquals(
        List.of(old1, old2),
        announced.get(0).entries().stream().map(TimeDecided.Entry::entryId).toList());
    assertEquals(cleo.id(), announced.get(0).clientMemberId());
    expectNotices(fay.api(), "TimeApproved", 1)
        .forEach(
            m -> contains(m, "Approved automatically after 3 days: 2 entries (3 h) on “Site”"));
    expectNotices(cleo.api(), "TimeApproved", 1)
        .forEach(m -> contains(m, "2 entries (3 h) by Free fay on “Site”"));

    // the client answers the rest as usual
    assertEquals(
        List.of(fresh),
        longs(
            decide(cleo.api(), List.of(old1, fresh), "APPROVE", null)
                .json()
                .getJsonArray("decided")));
  }

  @Test
  void nobodyElseFindsTheSubmittedTimeOrDecidesIt() {
    String slug = workspace("time-approve-own");
    var fay = freelancer(slug, "fay");
    var cleo = client(slug, "cleo");
    long project = linkedProject(fay, cleo, "Private");
    Instant monday = lastMonday();
    long submitted =
        entry(fay.api(), project, monday.plus(Duration.ofHours(9)), Duration.ofHours(1), "Mine");
    long draft =
        entry(fay.api(), project, monday.plus(Duration.ofHours(30)), Duration.ofHours(1), null);
    assertEquals(List.of(submitted), submittedIds(submit(fay.api(), List.of(submitted))));

    var colleague = client(slug, "col");
    var stranger = client(workspace("time-approve-other"), "str");
    for (Client other : List.of(colleague, stranger)) {
      assertEquals(
          0, other.api().get("api/v1/desk/approvals").json().getJsonNumber("entries").longValue());
      assertProblem(
          decide(other.api(), List.of(submitted), "APPROVE", null),
          404,
          "There is no such time entry.");
    }
    // the project's own client: not a draft, nor one of another's together with its own
    assertProblem(
        decide(cleo.api(), List.of(draft), "APPROVE", null), 404, "There is no such time entry.");
    var otherFreelancer = freelancer(workspace("time-approve-third"), "tom");
    long foreign =
        entry(
            otherFreelancer.api(),
            linkedProject(otherFreelancer, null, "Elsewhere"),
            monday.plus(Duration.ofHours(9)),
            Duration.ofHours(1),
            null);
    assertProblem(
        decide(cleo.api(), List.of(submitted, foreign), "APPROVE", null),
        404,
        "There is no such time entry.");
    assertEquals("SUBMITTED", entriesById(fay.api()).get(submitted).getString("status"));
    assertTrue(decided(project).isEmpty());

    // another freelancer submits nobody's entries but their own
    var fred = freelancer(slug, "fred");
    assertProblem(submit(fred.api(), List.of(draft)), 404, "There is no such time entry.");
    assertProblem(submitWeek(fred.api(), monday, project), 404, "There is no such project.");
    assertEquals("DRAFT", entriesById(fay.api()).get(draft).getString("status"));

    // each side's part is the other's 403
    assertEquals(403, fay.api().get("api/v1/desk/approvals").status());
    assertEquals(403, decide(fay.api(), List.of(submitted), "APPROVE", null).status());
    assertEquals(403, submit(cleo.api(), List.of(draft)).status());
    assertEquals(403, fay.api().get("app/desk/approvals.xhtml").status());
  }

  @Test
  void theTimePageSubmitsTheWeekAndTheClientDecidesTickedEntriesOnTheApprovalsPage() {
    String slug = workspace("time-approve-pages");
    var fay = freelancer(slug, "fay");
    var cleo = client(slug, "cleo");
    long poster = linkedProject(fay, cleo, "Poster");
    Instant monday = lastMonday();
    long a =
        entry(fay.api(), poster, monday.plus(Duration.ofHours(9)), Duration.ofHours(1), "Sketch");
    long b =
        entry(fay.api(), poster, monday.plus(Duration.ofHours(33)), Duration.ofHours(2), "Ink");
    String weekUrl = "app/desk/time.xhtml?week=" + monday.atZone(ZoneOffset.UTC).toLocalDate();
    String page = fay.api().get(weekUrl).body();
    contains(page, "id=\"week:submit-week\"", "name=\"week:entries_selection\"", ">Draft<");

    fay.api().submitForm(weekUrl, "week", Map.of("week:submit-week", ""));
    assertEquals("SUBMITTED", entriesById(fay.api()).get(b).getString("status"));

    String approvals = cleo.api().get("app/desk/approvals.xhtml").body();
    contains(
        approvals,
        "id=\"approvals-title\"",
        "Poster",
        "by Free fay",
        "Week of " + WEEK_TITLE.format(monday.atZone(ZoneOffset.UTC)),
        "2 entries (3 h)",
        "Sketch",
        "name=\"approvals:pending_selection\"",
        "id=\"nav-approvals\"");
    // a rejection without a reason is refused and changes nothing
    String refused =
        cleo.api()
            .submitForm(
                "app/desk/approvals.xhtml",
                "approvals",
                Map.of(
                    "approvals:pending_selection", String.valueOf(b),
                    "approvals:comment", "",
                    "approvals:reject", ""))
            .body();
    contains(refused, "The reason for the rejection is required.");
    cleo.api()
        .submitForm(
            "app/desk/approvals.xhtml",
            "approvals",
            Map.of(
                "approvals:pending_selection", a + "," + b,
                "approvals:comment", "Thanks",
                "approvals:approve", ""));
    var entries = entriesById(fay.api());
    assertEquals("APPROVED", entries.get(a).getString("status"));
    assertEquals("Thanks", entries.get(b).getString("comment"));
    contains(cleo.api().get("app/desk/approvals.xhtml").body(), "Nothing waits for your approval.");
    contains(fay.api().get(weekUrl).body(), ">Approved<", "Client: “Thanks”");
  }

  static final java.time.format.DateTimeFormatter WEEK_TITLE =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
}
