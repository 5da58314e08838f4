package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal's dashboard in a browser the size of a phone (375 × 812): a client member signs in at
 * the portal's page and opens the dashboard, which must not be wider than the screen. Runs on the
 * test's side (a browser), so the deployment carries none of this; the screenshot is kept in
 * target/portal-dashboard-375.png.
 */
final class PortalPhone {

  private PortalPhone() {}

  static void dashboardFits(String base, String slug, String email) throws Exception {
    var browser = Browser.start();
    try {
      browser.manage().window().setSize(new Dimension(375, 812));
      var screen = new Screen(browser);
      screen.open(base + "t/" + slug + "/portal");
      screen.type(By.id("login:email"), email);
      screen.type(By.id("login:password"), "correct-horse-1");
      screen.click(By.id("login:submit"), ExpectedConditions.urlContains("/app/"));
      screen.open(base + "portal/index.xhtml");
      screen.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.invoice-card")));
      @SuppressWarnings("unchecked")
      List<Number> widths =
          (List<Number>)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return [document.documentElement.scrollWidth,"
                          + " document.documentElement.clientWidth];");
      Files.write(
          Path.of("target", "portal-dashboard-375.png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      assertTrue(
          widths.get(0).longValue() <= widths.get(1).longValue(),
          "scroll width " + widths.get(0) + " within " + widths.get(1));
      assertTrue(browser.getPageSource().contains("Download PDF"));
    } finally {
      browser.quit();
    }
  }
}
