package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A fresh headless Chromium per test, on the deployment's loopback address, driven through a {@link
 * Screen}; and the steps every journey takes.
 */
abstract class BrowserJourney {

  @ArquillianResource URL deployment;

  String base;
  WebDriver browser;
  Screen screen;

  @BeforeEach
  void openBrowser() {
    base = Deployments.local(deployment);
    browser = Browser.start();
    screen = new Screen(browser);
  }

  /** Closes the browser; the journey failed if any page broke its Content-Security-Policy. */
  @AfterEach
  void closeBrowser() {
    List<String> violations;
    try {
      violations = Browser.contentSecurityViolations(browser);
    } finally {
      browser.quit();
    }
    assertTrue(violations.isEmpty(), () -> "Content-Security-Policy violations: " + violations);
  }

  /** Signs in a member whose address is {@code local@slug.test} and waits for their dashboard. */
  void signIn(Screen on, String slug, String local, String dashboard) {
    on.open(base + "t/" + slug + "/login");
    on.type(By.id("login:email"), local + "@" + slug + ".test");
    on.type(By.id("login:password"), "correct-horse-1");
    on.click(By.id("login:submit"), Screen.textOf(By.id("dashboard-title"), dashboard));
  }

  /** Signs out and waits for the workspace's public page. */
  static void signOut(Screen on) {
    on.click(
        By.id("signout:signOut"),
        ExpectedConditions.and(
            ExpectedConditions.urlContains("/t/"),
            ExpectedConditions.invisibilityOfElementLocated(By.id("signout:signOut"))));
  }
}
