package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The client portal's journey in Chromium, on the test's side (the deployment carries none of it):
 * the freelancer invites a CRM client from the client's page; the client opens the emailed link,
 * sets a password, signs in, finds the overdue invoice on the dashboard, downloads its PDF, pays it
 * by card and gets the receipt, approves a week of time with a comment, accepts a quote, and sees
 * the same dashboard on a phone (375 × 812) without scrolling sideways; the screenshot is kept in
 * target/failsafe-reports/screenshots/.
 */
final class PortalJourney {

  /** The subject of the invite email. */
  static final String INVITE = "You are invited to your client portal";

  static final String PASSWORD = "dora-sets-this-1";

  private static final Pattern WELCOME = Pattern.compile("/welcome\\?token=([A-Za-z0-9_-]{43})");

  /** What the test set up through the API: a freelancer's CRM client, its invoice and project. */
  record Setting(
      String base,
      String slug,
      Api freelancer,
      String freelancerEmail,
      long client,
      String clientEmail,
      long invoice,
      long project) {}

  private PortalJourney() {}

  static void walk(Setting s) throws Exception {
    overdue(s.invoice(), 5);
    List<Long> week = week(s.freelancer(), s.project());

    ChromeDriver browser = Browser.start();
    try {
      var screen = new Screen(browser);

      // the freelancer invites the client from the client's page
      screen.open(s.base() + "t/" + s.slug() + "/login");
      screen.type(By.id("login:email"), s.freelancerEmail());
      screen.type(By.id("login:password"), "correct-horse-1");
      screen.click(By.id("login:submit"), ExpectedConditions.urlContains("/app/"));
      screen.open(s.base() + "app/desk/client.xhtml?id=" + s.client());
      screen.click(
          By.id("portal-invite:invite"),
          Screen.message("message-info", "on its way to " + s.clientEmail()));
      // the invite made the portal account and linked the client to it: the week is approvable
      Replies.expect(200, TimeSteps.submit(s.freelancer(), week));

      // the invite email; its link sets the password
      String mail =
          Eventually.await(
              "the invite email to " + s.clientEmail(),
              () -> Api.latestEmail(s.clientEmail(), INVITE).orElse(null),
              Objects::nonNull);
      var link = WELCOME.matcher(mail);
      assertTrue(link.find(), mail);
      signOut(browser);
      screen.open(s.base() + "t/" + s.slug() + "/welcome?token=" + link.group(1));
      screen.type(By.id("welcome:password"), PASSWORD);
      screen.click(By.id("welcome:submit"), Screen.message("message-info", "Your password is set"));
      screen.type(By.id("login:email"), s.clientEmail());
      screen.type(By.id("login:password"), PASSWORD);
      screen.click(By.id("login:submit"), ExpectedConditions.urlContains("/portal/index.xhtml"));

      // the dashboard: the overdue invoice with its icon and its word
      String overdueCard = "#group-overdue li.invoice-card[data-invoice='" + s.invoice() + "']";
      screen.until(
          Screen.textContaining(By.cssSelector(overdueCard + " .standing.overdue"), "⚠ Overdue"));

      // Download PDF: the link answers a PDF with the browser's own session
      String pdf =
          screen.until(
              d ->
                  d.findElement(By.cssSelector(overdueCard + " a.download"))
                      .getDomProperty("href"));
      assertEquals("%PDF", startOf(browser, pdf));

      // Pay now by card (the sandbox's test card), then the receipt
      screen.click(
          By.cssSelector(overdueCard + " a[href*='invoice.xhtml']"),
          ExpectedConditions.presenceOfElementLocated(By.id("pay-form:card-pay")));
      screen.type(By.id("pay-form:card"), "4242 4242 4242 4242");
      screen.click(By.id("pay-form:card-pay"), Screen.message("message-info", "paid by card"));
      screen.until(Screen.textOf(By.id("status"), "Paid"));
      String receipt =
          screen.until(
              d ->
                  d.findElement(By.cssSelector("#receipts a.receipt-link")).getDomProperty("href"));
      assertEquals("%PDF", startOf(browser, receipt));
      screen.open(s.base() + "portal/index.xhtml");
      screen.until(
          Screen.textContaining(
              By.cssSelector(
                  "#group-paid li.invoice-card[data-invoice='" + s.invoice() + "'] .standing"),
              "✓"));
      screen.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#payments a.receipt-link")));

      // the week of time, approved in bulk with a comment
      screen.open(s.base() + "portal/time.xhtml");
      for (long entry : week) {
        screen.check(By.cssSelector("input[name='entry'][value='" + entry + "']"), true);
      }
      screen.type(By.id("decide:comment"), "All good, thank you");
      screen.click(
          By.id("decide:approve"),
          Screen.message("message-info", "Approved " + week.size() + " entries"));
      screen.until(Screen.textContaining(By.tagName("main"), "Nothing waits for you."));

      // the quote, accepted
      screen.open(s.base() + "portal/quotes.xhtml");
      screen.click(
          By.cssSelector("input[type='submit'][value='Accept']"),
          Screen.message("message-info", "Quote accepted"));
      screen.until(
          ExpectedConditions.invisibilityOfElementLocated(
              By.cssSelector("input[type='submit'][value='Accept']")));

      // the same dashboard on a phone: 375 × 812, nothing wider than the screen
      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
      screen.open(s.base() + "portal/index.xhtml");
      screen.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("#group-paid li.invoice-card")));
      screen.until(fitsTheScreen(375));
      Path shots = Path.of("target", "failsafe-reports", "screenshots");
      Files.createDirectories(shots);
      Files.write(
          shots.resolve("portal-journey-dashboard-375.png"),
          browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.quit();
    }
  }

  /** The page is exactly {@code width} wide and scrolls no wider. */
  static ExpectedCondition<Boolean> fitsTheScreen(int width) {
    return new ExpectedCondition<>() {
      private Object last = "nothing yet";

      @Override
      public Boolean apply(WebDriver d) {
        @SuppressWarnings("unchecked")
        List<Number> widths =
            (List<Number>)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return [document.documentElement.scrollWidth, window.innerWidth];");
        last = widths;
        return widths.get(1).intValue() == width
            && widths.get(0).intValue() <= widths.get(1).intValue();
      }

      @Override
      public String toString() {
        return "a page "
            + width
            + " wide, scrolling no wider ([scrollWidth, innerWidth]: "
            + last
            + ")";
      }
    };
  }

  /** Days ago, the invoice fell due: straight in the database, as time would have it. */
  private static void overdue(long invoice, int daysAgo) throws Exception {
    try (var db = SeededJobs.database();
        var update = db.prepareStatement("UPDATE invoice SET due_on = ? WHERE id = ?")) {
      update.setDate(1, Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo)));
      update.setLong(2, invoice);
      assertEquals(1, update.executeUpdate());
    }
  }

  /** Last week's time on the project, Monday to Friday, two hours each morning. */
  private static List<Long> week(Api freelancer, long project) {
    Instant monday =
        LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    List<Long> entries = new ArrayList<>();
    for (int day = 0; day < 5; day++) {
      entries.add(
          TimeSteps.entry(
              freelancer,
              project,
              monday.plus(Duration.ofDays(day)).plus(Duration.ofHours(9)),
              Duration.ofHours(2)));
    }
    return entries;
  }

  /** The first four bytes of what the address answers the browser, with its cookies. */
  private static String startOf(ChromeDriver browser, String href) {
    return (String)
        browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                + ".then(b => done(String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)))))"
                + ".catch(e => done('failed: ' + e));",
            href);
  }

  /** Ends the freelancer's session, so the invite is opened as the client would open it. */
  private static void signOut(WebDriver browser) {
    browser.manage().deleteAllCookies();
  }
}
