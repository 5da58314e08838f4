package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.invoicing.control.InvoicePrinter;
import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.TaxCategory;
import com.marketplace.invoicing.entity.TaxSummary;
import com.marketplace.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoicing at scale, in one run: (a) an issuer's invoice list (its first page with the totals per
 * status, as {@code GET /api/v1/invoices} answers it), the dashboard's invoice figures and the
 * header's search, timed through the API for an issuer of 1 000 invoices and one of 100 000 (seeded
 * by SQL; the database keeps each issuer's running totals as they are written), in rounds
 * alternating between the two, p50 and p95 and the ratio; (b) how many typical invoices (ten lines,
 * two tax rates) {@link InvoicePrinter} prints (PDF/A-3 carrying the Factur-X e-invoice) a second
 * once warm, on one thread and on two; (c) 1 000 drafts of five lines each issued one after another
 * through the API (numbered, printed, kept, announced). Run with {@code ./mvnw -Pbenchmark -pl
 * marketplace-web -am verify -Dit.test=InvoiceBenchmark}; figures go to stdout and {@code
 * marketplace-web/target/benchmark-invoices.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceBenchmark {

  static final int SMALL = 1_000;
  static final int LARGE = 100_000;
  static final int RUNS = 200;
  static final int WARM_UP = 300;
  static final int ROUNDS = 4;
  static final int RENDER_SECONDS = 10;
  static final int ISSUED = 1_000;
  static final int LINES = 5;

  static final Map<String, String> REQUESTS =
      Map.of(
          "invoice list",
          "api/v1/invoices",
          "figures",
          "api/v1/invoices/figures",
          "search",
          "api/v1/search?q=client+17");
  static final List<String> ORDER = List.of("invoice list", "figures", "search");

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            InvoiceBenchmark.class,
            SeededInvoices.class,
            SeededDesk.class,
            Deployments.class,
            Api.class);
  }

  @ArquillianResource URL deployment;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject InvoicePrinter printer;

  @Test
  void theListStaysFastPrintsAreCheapAndAThousandIssueInOneGo() throws Exception {
    var report = new StringBuilder();
    report.append(list());
    report.append(render());
    report.append(issuing());
    System.out.println(report);
    Files.writeString(
        Path.of(System.getProperty("benchmark.report", "/tmp/benchmark.txt"))
            .resolveSibling("benchmark-invoices.txt"),
        report);
  }

  // (a) the issuer's list

  /** A workspace whose freelancer, signed in, issued {@code count} invoices. */
  record Book(String name, Api api, int count) {}

  private String list() throws Exception {
    Instant now = Instant.now();
    Book small;
    Book large;
    long seeding;
    try (Connection db = dataSource.getConnection()) {
      small = book(db, "invoices-small", SMALL, now);
      seeding = System.nanoTime();
      large = book(db, "invoices-large", LARGE, now);
      seeding = System.nanoTime() - seeding;
      try (var analyze = db.createStatement()) {
        analyze.execute("ANALYZE TABLE invoice, invoice_payment");
      }
    }
    Map<String, long[]> times = measure(List.of(small, large));
    var out =
        new StringBuilder(
            String.format(
                "(a) An issuer's invoices through the API: %d requests of each kind for each"
                    + " issuer, in %d rounds alternating between them, after %d to warm up%n"
                    + "(seeding %d invoices by SQL took %.1f s)%n",
                RUNS, ROUNDS, WARM_UP, LARGE, seeding / 1e9));
    table(out, "with the migrations' indexes", small, large, times);
    return out.toString();
  }

  private static void table(
      StringBuilder out, String title, Book small, Book large, Map<String, long[]> times) {
    out.append(
        String.format(
            "%s:%n%-14s %24s %24s %10s%n",
            title, "request", SMALL + " invoices p50/p95", LARGE + " p50/p95", "ratio p95"));
    for (String request : ORDER) {
      long[] s = times.get(small.name() + request);
      long[] l = times.get(large.name() + request);
      out.append(
          String.format(
              "%-14s %11.1f / %6.1f ms %11.1f / %6.1f ms %10.2f%n",
              request, s[0] / 1e6, s[1] / 1e6, l[0] / 1e6, l[1] / 1e6, (double) l[1] / s[1]));
    }
  }

  private Book book(Connection db, String name, int count, Instant now) throws Exception {
    String slug = Api.uniqueSlug(name);
    Api.owner(deployment, slug);
    Api fay = Api.member(deployment, slug, "Fay Freelancer", "fay", "FREELANCER");
    long me = fay.get("api/v1/session").json().getJsonNumber("id").longValue();
    SeededInvoices.book(db, SeededDesk.tenant(db, slug), me, 0, count, now);
    return new Book(name, fay, count);
  }

  /** p50 and p95 in nanoseconds of each request for each issuer (by book name and request). */
  private Map<String, long[]> measure(List<Book> books) {
    for (Book book : books) {
      var list = book.api().get(REQUESTS.get("invoice list"));
      assertEquals(200, list.status(), list.body());
      assertEquals(book.count(), list.json().getJsonNumber("total").longValue(), list.body());
      assertEquals(20, list.json().getJsonArray("invoices").size());
      var figures = book.api().get(REQUESTS.get("figures"));
      assertEquals(200, figures.status(), figures.body());
      assertTrue(figures.json().getJsonNumber("unpaid").longValue() > 0, figures.body());
      for (String request : ORDER) {
        for (int warm = 0; warm < WARM_UP; warm++) {
          assertEquals(200, book.api().get(REQUESTS.get(request)).status());
        }
      }
    }
    Map<String, List<Long>> times = new HashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (String request : ORDER) {
        for (Book book : books) {
          var samples = times.computeIfAbsent(book.name() + request, k -> new ArrayList<>());
          for (int run = 0; run < RUNS / ROUNDS; run++) {
            long start = System.nanoTime();
            var reply = book.api().get(REQUESTS.get(request));
            samples.add(System.nanoTime() - start);
            assertEquals(200, reply.status(), reply.body());
          }
        }
      }
    }
    Map<String, long[]> result = new HashMap<>();
    times.forEach(
        (key, samples) -> {
          Collections.sort(samples);
          result.put(key, new long[] {percentile(samples, 50), percentile(samples, 95)});
        });
    return result;
  }

  // (b) printing

  private String render() throws Exception {
    InvoiceDocument document = typical();
    String problem = printer.facturXProblem(document).orElse(null);
    byte[] pdf = printer.print(document);
    byte[] xml = printer.facturX(document);
    run(1, RENDER_SECONDS, document); // warm-up
    double one = run(1, RENDER_SECONDS, document);
    double two = run(2, RENDER_SECONDS, document);
    return String.format(
        "%n(b) A typical invoice (10 lines, two tax rates) printed as PDF/A-3 carrying its"
            + " Factur-X e-invoice (InvoicePrinter.print), warm, %d s each:%n"
            + "one thread %.1f invoices/s (%.1f ms each), two threads %.1f invoices/s;"
            + " PDF %d bytes, e-invoice %d bytes%s%n",
        RENDER_SECONDS,
        one,
        1000 / one,
        two,
        pdf.length,
        xml.length,
        problem == null ? " (embedded)" : " (NOT embedded: " + problem + ")");
  }

  /** Invoices printed a second by {@code threads} threads printing for {@code seconds}. */
  private double run(int threads, int seconds, InvoiceDocument document) throws Exception {
    var printed = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      var thread =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  printer.print(document);
                  printed.incrementAndGet();
                }
              });
      thread.start();
      running.add(thread);
    }
    long start = System.nanoTime();
    for (Thread thread : running) {
      thread.join();
    }
    return printed.get() / ((System.nanoTime() - start) / 1e9);
  }

  /** Ten lines of a month's work: hours, days and pieces, one with a discount, 19 % and 7 %. */
  private static InvoiceDocument typical() {
    List<LineItem> items = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      items.add(
          new LineItem(
              "Design and development, week " + (i + 1) + ": layouts, reviews and changes",
              new BigDecimal(i % 3 == 0 ? "1" : "7.5"),
              i % 3 == 0 ? "DAY" : "HUR",
              i % 3 == 0 ? 64_000 : 8_500,
              new BigDecimal(i == 4 ? "10" : "0"),
              new BigDecimal(i % 5 == 4 ? "7" : "19"),
              TaxCategory.STANDARD,
              null,
              null,
              false));
    }
    long net = items.stream().mapToLong(LineItem::net).sum();
    long tax = items.stream().mapToLong(LineItem::tax).sum();
    var party =
        new InvoiceDocument.Party(
            "Fay Freelancer Design",
            "fay@example.test",
            "Hauptstraße 1\n10115 Berlin",
            "DE",
            "DE123456789");
    var client =
        new InvoiceDocument.Party(
            "Quokka Bakery GmbH",
            "accounts@quokka.test",
            "Marktplatz 5\n80331 München",
            "DE",
            "DE987654321");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return new InvoiceDocument(
        InvoiceDocument.Kind.INVOICE,
        "INV-" + today.getYear() + "-0042",
        today,
        today.plusDays(14),
        "EUR",
        party,
        client,
        items.stream()
            .map(
                l ->
                    new InvoiceDocument.Line(
                        l.description(),
                        l.quantity(),
                        l.unit(),
                        l.unitPrice(),
                        l.discount(),
                        l.net(),
                        l.taxRate(),
                        l.taxCategory().code(),
                        l.tax()))
            .toList(),
        TaxSummary.of(items),
        net,
        tax,
        net + tax,
        0,
        net + tax,
        "Thank you for the work together this month.",
        "14 days net",
        "IBAN DE02 1203 0000 0000 2020 51, reference INV-0042",
        "http://localhost:8080/app/invoices/invoice.xhtml?id=42",
        new InvoiceDocument.Branding("Acme Workspace", "#1a73e8", null, null),
        null,
        null);
  }

  // (c) issuing many

  private String issuing() throws Exception {
    String slug = Api.uniqueSlug("invoices-issue");
    Api.owner(deployment, slug);
    Api fay = Api.member(deployment, slug, "Fay Freelancer", "fay", "FREELANCER");
    long me = fay.get("api/v1/session").json().getJsonNumber("id").longValue();
    List<Long> drafts = new ArrayList<>();
    long tenant;
    try (Connection db = dataSource.getConnection()) {
      tenant = SeededDesk.tenant(db, slug);
      SeededInvoices.profile(db, tenant, me);
      SeededInvoices.drafts(db, tenant, me, ISSUED, LINES, Instant.now());
      try (var ps =
          db.prepareStatement(
              "SELECT id FROM invoice WHERE tenant_id = ? AND status = 'DRAFT' ORDER BY id")) {
        ps.setLong(1, tenant);
        try (var rs = ps.executeQuery()) {
          while (rs.next()) {
            drafts.add(rs.getLong(1));
          }
        }
      }
    }
    assertEquals(ISSUED, drafts.size());
    List<Long> each = new ArrayList<>();
    long start = System.nanoTime();
    for (long id : drafts) {
      long t = System.nanoTime();
      var issued = fay.post("api/v1/invoices/" + id + "/issue");
      each.add(System.nanoTime() - t);
      assertEquals(200, issued.status(), issued.body());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    var last = fay.get("api/v1/invoices/" + drafts.get(ISSUED - 1)).json();
    assertEquals(String.format("INV-%d-%04d", year, ISSUED), last.getString("number"));
    assertEquals(LINES * (SeededInvoices.LINE_NET + SeededInvoices.LINE_TAX), amount(last));
    try (Connection db = dataSource.getConnection();
        var ps =
            db.prepareStatement(
                "SELECT COUNT(*), COUNT(DISTINCT number), COUNT(pdf_sha) FROM invoice"
                    + " WHERE tenant_id = ? AND status = 'ISSUED'")) {
      ps.setLong(1, tenant);
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertEquals(ISSUED, rs.getInt(1));
        assertEquals(ISSUED, rs.getInt(2));
        assertEquals(ISSUED, rs.getInt(3));
      }
    }
    Collections.sort(each);
    return String.format(
        "%n(c) %d drafts of %d lines issued one after another through the API"
            + " (numbered, printed, kept, announced):%n"
            + "%.1f s in all, %.1f ms per invoice (p50 %.1f ms, p95 %.1f ms)%n",
        ISSUED,
        LINES,
        seconds,
        seconds * 1000 / ISSUED,
        percentile(each, 50) / 1e6,
        percentile(each, 95) / 1e6);
  }

  private static long amount(jakarta.json.JsonObject invoice) {
    return invoice.getJsonNumber("gross").longValue();
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
