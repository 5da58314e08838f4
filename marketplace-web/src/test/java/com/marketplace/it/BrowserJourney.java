package com.marketplace.it;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium per test, on the deployment's loopback address. */
abstract class BrowserJourney {

  @ArquillianResource URL deployment;

  String base;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    base = Deployments.local(deployment);
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  /** The first error message the page shows, once it is visible. */
  String errorText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("message-error")))
        .getText();
  }

  /** The first confirmation the page shows, once it is visible. */
  String infoText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("message-info")))
        .getText();
  }
}
