package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * Whether the time of an answer tells who has an account: password reset requests and registrations
 * for emails that have an account and for emails that have none, alternating (each pair in turn
 * known first and unknown first), after a warm-up; median and p90 of each and the ratio unknown ÷
 * known. Every known request names another member, so no email reaches its limit (which would make
 * the known path cheaper), and the requests are spread over workspaces so that no workspace's limit
 * per client address (20 in 15 minutes) is reached. Run with {@code ./mvnw -Pbenchmark
 * -Dit.test=AccountTimingBenchmark verify}; figures go to stdout and {@code
 * marketplace-web/target/benchmark-timing.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountTimingBenchmark {

  static final int RESETS = Integer.getInteger("benchmark.timing.resets", 120);
  static final int REGISTRATIONS = Integer.getInteger("benchmark.timing.registrations", 40);
  static final int WARM_UP = Integer.getInteger("benchmark.timing.warm-up", 16);

  /** Reset requests a workspace takes from one address before it answers 429. */
  static final int PER_ADDRESS = 20;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void knownAndUnknownEmailsAnswerInTheSameTime() throws Exception {
    int resetRequests = 2 * (WARM_UP + RESETS);
    int workspaces = (resetRequests + PER_ADDRESS - 3) / (PER_ADDRESS - 2);
    int resetsEach = (WARM_UP + RESETS + workspaces - 1) / workspaces;
    int registrationsEach = (WARM_UP / 2 + REGISTRATIONS + workspaces - 1) / workspaces;
    int knownPerWorkspace = resetsEach + registrationsEach;
    List<String> slugs = new ArrayList<>();
    try (Connection db = SeededJobs.database()) {
      for (int i = 0; i < workspaces; i++) {
        String slug = Api.uniqueSlug("timing");
        Api.owner(base, slug);
        seedMembers(db, slug, knownPerWorkspace);
        slugs.add(slug);
      }
    }
    var anonymous = new Api(base);

    var resets =
        alternate(
            WARM_UP,
            RESETS,
            slugs,
            (slug, n, known) ->
                anonymous.post(
                    "api/v1/t/" + slug + "/password-reset-requests",
                    Map.of("email", (known ? "known-" : "nobody-") + n + "@" + slug + ".test")),
            202,
            0);
    var registrations =
        alternate(
            WARM_UP / 2,
            REGISTRATIONS,
            slugs,
            (slug, n, known) ->
                anonymous.register(
                    slug,
                    "Timing " + n,
                    (known ? "known-" : "newcomer-") + n + "@" + slug + ".test",
                    "CLIENT",
                    "timing-horse-7"),
            202,
            resetsEach);

    var report = new StringBuilder();
    report.append(
        String.format(
            "Answers for emails with and without an account, alternating, through the API"
                + " (%d workspaces; %d reset requests and %d registrations of each kind after %d"
                + " and %d to warm up)%n%-22s %22s %22s %16s%n",
            workspaces,
            RESETS,
            REGISTRATIONS,
            WARM_UP,
            WARM_UP / 2,
            "request",
            "known p50 / p90",
            "unknown p50 / p90",
            "ratio p50 / p90"));
    line(report, "password reset request", resets);
    line(report, "registration", registrations);
    System.out.println(report);
    Files.writeString(
        Path.of(System.getProperty("benchmark.report", "/tmp/benchmark.txt"))
            .resolveSibling("benchmark-timing.txt"),
        report);
  }

  interface Request {
    Api.Reply send(String slug, int n, boolean known);
  }

  /**
   * Times {@code runs} requests of each kind after {@code warmUp} of each, in pairs whose order
   * alternates; the n-th pair goes to workspace n modulo their number and names member {@code first
   * + n} of it. Answers the sorted nanoseconds of the known and of the unknown requests.
   */
  private static List<List<Long>> alternate(
      int warmUp, int runs, List<String> slugs, Request request, int status, int first) {
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int pair = 0; pair < warmUp + runs; pair++) {
      String slug = slugs.get(pair % slugs.size());
      int n = first + pair / slugs.size();
      for (boolean isKnown :
          pair % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
        long start = System.nanoTime();
        var reply = request.send(slug, n, isKnown);
        long took = System.nanoTime() - start;
        assertEquals(status, reply.status(), reply.body());
        if (pair >= warmUp) {
          (isKnown ? known : unknown).add(took);
        }
      }
    }
    Collections.sort(known);
    Collections.sort(unknown);
    return List.of(known, unknown);
  }

  private static void line(StringBuilder report, String name, List<List<Long>> samples) {
    List<Long> known = samples.get(0);
    List<Long> unknown = samples.get(1);
    long k50 = percentile(known, 50);
    long k90 = percentile(known, 90);
    long u50 = percentile(unknown, 50);
    long u90 = percentile(unknown, 90);
    report.append(
        String.format(
            "%-22s %9.1f / %6.1f ms %9.1f / %6.1f ms %7.2f / %5.2f%n",
            name,
            k50 / 1e6,
            k90 / 1e6,
            u50 / 1e6,
            u90 / 1e6,
            (double) u50 / k50,
            (double) u90 / k90));
  }

  /** Members known-0 ... known-(count-1) of the workspace, with the owner's password, confirmed. */
  private static void seedMembers(Connection db, String slug, int count) throws Exception {
    try (var ps =
        db.prepareStatement(
            "INSERT INTO member (tenant_id, email, display_name, password_hash, role, status,"
                + " created_at, email_verified_at, version, session_epoch)"
                + " SELECT m.tenant_id, CONCAT('known-', s.seq - 1, '@', ?, '.test'),"
                + " CONCAT('Known ', s.seq), m.password_hash, 'CLIENT', m.status, ?, ?, 0, 0"
                + " FROM seq_1_to_"
                + count
                + " s JOIN member m ON m.role = 'OWNER'"
                + " AND m.tenant_id = (SELECT id FROM tenant WHERE slug = ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      ps.setString(1, slug);
      ps.setTimestamp(2, now);
      ps.setTimestamp(3, now);
      ps.setString(4, slug);
      assertEquals(count, ps.executeUpdate());
    }
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
