package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * The job board with 1 000 and then 100 000 open jobs in one workspace (and as many in a second
 * one, so the tenant filter has to work too): the same board requests a freelancer makes — first
 * page, next page, the last page, each filter, text search — timed end to end through the JSON API
 * (each request counts the matches and loads a page of 20, as the board does). The report gives the
 * median of each request at both sizes and their ratio. Run with {@code ./mvnw -Pbenchmark verify};
 * figures go to stdout and {@code marketplace-web/target/benchmark.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobBoardBenchmark {

  static final int SMALL = 1_000;
  static final int LARGE = 100_000;

  /** Counting and paging stop at this many matches ({@code Board.COUNT_LIMIT}). */
  static final int LIMIT = 10_000;

  static final int RUNS = Integer.getInteger("benchmark.board.runs", 25);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /**
   * The board requests measured, by name. Of the seeded jobs, one in twenty is about a website, one
   * in a hundred mentions Kubernetes, and every description speaks of milestones.
   */
  static final Map<String, String> REQUESTS = new LinkedHashMap<>();

  static {
    REQUESTS.put("first page", "");
    REQUESTS.put("second page", "&first=20");
    REQUESTS.put("page 40", "&first=800");
    REQUESTS.put("last page", "&first=LAST"); // the deepest the board pages
    REQUESTS.put("category", "&category=DESIGN");
    REQUESTS.put("skill", "&skill=react");
    REQUESTS.put("budget range", "&min=100000&max=150000");
    REQUESTS.put("type", "&type=HOURLY");
    REQUESTS.put("text, 1 job in 20", "&q=website");
    REQUESTS.put("text, 1 in 100", "&q=kubernetes");
    REQUESTS.put("text, 2 words", "&q=shopify+bakery");
    REQUESTS.put("text, every job", "&q=milestones");
    REQUESTS.put("text, no match", "&q=zeppelin");
    REQUESTS.put("all filters", "&q=website&category=DEVELOPMENT&skill=java&min=50000&type=FIXED");
  }

  @Test
  void boardStaysFastFromOneThousandToOneHundredThousandJobs() throws Exception {
    String slug = Api.uniqueSlug("board");
    String other = Api.uniqueSlug("noise");
    Api.owner(base, slug);
    Api.owner(base, other);
    var freelancer = Api.member(base, slug, "Fay Freelancer", "fay", "FREELANCER");

    try (Connection db = SeededJobs.database()) {
      SeededJobs.add(db, other, 0, LARGE);
      SeededJobs.add(db, slug, 0, SMALL);
      long[] small = measure(freelancer, SMALL);
      SeededJobs.add(db, slug, SMALL, LARGE);
      long[] large = measure(freelancer, LARGE);

      var report = new StringBuilder();
      report.append(
          String.format(
              "Job board through the API, median of %d requests (count + page of 20)%n"
                  + "%-20s %12s %12s %8s%n",
              RUNS, "request", SMALL + " jobs", LARGE + " jobs", "ratio"));
      int i = 0;
      double worst = 0;
      for (String name : REQUESTS.keySet()) {
        double ratio = (double) large[i] / small[i];
        worst = Math.max(worst, ratio);
        report.append(
            String.format(
                "%-20s %9.1f ms %9.1f ms %8.2f%n", name, small[i] / 1e6, large[i] / 1e6, ratio));
        i++;
      }
      long slowest = Arrays.stream(large).max().orElseThrow();
      report.append(
          String.format(
              "slowest request with %d jobs: %.1f ms; largest ratio %.2f%n",
              LARGE, slowest / 1e6, worst));
      System.out.println(report);
      Files.writeString(
          Path.of(System.getProperty("benchmark.report", "/tmp/benchmark.txt"))
              .resolveSibling("benchmark-board.txt"),
          report);
    }
  }

  /** Median nanoseconds of each request, after checking the board answers what was seeded. */
  private long[] measure(Api freelancer, int jobs) {
    var all = freelancer.get("api/v1/jobs?size=20");
    assertEquals(200, all.status(), all.body());
    assertEquals(Math.min(jobs, LIMIT), all.json().getJsonNumber("total").longValue());
    assertEquals(jobs > LIMIT, all.json().getBoolean("more"));
    var rare = freelancer.get("api/v1/jobs?q=kubernetes").json();
    assertEquals(jobs / 100, rare.getJsonNumber("total").longValue());
    assertEquals(false, rare.getBoolean("more"));
    for (int warm = 0; warm < 100; warm++) {
      freelancer.get("api/v1/jobs?size=20&first=" + (warm % 5) * 20);
    }
    long[] medians = new long[REQUESTS.size()];
    int i = 0;
    for (String query : REQUESTS.values()) {
      String path =
          "api/v1/jobs?size=20"
              + query.replace("LAST", Integer.toString(Math.min(jobs, LIMIT) - 20));
      for (int warm = 0; warm < 3; warm++) {
        assertEquals(200, freelancer.get(path).status());
      }
      List<Long> times = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        var reply = freelancer.get(path);
        times.add(System.nanoTime() - start);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getJsonArray("jobs").size() <= 20);
      }
      medians[i++] = times.stream().sorted().toList().get(RUNS / 2);
    }
    return medians;
  }
}
