package com.marketplace.it;

import static com.marketplace.it.MarketSteps.fundedContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two browsers, a client and a freelancer, write to each other about their contract: each sees the
 * other's message (and the attachment) and the unread badge appear without reloading the page: the
 * pages ask for the member's pulse, which moves when something arrives, and then fetch it. The
 * pulse is read without a session: no cookie goes with it and none comes back.
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
      var otherScreen = new Screen(other);
      // the freelancer opens the conversation from the contract; the client waits on the dashboard
      signIn(screen, slug, "felix", "Freelancer dashboard");
      screen.open(base + "app/contract.xhtml?id=" + contract);
      screen.click(By.id("converse:message-link"), Screen.textOf(By.id("subject"), "Poster"));
      signIn(otherScreen, slug, "cleo", "Client dashboard");
      markPage(otherScreen);
      long before = pulse(otherScreen);

      screen.type(By.id("compose:body"), "First draft attached.");
      screen.attach(By.id("compose:files"), TestFiles.write("draft.pdf", TestFiles.pdf("Draft")));
      send(screen, "First draft attached.");

      // the client's dashboard shows the unread badge, pushed: the page was not reloaded
      otherScreen.textIs(By.id("messages-badge"), "1");
      assertThat(pageMarked(otherScreen)).isTrue();
      assertThat(pulse(otherScreen)).isGreaterThan(before);
      String href = pulseAddress(otherScreen);
      String madeUp = href.substring(0, href.length() - 1) + (href.endsWith("A") ? "B" : "A");
      assertThat(plainGet(madeUp).statusCode()).isEqualTo(404);
      otherScreen.click(By.id("nav-messages"), ExpectedConditions.urlContains("/app/messages"));
      otherScreen.click(
          By.id("items:0:conversation"),
          Screen.textContaining(By.id("message-list"), "First draft attached."));
      otherScreen.textIs(By.className("attachment"), "draft.pdf");
      otherScreen.until(ExpectedConditions.invisibilityOfElementLocated(By.id("messages-badge")));

      // the client answers; the freelancer's open conversation shows it without a reload
      markPage(screen);
      otherScreen.type(By.id("compose:body"), "Looks great, bigger title please.");
      send(otherScreen, "Looks great, bigger title please.");
      screen.until(
          Screen.textContaining(By.id("message-list"), "Looks great, bigger title please."));
      assertThat(pageMarked(screen)).isTrue();
      // and the bell: the notification of the message follows through the broker, and the pulse;
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
      By bell = By.id("bell-badge");
      screen.until(
          d ->
              Screen.badge(d, bell)
                  == Long.parseLong(freelancer.get("api/v1/notifications/unread").body().trim()));
      int bellShows = screen.until(d -> Screen.badge(d, bell));
      assertThat(bellShows).isPositive();
      assertThat(pageMarked(screen)).isTrue();

      // the freelancer mutes emails about messages on the preferences form
      screen.open(base + "app/notifications.xhtml");
      int row =
          screen
              .until(
                  d -> {
                    var labels =
                        d.findElements(By.cssSelector("#prefs td:first-child")).stream()
                            .map(td -> td.getText().trim())
                            .toList();
                    return labels.contains("A message arrives") ? labels : null;
                  })
              .indexOf("A message arrives");
      By email = By.id("prefs:rows:" + row + ":email");
      screen.check(email, false);
      assertThat(screen.click(By.id("prefs:save"), Screen.message("message-info", "preferences")))
          .contains("preferences are saved");
      var message =
          freelancer.get("api/v1/notifications/preferences").array().stream()
              .map(jakarta.json.JsonValue::asJsonObject)
              .filter(p -> p.getString("type").equals("MessagePosted"))
              .findFirst()
              .orElseThrow();
      assertThat(message.getBoolean("email")).isFalse();
      assertThat(message.getBoolean("inApp")).isTrue();
      screen.until(ExpectedConditions.elementSelectionStateToBe(email, false));
      assertThat(Browser.contentSecurityViolations(other)).isEmpty();
    } finally {
      other.quit();
    }
  }

  /**
   * Sends the message form and waits for the message in the conversation. Pushes grow the
   * conversation above the form at any moment, so the button is pressed as an element.
   */
  private static void send(Screen on, String body) {
    on.press(By.id("compose:send"), Screen.textContaining(By.id("message-list"), body));
  }

  private static String pulseAddress(Screen on) {
    return (String) on.script("return document.getElementById('pulse').getAttribute('data-href');");
  }

  /** The page's pulse, read as anyone could: without the member's cookies, and setting none. */
  private long pulse(Screen on) {
    HttpResponse<String> answer = plainGet(pulseAddress(on));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
    return Long.parseLong(answer.body().trim());
  }

  private HttpResponse<String> plainGet(String absolutePath) {
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(
              HttpRequest.newBuilder(URI.create(base).resolve(absolutePath)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Leaves a mark in the page's window that a reload would wipe. */
  private static void markPage(Screen on) {
    on.script("window.notReloaded = true;");
  }

  private static boolean pageMarked(Screen on) {
    return Boolean.TRUE.equals(on.script("return window.notReloaded === true;"));
  }
}
