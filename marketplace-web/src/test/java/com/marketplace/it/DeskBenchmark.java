package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The freelancer's desk in a workspace of 1 000 time entries (one freelancer's 250 days) and in one
 * grown to 1 000 000 (100 freelancers with 10 000 entries each, about seven years, its first
 * freelancer's history grown to match): the dashboard's figures and the first page of the project
 * list, timed end to end through the API in rounds alternating between the two workspaces, p50 and
 * p95 at both sizes and their ratio (and both once more before the one grew); then 32 freelancers
 * starting and stopping their timers at the same time in the large workspace. Run with {@code
 * ./mvnw -Pbenchmark verify} ({@code -Dit.test=DeskBenchmark} alone); figures go to stdout and
 * {@code marketplace-web/target/benchmark-desk.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskBenchmark {

  static final int SMALL = 1_000;
  static final int PER_FREELANCER = 10_000;
  static final int FREELANCERS = 100;
  static final int RUNS = Integer.getInteger("benchmark.desk.runs", 200);
  static final int WARM_UP = Integer.getInteger("benchmark.desk.warm-up", 300);
  static final int ROUNDS = 4;
  static final int TIMER_MEMBERS = 32;
  static final int TIMER_CYCLES = Integer.getInteger("benchmark.desk.timer-cycles", 25);

  static final Map<String, String> REQUESTS =
      Map.of("dashboard", "api/v1/desk/dashboard", "project list", "api/v1/desk/projects?size=20");
  static final List<String> ORDER = List.of("dashboard", "project list");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void theDeskStaysFastFromOneThousandToOneMillionEntries() throws Exception {
    Instant now = Instant.now();
    var report = new StringBuilder();
    try (Connection db = SeededJobs.database()) {
      Desk small = desk(db, "desk-small", now);
      Desk large = desk(db, "desk-large", now);
      Map<String, long[]> before = measure(List.of(small, large));

      long seeding = System.nanoTime();
      SeededDesk.history(db, large.tenant(), large.member(), SMALL, PER_FREELANCER, now);
      for (long other :
          SeededDesk.freelancers(db, large.tenant(), large.member(), FREELANCERS - 1, now)) {
        SeededDesk.history(db, large.tenant(), other, 0, PER_FREELANCER, now);
      }
      assertEquals(SMALL, entries(db, small.tenant()));
      assertEquals((long) FREELANCERS * PER_FREELANCER, entries(db, large.tenant()));
      try (var analyze = db.createStatement()) {
        analyze.execute("ANALYZE TABLE time_entry, desk_project, desk_client");
      }
      double seeded = (System.nanoTime() - seeding) / 1e9;
      Map<String, long[]> after = measure(List.of(small, large));

      report.append(
          String.format(
              "Freelancer's desk through the API: %d requests of each kind in each workspace,"
                  + " in %d rounds alternating between the workspaces, after %d to warm up%n"
                  + "(seeding %d entries took %.0f s)%n"
                  + "%-14s %22s %22s %10s%n",
              RUNS,
              ROUNDS,
              WARM_UP,
              FREELANCERS * PER_FREELANCER - SMALL,
              seeded,
              "request",
              SMALL + " entries p50/p95",
              FREELANCERS * PER_FREELANCER + " p50/p95",
              "ratio p95"));
      for (String request : ORDER) {
        long[] s = after.get(small.name() + request);
        long[] l = after.get(large.name() + request);
        report.append(
            String.format(
                "%-14s %9.1f / %6.1f ms %9.1f / %6.1f ms %10.2f%n",
                request, s[0] / 1e6, s[1] / 1e6, l[0] / 1e6, l[1] / 1e6, (double) l[1] / s[1]));
      }
      report.append("Before the large workspace grew (both 1000 entries), p50/p95:");
      for (String request : ORDER) {
        long[] s = before.get(small.name() + request);
        long[] l = before.get(large.name() + request);
        report.append(
            String.format(
                "%n  %-12s %6.1f / %6.1f ms and %6.1f / %6.1f ms",
                request, s[0] / 1e6, s[1] / 1e6, l[0] / 1e6, l[1] / 1e6));
      }
      report.append(String.format("%n")).append(timers(large.slug()));
    }
    System.out.println(report);
    Files.writeString(
        Path.of(System.getProperty("benchmark.report", "/tmp/benchmark.txt"))
            .resolveSibling("benchmark-desk.txt"),
        report);
  }

  /** A workspace whose freelancer, signed in, has the first 1 000 entries of a history. */
  record Desk(String name, String slug, long tenant, long member, Api api) {}

  private Desk desk(Connection db, String name, Instant now) throws Exception {
    String slug = Api.uniqueSlug(name);
    Api.owner(base, slug);
    Api fay = Api.member(base, slug, "Fay Freelancer", "fay", "FREELANCER");
    long me = fay.get("api/v1/session").json().getJsonNumber("id").longValue();
    long tenant = SeededDesk.tenant(db, slug);
    SeededDesk.history(db, tenant, me, 0, SMALL, now);
    return new Desk(name, slug, tenant, me, fay);
  }

  private static long entries(Connection db, long tenant) throws Exception {
    try (var count = db.prepareStatement("SELECT COUNT(*) FROM time_entry WHERE tenant_id = ?")) {
      count.setLong(1, tenant);
      try (var rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * p50 and p95 in nanoseconds of each request in each workspace (by workspace name and request),
   * after checking what each answers: the rounds alternate between the workspaces, so that a busy
   * moment of the shared machine falls on both alike.
   */
  private Map<String, long[]> measure(List<Desk> desks) {
    for (Desk desk : desks) {
      var figures = desk.api().get("api/v1/desk/dashboard");
      assertEquals(200, figures.status(), figures.body());
      assertEquals(3, figures.json().getJsonNumber("activeProjects").longValue());
      assertTrue(figures.json().getJsonArray("topProjects").size() > 0, figures.body());
      var list = desk.api().get("api/v1/desk/projects?size=20");
      assertEquals(200, list.status(), list.body());
      for (String request : ORDER) {
        for (int warm = 0; warm < WARM_UP; warm++) {
          assertEquals(200, desk.api().get(REQUESTS.get(request)).status());
        }
      }
    }
    Map<String, List<Long>> times = new java.util.HashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (String request : ORDER) {
        for (Desk desk : desks) {
          var samples = times.computeIfAbsent(desk.name() + request, k -> new ArrayList<>());
          for (int run = 0; run < RUNS / ROUNDS; run++) {
            long start = System.nanoTime();
            var reply = desk.api().get(REQUESTS.get(request));
            samples.add(System.nanoTime() - start);
            assertEquals(200, reply.status(), reply.body());
          }
        }
      }
    }
    Map<String, long[]> result = new java.util.HashMap<>();
    times.forEach(
        (key, samples) -> {
          Collections.sort(samples);
          result.put(key, new long[] {percentile(samples, 50), percentile(samples, 95)});
        });
    return result;
  }

  /**
   * 32 freelancers of the large workspace, each signed in with a project of their own, start and
   * stop their timers over and over at the same time: every answer a success, p50 and p95 of each.
   */
  private String timers(String slug) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(TIMER_MEMBERS);
    try {
      List<Future<Timed>> joined = new ArrayList<>();
      for (int m = 0; m < TIMER_MEMBERS; m++) {
        int n = m;
        joined.add(pool.submit(() -> timed(slug, n)));
      }
      List<Timed> members = new ArrayList<>();
      for (Future<Timed> f : joined) {
        members.add(f.get());
      }
      var starts = new ConcurrentLinkedQueue<Long>();
      var stops = new ConcurrentLinkedQueue<Long>();
      var failures = new ConcurrentLinkedQueue<String>();
      var go = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (Timed member : members) {
        Api api = member.api();
        long project = member.project();
        running.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int c = 0; c < TIMER_CYCLES; c++) {
                    long t0 = System.nanoTime();
                    var started =
                        api.postJson("api/v1/desk/timer", "{\"projectId\":" + project + "}");
                    long t1 = System.nanoTime();
                    var stopped = api.post("api/v1/desk/timer/stop");
                    long t2 = System.nanoTime();
                    starts.add(t1 - t0);
                    stops.add(t2 - t1);
                    if (started.status() != 201) {
                      failures.add("start " + started.status() + " " + started.body());
                    }
                    if (stopped.status() != 200) {
                      failures.add("stop " + stopped.status() + " " + stopped.body());
                    }
                  }
                  return null;
                }));
      }
      long t = System.nanoTime();
      go.countDown();
      for (Future<?> f : running) {
        f.get();
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      assertTrue(failures.isEmpty(), () -> failures.size() + " failed, e.g. " + failures.peek());
      List<Long> s = new ArrayList<>(starts);
      List<Long> p = new ArrayList<>(stops);
      Collections.sort(s);
      Collections.sort(p);
      return String.format(
          "%nTimers of %d freelancers at once, %d start/stop each, in the large workspace:%n"
              + "start p50/p95 %.1f / %.1f ms, stop p50/p95 %.1f / %.1f ms,"
              + " %.0f starts and stops per second, no failure%n",
          TIMER_MEMBERS,
          TIMER_CYCLES,
          percentile(s, 50) / 1e6,
          percentile(s, 95) / 1e6,
          percentile(p, 50) / 1e6,
          percentile(p, 95) / 1e6,
          (s.size() + p.size()) / seconds);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A freelancer signed in, with a project of their own to time. */
  record Timed(Api api, long project) {}

  private Timed timed(String slug, int n) {
    Api api = Api.member(base, slug, "Timer " + n, "timer" + n, "FREELANCER");
    var client = api.postJson("api/v1/desk/clients", "{\"name\":\"Client " + n + "\"}");
    assertEquals(201, client.status(), client.body());
    var project =
        api.postJson(
            "api/v1/desk/projects",
            "{\"clientId\":"
                + client.json().getJsonNumber("id")
                + ",\"name\":\"Timed "
                + n
                + "\",\"rate\":5000}");
    assertEquals(201, project.status(), project.body());
    return new Timed(api, project.json().getJsonNumber("id").longValue());
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
