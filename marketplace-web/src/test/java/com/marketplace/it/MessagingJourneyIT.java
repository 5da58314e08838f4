package com.marketplace.it;

import static com.marketplace.it.MarketSteps.fundedContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two browsers, a client and a freelancer, write to each other about their contract: each sees the
 * other's message (and the attachment) and the unread badge appear without reloading the page,
 * pushed over the Faces WebSocket.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagingJourneyIT extends BrowserJourney {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @Test
  void clientAndFreelancerSeeEachOthersMessagesWithoutReloading() {
    String slug = Api.uniqueSlug("chat");
    Api.owner(deployment, slug);
    var client = Api.member(deployment, slug, "Cleo Client", "cleo", "CLIENT");
    var freelancer = Api.member(deployment, slug, "Felix Freelancer", "felix", "FREELANCER");
    MarketSteps.topUp(client, 100_000);
    long contract = fundedContract(client, freelancer, "Poster", 40_000);

    WebDriver other = Browser.start();
    try {
      var otherWait = new WebDriverWait(other, Duration.ofSeconds(30));
      // the freelancer opens the conversation from the contract; the client waits on the dashboard
      signIn(browser, wait, slug, "felix", "Freelancer dashboard");
      browser.get(base + "app/contract.xhtml?id=" + contract);
      browser.findElement(By.id("message-link")).click();
      wait.until(ExpectedConditions.textToBe(By.id("subject"), "Poster"));
      signIn(other, otherWait, slug, "cleo", "Client dashboard");
      markPage(other);

      browser.findElement(By.id("compose:body")).sendKeys("First draft attached.");
      browser
          .findElement(By.id("compose:files"))
          .sendKeys(TestFiles.write("draft.pdf", TestFiles.pdf("Draft")).toString());
      send(browser);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("message-list"), "First draft attached."));

      // the client's dashboard shows the unread badge, pushed: the page was not reloaded
      otherWait.until(ExpectedConditions.textToBe(By.id("messages-badge"), "1"));
      assertThat(pageMarked(other)).isTrue();
      click(other, By.id("nav-messages"));
      click(other, By.id("items:0:conversation"));
      otherWait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("message-list"), "First draft attached."));
      otherWait.until(ExpectedConditions.textToBe(By.className("attachment"), "draft.pdf"));
      otherWait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("messages-badge")));

      // the client answers; the freelancer's open conversation shows it without a reload
      markPage(browser);
      other.findElement(By.id("compose:body")).sendKeys("Looks great, bigger title please.");
      send(other);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("message-list"), "Looks great, bigger title please."));
      assertThat(pageMarked(browser)).isTrue();
      // and the bell: the notification of the message follows through the broker and is pushed;
      // the badge then shows the freelancer's unread count (contract notices included)
      Eventually.until(
          () ->
              freelancer.get("api/v1/notifications").array().stream()
                  .map(jakarta.json.JsonValue::asJsonObject)
                  .anyMatch(
                      n ->
                          n.getString("type").equals("MessagePosted")
                              && n.getString("message").contains("Looks great")),
          "the freelancer's notification of the client's answer");
      wait.until(
          b ->
              badge(b, "bell-badge")
                  == Long.parseLong(freelancer.get("api/v1/notifications/unread").body().trim()));
      assertThat(badge(browser, "bell-badge")).isPositive();
      assertThat(pageMarked(browser)).isTrue();

      // the freelancer mutes emails about messages on the preferences form
      browser.get(base + "app/notifications.xhtml");
      int row =
          browser.findElements(By.cssSelector("#prefs td:first-child")).stream()
              .map(td -> td.getText().trim())
              .toList()
              .indexOf("A message arrives");
      browser.findElement(By.id("prefs:rows:" + row + ":email")).click();
      browser.findElement(By.id("prefs:save")).click();
      assertThat(infoText()).contains("preferences are saved");
      var message =
          freelancer.get("api/v1/notifications/preferences").array().stream()
              .map(jakarta.json.JsonValue::asJsonObject)
              .filter(p -> p.getString("type").equals("MessagePosted"))
              .findFirst()
              .orElseThrow();
      assertThat(message.getBoolean("email")).isFalse();
      assertThat(message.getBoolean("inApp")).isTrue();
      assertThat(browser.findElement(By.id("prefs:rows:" + row + ":email")).isSelected()).isFalse();
    } finally {
      other.quit();
    }
  }

  private void signIn(WebDriver b, WebDriverWait w, String slug, String local, String dashboard) {
    b.get(base + "t/" + slug + "/login");
    b.findElement(By.id("login:email")).sendKeys(local + "@" + slug + ".test");
    b.findElement(By.id("login:password")).sendKeys("correct-horse-1");
    b.findElement(By.id("login:submit")).click();
    w.until(ExpectedConditions.textToBe(By.id("dashboard-title"), dashboard));
  }

  /**
   * Sends the message form. Pushes re-render parts of the page above the form at any moment, so the
   * button is pressed as an element, not at the screen position it had an instant before.
   */
  private static void send(WebDriver b) {
    var button = b.findElement(By.id("compose:send"));
    ((JavascriptExecutor) b).executeScript("arguments[0].click();", button);
  }

  /** Clicks an element that a push may be re-rendering at that moment. */
  private static void click(WebDriver b, By by) {
    for (int attempt = 0; ; attempt++) {
      try {
        b.findElement(by).click();
        return;
      } catch (StaleElementReferenceException rerendered) {
        if (attempt == 5) {
          throw rerendered;
        }
      }
    }
  }

  /**
   * The badge's number (0 when absent); pushes re-render it, so a vanished element is read again.
   */
  private static int badge(WebDriver b, String id) {
    for (int attempt = 0; ; attempt++) {
      try {
        var found = b.findElements(By.id(id));
        return found.isEmpty() ? 0 : Integer.parseInt(found.get(0).getText().trim());
      } catch (StaleElementReferenceException rerendered) {
        if (attempt == 5) {
          throw rerendered;
        }
      }
    }
  }

  /** Leaves a mark in the page's window that a reload would wipe. */
  private static void markPage(WebDriver b) {
    ((JavascriptExecutor) b).executeScript("window.notReloaded = true;");
  }

  private static boolean pageMarked(WebDriver b) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) b).executeScript("return window.notReloaded === true;"));
  }
}
