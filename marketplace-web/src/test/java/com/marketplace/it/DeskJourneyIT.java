package com.marketplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.devstack.IntegrationStack;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The freelancer's desk in Chromium: a freelancer hired on an hourly job starts the timer in one
 * tab; a second tab, opened before, cannot start another and shows the one that runs, counting; the
 * timer stops; two entries are added by hand and the week is submitted; the client approves the two
 * entries together and rejects the timer's with a comment; the freelancer's wallet shows the
 * approved time's pay minus the fee, the dashboard's chart this week's time, and the time page the
 * client's comment. The ledger audit is clean afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskJourneyIT extends BrowserJourney {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  /** EUR 60.00 an hour: EUR 1.00 a minute. */
  static final long RATE = 6_000;

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  @Test
  void aFreelancerTracksTimeOnAnHourlyContractAndIsPaidForWhatTheClientApproves()
      throws InterruptedException {
    waitForRoomInThisWeek();
    String slug = Api.uniqueSlug("desk");
    Api owner = Api.owner(deployment, slug);
    Api cleo = Api.member(deployment, slug, "Cleo Client", "cleo", "CLIENT");
    Api felix = Api.member(deployment, slug, "Felix Freelancer", "felix", "FREELANCER");
    MarketSteps.topUp(cleo, 50_000);
    var posted =
        cleo.postJson(
            "api/v1/jobs",
            "{\"title\":\"Helpdesk hours\",\"description\":\"Answer our customers' tickets\","
                + "\"category\":\"SUPPORT\",\"skills\":\"\",\"kind\":\"HOURLY\",\"budget\":"
                + RATE
                + "}");
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    long proposal = MarketSteps.apply(felix, MarketSteps.id(posted.json()), RATE);
    long contract = MarketSteps.id(MarketSteps.hireHourly(cleo, proposal, 5));
    long project = projectOf(felix, contract);
    String projectUrl = base + "app/desk/project.xhtml?id=" + project;

    // two tabs on the project's page; the first starts the timer
    signIn(screen, slug, "felix", "Freelancer dashboard");
    screen.open(projectUrl);
    screen.until(ExpectedConditions.presenceOfElementLocated(By.id("timer-slot:timer-start")));
    String firstTab = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    String secondTab = browser.getWindowHandle();
    screen.open(projectUrl);
    screen.until(ExpectedConditions.presenceOfElementLocated(By.id("timer-slot:timer-start")));
    browser.switchTo().window(firstTab);
    screen.click(
        By.id("timer-slot:timer-start"),
        Screen.message("message-info", "Timer started on “Helpdesk hours”"));
    screen.until(ExpectedConditions.presenceOfElementLocated(By.id("running-timer")));

    // the second tab still offers Start: pressed, it is told which timer runs and shows it
    browser.switchTo().window(secondTab);
    assertThat(
            screen.click(
                By.id("timer-slot:timer-start"),
                Screen.message("message-error", "A timer is already running")))
        .contains("“Helpdesk hours”");
    screen.until(Screen.textContaining(By.id("running-timer"), "Helpdesk hours"));
    String shown =
        screen.text(
            By.id("running-timer-elapsed"), t -> t.matches("\\d+:\\d\\d:\\d\\d"), "a clock");
    screen.until(
        Screen.shows(
            By.id("running-timer-elapsed"),
            e -> e.getText(),
            t -> !t.equals(shown),
            "the clock counting on from " + shown));
    assertThat(felix.get("api/v1/desk/timer").json().getJsonNumber("projectId").longValue())
        .isEqualTo(project);
    screen.click(By.id("running-timer:stop"), Screen.message("message-info", "Stopped:"));
    screen.until(ExpectedConditions.invisibilityOfElementLocated(By.id("running-timer")));
    assertThat(felix.get("api/v1/desk/timer").status()).isEqualTo(204);

    // two minutes of work added by hand, a few minutes back, then the week is submitted
    Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(6));
    addByHand(project, start, "Tickets 1–10");
    addByHand(project, start.plus(Duration.ofMinutes(2)), "Tickets 11–20");
    List<JsonObject> entries = entries(felix, project);
    assertThat(entries).hasSize(3);
    long timerEntry = idOf(entries, null);
    long first = idOf(entries, "Tickets 1–10");
    long second = idOf(entries, "Tickets 11–20");
    screen.click(
        By.id("week:submit-week"), Screen.message("message-info", "for the client's approval"));
    signOut(screen);

    // the client approves the two entries together, then rejects the timer's with a comment
    signIn(screen, slug, "cleo", "Client dashboard");
    screen.open(base + "app/desk/approvals.xhtml");
    screen.until(Screen.textContaining(By.id("pending-total"), "3 entries"));
    tick(first);
    tick(second);
    screen.click(By.id("approvals:approve"), Screen.message("message-info", "Approved 2 entries"));
    tick(timerEntry);
    screen.type(By.id("approvals:comment"), "A few seconds: not billable.");
    screen.click(By.id("approvals:reject"), Screen.message("message-info", "Rejected 1 entry"));
    screen.until(Screen.textContaining(By.id("pending-total"), "Nothing waits for your approval"));
    signOut(screen);

    // the freelancer was paid EUR 2.00 for the two minutes, minus the 10 % fee; the dashboard
    // charts this week's time
    signIn(screen, slug, "felix", "Freelancer dashboard");
    screen.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#week-chart canvas")));
    screen.until(Screen.textContaining(By.id("week-hours"), " min"));
    screen.click(By.id("wallet"), Screen.textOf(By.id("available"), "1,80 €"));
    screen.open(base + "app/desk/time.xhtml");
    screen.until(Screen.textContaining(By.id("week"), "Client: “A few seconds: not billable.”"));

    assertThat(owner.get("api/v1/wallet/audit").json().getJsonArray("violations")).isEmpty();
  }

  /**
   * An invoice in Chromium: a freelancer starts a draft for a client of their book linked to a
   * client member, adds a line by hand in its dialog, issues it after confirming, downloads its PDF
   * and e-invoice and finds it in the filtered list and its CSV; the client pays part of it from
   * the wallet and the rest by card on the invoice's page, each payment with a receipt.
   */
  @Test
  void aFreelancerInvoicesApprovedTimeThatTheClientPaysInTwoPartsFromTheEmail() throws Exception {
    String slug = Api.uniqueSlug("inv");
    Api owner = Api.owner(deployment, slug);
    Api cleo = Api.member(deployment, slug, "Cleo Client", "cleo", "CLIENT");
    Api felix = Api.member(deployment, slug, "Felix Freelancer", "felix", "FREELANCER");
    MarketSteps.topUp(cleo, 50_000);
    long cleoId = owner.memberId("cleo@" + slug + ".test");
    var written =
        felix.postJson(
            "api/v1/desk/clients", "{\"name\":\"Cleo Client\",\"memberId\":" + cleoId + "}");
    assertThat(written.status()).as(written.body()).isEqualTo(201);
    String client = Long.toString(MarketSteps.id(written.json()));
    // a week of time, approved by the client: 2 h on Monday, 1 h 30 min on Tuesday at EUR 50.00
    var project =
        felix.postJson(
            "api/v1/desk/projects",
            "{\"clientId\":" + client + ",\"name\":\"Shop redesign\",\"rate\":5000}");
    assertThat(project.status()).as(project.body()).isEqualTo(201);
    long projectId = MarketSteps.id(project.json());
    Instant monday =
        Instant.now()
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .with(TemporalAdjusters.previous(DayOfWeek.MONDAY))
            .minusWeeks(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .plus(Duration.ofHours(9));
    long e1 = TimeSteps.entry(felix, projectId, monday, Duration.ofHours(2));
    long e2 =
        TimeSteps.entry(felix, projectId, monday.plus(Duration.ofDays(1)), Duration.ofMinutes(90));
    assertThat(TimeSteps.submit(felix, List.of(e1, e2)).status()).isEqualTo(200);
    assertThat(TimeSteps.decide(cleo, List.of(e1, e2), "APPROVE", null).status()).isEqualTo(200);

    var profile =
        felix.putJson(
            "api/v1/invoices/profile",
            "{\"address\":\"Torstraße 1\\n10119 Berlin\",\"countryCode\":\"DE\","
                + "\"taxId\":\"DE123456789\",\"prefix\":\"INV\",\"termsDays\":14}");
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);

    // the draft takes the approved time, a line per day, 19 % tax; issued after confirming
    signIn(screen, slug, "felix", "Freelancer dashboard");
    screen.click(By.id("nav-invoices"), Screen.textOf(By.id("invoices-title"), "Invoices"));
    screen.click(
        By.id("new-invoice"),
        ExpectedConditions.visibilityOfElementLocated(By.id("new-invoice-form:client")));
    screen.select(By.id("new-invoice-form:client"), client);
    screen.click(By.id("new-invoice-form:create"), Screen.message("message-info", "A draft for"));
    screen.click(
        By.id("add-time"),
        ExpectedConditions.visibilityOfElementLocated(By.id("add-time-form:project")));
    screen.select(By.id("add-time-form:project"), Long.toString(projectId));
    screen.select(By.id("add-time-form:grouping"), "DAY");
    screen.type(By.id("add-time-form:rate"), "19");
    screen.click(
        By.id("add-time-form:add"),
        Screen.message("message-info", "2 lines of approved time added."));
    // 100.00 + 75.00, tax 19.00 + 14.25
    screen.until(Screen.textContaining(By.id("gross"), "208,25"));
    screen.click(
        By.id("draft-actions:issue"),
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
    screen.click(
        By.cssSelector(".ui-confirmdialog-yes"), Screen.message("message-info", "Issued as"));
    screen.textIs(By.id("invoice-status"), "Issued");
    String url = browser.getCurrentUrl();
    String id = url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", "");
    assertPdf(felix.download("app/invoices/download/pdf/" + id));
    assertThat(felix.download("app/invoices/download/xml/" + id).contentType())
        .startsWith("application/xml");
    screen.open(base + "app/invoices/invoices.xhtml?status=ISSUED");
    screen.textIs(By.id("matches"), "1 invoice");
    var csv = felix.download("app/invoices/invoices.csv?status=ISSUED");
    assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Cleo Client")
        .contains("208.25");
    signOut(screen);

    // the client's email carries the PDF and the link to the invoice
    MimeMessage email =
        Eventually.await(
            "the invoice's email to the client",
            () ->
                Arrays.stream(IntegrationStack.smtp().getReceivedMessages())
                    .filter(m -> to(m).contains("cleo@" + slug + ".test"))
                    .filter(m -> subject(m).endsWith("An invoice is sent to me"))
                    .findFirst()
                    .orElse(null),
            m -> m != null);
    List<String> parts = new ArrayList<>();
    texts(email, parts);
    assertThat(parts).anyMatch(p -> p.startsWith("application/pdf:%PDF"));
    String link =
        parts.stream()
            .filter(p -> p.contains("app/invoices/invoice.xhtml?id=" + id))
            .findFirst()
            .map(p -> p.substring(p.indexOf("app/invoices/invoice.xhtml?id=")))
            .map(p -> p.substring(0, p.indexOf(id) + id.length()))
            .orElseThrow(() -> new AssertionError("no link to the invoice in " + parts));

    // the client opens it from the email, pays EUR 100.00 from the wallet, then the rest by card
    signIn(screen, slug, "cleo", "Client dashboard");
    screen.open(base + link);
    screen.textIs(By.id("invoice-status"), "Issued");
    screen.type(By.id("pay-form:amount"), "100,00");
    screen.click(By.id("pay-form:wallet"), Screen.message("message-info", "from your wallet"));
    screen.textIs(By.id("invoice-status"), "Partially paid");
    screen.type(By.id("pay-form:card"), "4242424242424242");
    screen.click(By.id("pay-form:card-pay"), Screen.message("message-info", "by card"));
    screen.textIs(By.id("invoice-status"), "Paid");
    screen.until(d -> d.findElements(By.cssSelector("a.receipt-link")).size() == 2);
    for (String href :
        browser.findElements(By.cssSelector("a.receipt-link")).stream()
            .map(a -> a.getDomAttribute("href"))
            .toList()) {
      assertPdf(cleo.download(href.substring(href.indexOf("app/invoices/"))));
    }
    assertPdf(cleo.download("app/invoices/download/pdf/" + id));

    assertThat(owner.get("api/v1/wallet/audit").json().getJsonArray("violations")).isEmpty();
  }

  /**
   * At a phone's screen, 375 × 812, no member page of the owner, the client or the freelancer of a
   * workspace with contracts, time, an invoice and a plan scrolls sideways (nor the public pages
   * around them); the owner's dashboard is kept as a screenshot with the test report.
   */
  @Test
  void everyMemberPageFitsAPhoneScreen() throws Exception {
    String slug = Api.uniqueSlug("narrow");
    Api owner = Api.owner(deployment, slug);
    Api cleo = Api.member(deployment, slug, "Cleo Client", "cleo", "CLIENT");
    Api felix = Api.member(deployment, slug, "Felix Freelancer", "felix", "FREELANCER");
    MarketSteps.topUp(cleo, 50_000);
    long fixed =
        MarketSteps.fundedContract(
            cleo, felix, "Logo refresh with a rather long title for a narrow screen", 40_000);
    var posted =
        cleo.postJson(
            "api/v1/jobs",
            "{\"title\":\"Helpdesk hours\",\"description\":\"Answer our customers' tickets\","
                + "\"category\":\"SUPPORT\",\"skills\":\"\",\"kind\":\"HOURLY\",\"budget\":"
                + RATE
                + "}");
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    long hourlyJob = MarketSteps.id(posted.json());
    long hourly =
        MarketSteps.id(MarketSteps.hireHourly(cleo, MarketSteps.apply(felix, hourlyJob, RATE), 5));
    long cleoId = owner.memberId("cleo@" + slug + ".test");
    long felixId = owner.memberId("felix@" + slug + ".test");
    var written =
        felix.postJson(
            "api/v1/desk/clients",
            "{\"name\":\"Cleo Client\",\"email\":\"accounts-payable.department@cleo-client.example\","
                + "\"memberId\":"
                + cleoId
                + "}");
    assertThat(written.status()).as(written.body()).isEqualTo(201);
    long client = MarketSteps.id(written.json());
    var project =
        felix.postJson(
            "api/v1/desk/projects",
            "{\"clientId\":" + client + ",\"name\":\"Shop redesign\",\"rate\":5000}");
    assertThat(project.status()).as(project.body()).isEqualTo(201);
    long projectId = MarketSteps.id(project.json());
    Instant monday =
        Instant.now()
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .with(TemporalAdjusters.previous(DayOfWeek.MONDAY))
            .minusWeeks(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .plus(Duration.ofHours(9));
    long entry = TimeSteps.entry(felix, projectId, monday, Duration.ofHours(2));
    assertThat(TimeSteps.submit(felix, List.of(entry)).status()).isEqualTo(200);
    var profile =
        felix.putJson(
            "api/v1/invoices/profile",
            "{\"address\":\"Torstraße 1\\n10119 Berlin\",\"countryCode\":\"DE\","
                + "\"taxId\":\"DE123456789\",\"prefix\":\"INV\",\"termsDays\":14}");
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    var draft = felix.postJson("api/v1/invoices", "{\"clientId\":" + client + "}");
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    long invoice = MarketSteps.id(draft.json());
    var line =
        felix.postJson(
            "api/v1/invoices/" + invoice + "/lines",
            "{\"description\":\"Design of the checkout pages, with two rounds of changes\","
                + "\"quantity\":3,\"unit\":\"C62\",\"unitPrice\":25000,\"taxRate\":19}");
    assertThat(line.status()).as(line.body()).isEqualTo(200);
    var issued = felix.post("api/v1/invoices/" + invoice + "/issue");
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    var plan =
        owner.postJson(
            "api/v1/plans",
            "{\"name\":\"Team\",\"price\":4900,\"interval\":\"MONTHLY\",\"trialDays\":14}");
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);

    browser.quit();
    browser = Browser.phone(375, 812);
    screen = new Screen(browser);
    String t = "t/" + slug;
    List<String> wide = new ArrayList<>();
    wide.addAll(
        fitsPhone(
            "", "signup.xhtml", t, t + "/login", t + "/register", t + "/freelancers/" + felixId));

    signIn(screen, slug, "owner", "Owner dashboard");
    wide.addAll(fitsPhone("app/owner/index.xhtml"));
    screen.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#revenue-chart canvas")));
    Path shot = Path.of("target", "failsafe-reports", "screenshots", "owner-dashboard-375x812.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    // the menu, opened, fits too
    screen.click(
        By.cssSelector(".nav-toggle-label"),
        ExpectedConditions.visibilityOfElementLocated(By.id("nav-plans")));
    wide.addAll(fitting("app/owner/index.xhtml, menu open"));
    wide.addAll(
        fitsPhone(
            "app/owner/members.xhtml",
            "app/owner/api-tokens.xhtml",
            "app/owner/plans.xhtml",
            "app/owner/customers.xhtml",
            "app/owner/subscriptions.xhtml",
            "app/jobs.xhtml",
            "app/contracts.xhtml",
            "app/contract.xhtml?id=" + fixed,
            "app/invoices/to-pay.xhtml",
            "app/wallet.xhtml",
            "app/notifications.xhtml"));
    signOutOnPhone();

    signIn(screen, slug, "cleo", "Client dashboard");
    wide.addAll(
        fitsPhone(
            "app/client/index.xhtml",
            "app/client/post-job.xhtml",
            "app/client/job.xhtml?id=" + hourlyJob,
            "app/jobs.xhtml",
            "app/contracts.xhtml",
            "app/contract.xhtml?id=" + fixed,
            "app/contract.xhtml?id=" + hourly,
            "app/desk/approvals.xhtml",
            "app/invoices/to-pay.xhtml",
            "app/invoices/invoice.xhtml?id=" + invoice,
            "app/wallet.xhtml",
            "app/messages.xhtml",
            "app/notifications.xhtml",
            "app/profile.xhtml"));
    signOutOnPhone();

    signIn(screen, slug, "felix", "Freelancer dashboard");
    wide.addAll(
        fitsPhone(
            "app/freelancer/index.xhtml",
            "app/jobs.xhtml",
            "app/jobs.xhtml?job=" + hourlyJob,
            "app/contracts.xhtml",
            "app/contract.xhtml?id=" + fixed,
            "app/contract.xhtml?id=" + hourly,
            "app/desk/clients.xhtml",
            "app/desk/client.xhtml?id=" + client,
            "app/desk/projects.xhtml",
            "app/desk/project.xhtml?id=" + projectId,
            "app/desk/time.xhtml",
            "app/invoices/invoices.xhtml",
            "app/invoices/invoice.xhtml?id=" + invoice,
            "app/invoices/quotes.xhtml",
            "app/invoices/settings.xhtml",
            "app/invoices/to-pay.xhtml",
            "app/wallet.xhtml",
            "app/messages.xhtml",
            "app/notifications.xhtml",
            "app/profile.xhtml"));
    assertThat(wide).as("pages wider than the 375 px screen").isEmpty();
  }

  /** Opens the menu, which a phone's screen folds away, and signs out. */
  private void signOutOnPhone() {
    screen.click(
        By.cssSelector(".nav-toggle-label"),
        ExpectedConditions.visibilityOfElementLocated(By.id("signout:signOut")));
    signOut(screen);
  }

  /**
   * Opens each page and waits until it has settled no wider than the phone's 375 px screen: the
   * pages that did not, with their widths.
   */
  private List<String> fitsPhone(String... pages) {
    List<String> wide = new ArrayList<>();
    for (String page : pages) {
      screen.open(base + page);
      wide.addAll(fitting(page));
    }
    return wide;
  }

  /** Waits until the page shown has settled no wider than the screen; the page if it did not. */
  private List<String> fitting(String page) {
    // the viewport stays 375 px wide only while nothing is wider (a mobile browser widens it to
    // show the whole page, zoomed out), so both are waited for
    String measure =
        "return document.readyState === 'complete' ? [window.innerWidth,"
            + " document.documentElement.scrollWidth, document.title] : null;";
    List<?> sizes = null;
    try {
      sizes =
          new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(250))
              .until(
                  d -> {
                    var read = (List<?>) ((JavascriptExecutor) d).executeScript(measure);
                    return read != null
                            && ((Number) read.get(0)).intValue() == 375
                            && ((Number) read.get(1)).intValue() <= 375
                        ? read
                        : null;
                  });
    } catch (TimeoutException tooWide) {
      sizes = (List<?>) ((JavascriptExecutor) browser).executeScript(measure);
    }
    String title = String.valueOf(sizes == null ? null : sizes.get(2));
    assertThat(title)
        .as("the title of %s", page)
        .doesNotContain("went wrong", "not found", "can’t open", "expired");
    if (sizes != null
        && ((Number) sizes.get(0)).intValue() == 375
        && ((Number) sizes.get(1)).intValue() <= 375) {
      return List.of();
    }
    return List.of(page + " (" + title + "): " + sizes);
  }

  private static void assertPdf(Api.Download file) {
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).startsWith("application/pdf");
    assertThat(new String(file.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF");
  }

  /** Every part of the email: text as it reads, files as "type:first four bytes". */
  private static void texts(jakarta.mail.Part part, List<String> into) throws Exception {
    Object content = part.getContent();
    if (content instanceof jakarta.mail.Multipart multi) {
      for (int i = 0; i < multi.getCount(); i++) {
        texts(multi.getBodyPart(i), into);
      }
    } else if (content instanceof String text) {
      into.add(text);
    } else if (content instanceof java.io.InputStream in) {
      byte[] head = in.readNBytes(4);
      into.add(
          part.getContentType().split(";")[0]
              + ":"
              + new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
  }

  private static String to(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  /**
   * The journey adds time a few minutes back and must find this week funded: in the first minutes
   * of a week (Monday 00:00 UTC) it waits until there is room.
   */
  private static void waitForRoomInThisWeek() throws InterruptedException {
    Instant now = Instant.now();
    Instant monday =
        now.atZone(ZoneOffset.UTC)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    Duration room = Duration.ofMinutes(10).minus(Duration.between(monday, now));
    if (!room.isNegative()) {
      Thread.sleep(room.toMillis());
    }
  }

  /** One minute of work from {@code start}, through the time page's form. */
  private void addByHand(long project, Instant start, String note) {
    var at = start.atZone(ZoneOffset.UTC);
    screen.open(base + "app/desk/time.xhtml");
    // the project menu's own select, as the menu sets it when an item is chosen (the menu and the
    // date pickers are PrimeFaces widgets over plain fields; the form sends the fields)
    screen.until(
        d ->
            Boolean.TRUE.equals(
                screen.script(
                    "var s = document.getElementById('manual:project_input');"
                        + " if (!s) return false; s.value = arguments[0];"
                        + " s.dispatchEvent(new Event('change', {bubbles: true}));"
                        + " return s.value === arguments[0];",
                    Long.toString(project))));
    // the date pickers' text fields hold what was typed (their calendars stay closed)
    fill("manual:day_input", at.toLocalDate().toString());
    fill("manual:from_input", CLOCK.format(at));
    screen.type(By.id("manual:duration"), "0:01");
    screen.type(By.id("manual:note"), note);
    screen.click(By.id("manual:record"), Screen.message("message-info", "Recorded 1 min"));
  }

  /** Writes the text into a plain field of the page (the field of a PrimeFaces date picker). */
  private void fill(String field, String text) {
    Object[] last = {null};
    try {
      screen.until(
          d -> {
            last[0] =
                screen.script(
                    "var f = document.getElementById(arguments[0]);"
                        + " if (!f) return 'no field';"
                        + " f.value = arguments[1];"
                        + " return f.value === arguments[1] || f.value;",
                    field,
                    text);
            return Boolean.TRUE.equals(last[0]);
          });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(field + " holds " + last[0] + ", not " + text, e);
    }
  }

  /** Ticks the entry's row on the client's approvals page. */
  private void tick(long entry) {
    By row = By.cssSelector("#approvals\\:pending tr[data-rk='" + entry + "']");
    screen.until(
        d -> {
          var tr = d.findElement(row);
          if (!"true".equals(tr.getDomAttribute("aria-selected"))) {
            tr.findElement(By.cssSelector(".ui-chkbox-box")).click();
          }
          return "true".equals(d.findElement(row).getDomAttribute("aria-selected"));
        });
  }

  private static long projectOf(Api freelancer, long contract) {
    var projects = freelancer.get("api/v1/desk/projects").json().getJsonArray("projects");
    return projects.stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.containsKey("contractId") && !p.isNull("contractId"))
        .filter(p -> p.getJsonNumber("contractId").longValue() == contract)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No project of contract " + contract + ": " + projects))
        .getJsonNumber("id")
        .longValue();
  }

  private static List<JsonObject> entries(Api freelancer, long project) {
    var reply = freelancer.get("api/v1/desk/entries?projectId=" + project);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.array().stream().map(v -> v.asJsonObject()).toList();
  }

  /** The entry with that note (null: the one without, the timer's). */
  private static long idOf(List<JsonObject> entries, String note) {
    return entries.stream()
        .filter(
            e ->
                note == null
                    ? !e.containsKey("note") || e.isNull("note")
                    : e.containsKey("note")
                        && !e.isNull("note")
                        && note.equals(e.getString("note")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No entry noted " + note + " in " + entries))
        .getJsonNumber("id")
        .longValue();
  }
}
