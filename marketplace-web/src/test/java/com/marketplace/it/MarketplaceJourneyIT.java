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
 * The marketplace's main journey in Chromium: a client posts a job, a freelancer finds it on the
 * board (detail in the side panel, no reload) and applies, the client hires, is sent to top up,
 * funds the milestone (the wallet shows it in escrow), the freelancer submits a PDF, the client
 * approves, the freelancer's wallet shows the payment minus the fee, and the client's review
 * appears on the freelancer's public profile. The ledger audit is clean afterwards. And two
 * browsers, a client and a freelancer, writing to each other about their contract: each sees the
 * other's message (and the attachment) and the unread badge appear without reloading the page: the
 * pages ask for the member's pulse, which moves when something arrives, and then fetch it. The
 * pulse is read without a session: no cookie goes with it and none comes back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketplaceJourneyIT extends BrowserJourney {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @Test
  void clientHiresFreelancerThroughEscrowAndReviewsThem() {
    String slug = Api.uniqueSlug("market");
    var owner = new Api(deployment);
    owner.signUpBusiness(slug, "owner@" + slug + ".test");
    owner.signIn(slug, "owner@" + slug + ".test");
    owner.register(slug, "Cleo Client", "cleo@" + slug + ".test", "CLIENT");
    owner.register(slug, "Felix Freelancer", "felix@" + slug + ".test", "FREELANCER");
    new Api(deployment).verifyEmail(slug, "cleo@" + slug + ".test");
    new Api(deployment).verifyEmail(slug, "felix@" + slug + ".test");
    long freelancerId = owner.memberId("felix@" + slug + ".test");
    String title = "Poster for " + slug;

    // the client posts a job
    signIn(screen, slug, "cleo", "Client dashboard");
    screen.click(By.id("post-job"), ExpectedConditions.presenceOfElementLocated(By.id("job")));
    screen.type(By.id("job:title"), title);
    screen.type(By.id("job:description"), "A2 poster for our opening night.");
    screen.select(By.id("job:category"), "DESIGN");
    screen.type(By.id("job:skills"), "Illustration, Print");
    screen.type(By.id("job:budget"), "500");
    screen.click(By.id("job:post"), Screen.textOf(By.id("job-title"), title));
    String jobUrl = browser.getCurrentUrl();
    signOut(screen);

    // the freelancer filters the board, opens the job in the side panel and applies
    signIn(screen, slug, "felix", "Freelancer dashboard");
    screen.open(base + "app/jobs.xhtml?skill=print&category=DESIGN");
    screen.click(By.id("board:jobs:0:open"), Screen.textOf(By.id("job-title"), title));
    // the panel's address follows once the Ajax response is applied
    screen.until(ExpectedConditions.urlMatches("skill=print.*job=\\d+|job=\\d+.*skill=print"));
    screen.type(By.id("apply:cover"), "I design posters that people stop for.");
    screen.type(By.id("apply:amount"), "450");
    screen.type(By.id("apply:days"), "5");
    assertThat(screen.click(By.id("apply:send"), Screen.message("message-info", "Your proposal")))
        .contains("Your proposal for “" + title + "” was sent.");
    screen.until(Screen.textContaining(By.id("my-proposal"), "450,00 €"));
    signOut(screen);

    // the client hires; funding with an empty wallet sends them to top up first
    signIn(screen, slug, "cleo", "Client dashboard");
    screen.open(jobUrl);
    screen.click(
        By.id("proposals:list:0:hire"),
        ExpectedConditions.elementToBeClickable(By.id("hire:confirm")));
    screen.click(By.id("hire:confirm"), Screen.textOf(By.id("contract-status"), "Open"));
    String contractUrl = browser.getCurrentUrl();
    assertThat(
            screen.click(By.id("milestones:rows:0:fund"), Screen.message("message-error", "funds")))
        .contains("Insufficient funds")
        .contains("Add funds to your wallet");
    screen.click(By.id("top-up-link"), ExpectedConditions.presenceOfElementLocated(By.id("topup")));
    // no card is filled in for anyone; in development the page names the sandbox's test cards
    screen.until(
        Screen.shows(
            By.id("topup:card"), e -> e.getDomProperty("value"), String::isEmpty, "empty"));
    screen.until(Screen.textContaining(By.id("topup"), "4242 4242 4242 4242 succeeds"));
    screen.type(By.id("topup:amount"), "500");
    screen.type(By.id("topup:card"), "4242 4242 4242 4242");
    screen.click(By.id("topup:submit"), Screen.textOf(By.id("available"), "500,00 €"));
    screen.open(contractUrl);
    screen.click(
        By.id("milestones:rows:0:fund"), Screen.textOf(By.id("contract-status"), "In progress"));
    screen.textIs(By.id("held"), "450,00 €");
    screen.click(By.id("wallet"), Screen.textOf(By.id("escrow"), "450,00 €"));
    screen.textIs(By.id("available"), "50,00 €");
    signOut(screen);

    // the freelancer delivers a PDF
    signIn(screen, slug, "felix", "Freelancer dashboard");
    screen.open(contractUrl);
    screen.attach(By.id("submit:files"), TestFiles.write("poster.pdf", TestFiles.pdf("Poster")));
    screen.type(By.id("submit:note"), "Final poster attached.");
    screen.click(By.id("submit:send"), Screen.textOf(By.id("contract-status"), "Under review"));
    screen.textIs(By.className("deliverable"), "poster.pdf");
    signOut(screen);

    // the client approves and reviews
    signIn(screen, slug, "cleo", "Client dashboard");
    screen.open(contractUrl);
    screen.click(
        By.id("review-work:approve"), Screen.textOf(By.id("contract-status"), "Completed"));
    screen.textIs(By.id("released"), "450,00 €");
    screen.check(By.cssSelector("#review\\:stars input[value='5']"), true);
    screen.type(By.id("review:text"), "Stunning poster, delivered early.");
    screen.click(
        By.id("review:post"), Screen.message("message-info", "Thank you for your review."));
    signOut(screen);

    // the freelancer was paid the milestone minus the 10 % fee
    signIn(screen, slug, "felix", "Freelancer dashboard");
    screen.click(By.id("wallet"), Screen.textOf(By.id("available"), "405,00 €"));
    signOut(screen);

    // the review is on the public profile, for anyone
    screen.open(base + "t/" + slug + "/freelancers/" + freelancerId);
    screen.textIs(By.id("profile-name"), "Felix Freelancer");
    screen.textIs(By.id("rating"), "★ 5.0");
    screen.until(Screen.textContaining(By.tagName("main"), "Stunning poster, delivered early."));

    // the owner sees the money paid in through the sandbox for what it is
    signIn(screen, slug, "owner", "Owner dashboard");
    screen.until(Screen.textContaining(By.id("paid-in"), "500,00 € sandbox"));
    screen.until(Screen.textContaining(By.id("paid-in"), "test money, never collected"));

    assertThat(owner.get("api/v1/wallet/audit").json().getJsonArray("violations")).isEmpty();
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
