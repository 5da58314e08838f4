package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * entries and projects not found; the timer in the header of the member's pages.
 */
@ExtendWith(ArquillianExtension.class)
class TimeIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(TimeIT.class, DeskFixtures.class, Deployments.class, Api.class);
  }

  @ArquillianResource URL deployment;
  @Inject DeskFixtures fixtures;
  @Inject TenantContext tenantContext;

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
}
