package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The desk's pages in Chromium, for {@code DeskIT}'s test that runs as the browser's client (kept
 * apart so that the class deployed into the server refers to no browser class).
 */
final class DeskScreens {

  private DeskScreens() {}

  /**
   * On the clients and projects lists, filters chosen one after the other come back with the back
   * and forward buttons, the boxes showing what the list shows (not what was typed before leaving);
   * the dashboard draws its chart; the header's search shows its hits as one types and leads to
   * them.
   */
  static void backButtonAndSearch(String base, String slug, String local) {
    WebDriver browser = Browser.start();
    try {
      var screen = new Screen(browser);
      screen.open(base + "t/" + slug + "/login");
      screen.type(By.id("login:email"), local + "@" + slug + ".test");
      screen.type(By.id("login:password"), "correct-horse-1");
      screen.click(
          By.id("login:submit"), Screen.textOf(By.id("dashboard-title"), "Freelancer dashboard"));
      // the week drawn by Chart.js on the dashboard
      screen.until(
          d ->
              Boolean.TRUE.equals(
                  screen.script(
                      "var c = document.querySelector('#week-chart canvas');"
                          + " return !!c && typeof Chart !== 'undefined' && !!Chart.getChart(c);")));

      // clients: everyone, then "paper", then "ink" at Ink Inc
      screen.open(base + "app/desk/clients.xhtml");
      screen.textIs(By.id("matches"), "2 clients");
      screen.type(By.id("q"), "paper");
      screen.click(submit(), listed("q=paper", "1 client"));
      screen.type(By.id("q"), "ink");
      screen.select(By.id("company"), "Ink Inc");
      screen.click(submit(), listed("company=Ink+Inc", "1 client"));
      screen.textIs(By.cssSelector("#book a.client-name"), "Other Client");

      browser.navigate().back();
      screen.until(listed("q=paper", "1 client"));
      screen.textIs(By.cssSelector("#book a.client-name"), "Page Client");
      assertEquals("paper", value(screen, By.id("q")), "the box shows the list's filter");
      assertEquals("", value(screen, By.id("company")));
      browser.navigate().back();
      screen.until(d -> d.getCurrentUrl().endsWith("clients.xhtml"));
      screen.textIs(By.id("matches"), "2 clients");
      assertEquals("", value(screen, By.id("q")));
      browser.navigate().forward();
      screen.until(listed("q=paper", "1 client"));
      assertEquals("paper", value(screen, By.id("q")));

      // projects: in review, then ideas; back to review
      screen.open(base + "app/desk/projects.xhtml");
      screen.textIs(By.id("matches"), "2 projects");
      screen.select(By.id("status-filter"), "REVIEW");
      screen.click(submit(), listed("status=REVIEW", "1 project"));
      screen.select(By.id("status-filter"), "IDEA");
      screen.click(submit(), listed("status=IDEA", "1 project"));
      screen.textIs(By.cssSelector("#list a.project-name"), "Ink drawing");
      browser.navigate().back();
      screen.until(listed("status=REVIEW", "1 project"));
      screen.textIs(By.cssSelector("#list a.project-name"), "Paper folding");
      assertEquals("REVIEW", value(screen, By.id("status-filter")));

      // the header's search: hits grouped as one types, each leading to its page
      screen.type(By.id("search:q"), "pap");
      screen.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.xpath("//div[@id='search:results']//a[text()='Paper folding']")));
      List<String> groups =
          browser.findElements(By.cssSelector("#search\\:results h2")).stream()
              .map(e -> e.getText().toUpperCase())
              .toList();
      assertEquals(List.of("CLIENTS", "PROJECTS"), groups);
      screen.click(
          By.xpath("//div[@id='search:results']//a[text()='Paper folding']"),
          d -> d.getCurrentUrl().contains("project.xhtml?id="));
      screen.until(d -> d.getPageSource().contains("Paper folding"));
      screen.until(
          d -> {
            var box = d.findElement(By.id("search:q"));
            box.clear();
            box.sendKeys("x".repeat(101));
            return true;
          });
      screen.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("search:results"), "Nothing found"));
      assertEquals(100, value(screen, By.id("search:q")).length(), "the box stops at 100");
      screen.textIs(By.id("search-notice"), "Search for at most 100 characters.");
      var violations = Browser.contentSecurityViolations(browser);
      assertTrue(violations.isEmpty(), () -> "Content-Security-Policy violations: " + violations);
    } finally {
      browser.quit();
    }
  }

  private static By submit() {
    return By.cssSelector("#filters button[type=submit]");
  }

  /** The list shows the filter in its address and the number of matches. */
  private static java.util.function.Function<WebDriver, Boolean> listed(
      String inUrl, String matches) {
    return d ->
        d.getCurrentUrl().contains(inUrl)
            && matches.equals(d.findElement(By.id("matches")).getText());
  }

  private static String value(Screen screen, By field) {
    return screen.until(d -> d.findElement(field).getDomProperty("value"));
  }
}
