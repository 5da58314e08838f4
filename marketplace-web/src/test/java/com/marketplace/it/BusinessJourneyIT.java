package com.marketplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A business signs up, signs out and in again, and sees its owner dashboard, in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusinessJourneyIT extends BrowserJourney {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @Test
  void businessSignsUpSignsInAndSeesOwnerDashboard() {
    String slug = "journey-" + UUID.randomUUID().toString().substring(0, 8);
    String email = "jo@" + slug + ".test";
    screen.open(base + "");
    // The pages carry a Content-Security-Policy, and the check every journey ends with sees a
    // breach of it: an image from another site is refused and reported.
    assertThat(Browser.contentSecurityViolations(browser)).isEmpty();
    screen.script(
        "var i = document.createElement('img'); i.src = 'http://203.0.113.9/pixel.png';"
            + " document.body.appendChild(i);");
    List<String> reported =
        screen.until(
            d -> {
              List<String> seen = Browser.contentSecurityViolations(d);
              return seen.isEmpty() ? null : seen;
            });
    assertThat(reported).anyMatch(m -> m.contains("img-src"));
    screen.click(By.id("start"), ExpectedConditions.urlContains("signup"));

    // A password that is too short is refused on the page, and nothing is created.
    fillSignup(slug, "short");
    assertThat(screen.click(By.id("signup:submit"), Screen.message("message-error", "password")))
        .contains("password must be 8 to 128 characters");
    assertThat(browser.getPageSource()).doesNotContain("Exception");

    screen.type(By.id("signup:ownerPassword"), "journey-password");
    screen.attach(By.id("signup:logo"), logoFile());
    screen.click(
        By.id("signup:submit"), Screen.textOf(By.id("dashboard-title"), "Owner dashboard"));
    screen.text(By.className("brand"), t -> t.contains("Journey " + slug), "to name the business");
    screen.info("Your marketplace is ready");
    // The uploaded logo brands the workspace and is served from its own address.
    By logo = By.cssSelector(".brand img.logo");
    screen.until(
        Screen.shows(
            logo,
            e -> e.getDomAttribute("src"),
            src -> src.endsWith("/t/" + slug + "/logo"),
            "to be served from the workspace's logo address"));
    screen.until(
        Screen.shows(
            logo,
            e -> ((Number) screen.script("return arguments[0].naturalWidth", e)).intValue(),
            width -> width == 24,
            "to be loaded, 24 pixels wide"));
    // The member-registered event comes back through the broker as a notification; this page is
    // not pushed to, so it is loaded again until the notification is there.
    String welcome = "Welcome to Journey " + slug + ", Jo Owner!";
    screen.reloadUntil(d -> d.findElement(By.id("notifications")).getText().contains(welcome));

    signOut(screen);
    screen.open(base + "app/owner/index.xhtml");
    screen.until(ExpectedConditions.urlContains("/t/" + slug + "/login"));

    screen.type(By.id("login:email"), email);
    screen.type(By.id("login:password"), "wrong-password");
    assertThat(screen.click(By.id("login:submit"), Screen.message("message-error", "not right")))
        .isEqualTo("The email or password is not right.");

    screen.type(By.id("login:email"), email);
    screen.type(By.id("login:password"), "journey-password");
    screen.check(By.id("login:remember"), true);
    screen.click(By.id("login:submit"), Screen.textOf(By.id("dashboard-title"), "Owner dashboard"));

    // Remember-me: without the session cookie the browser is signed in again.
    browser.manage().deleteCookieNamed("JSESSIONID");
    screen.open(base + "app/owner/members.xhtml");
    screen.until(Screen.textContaining(By.id("members:table"), email));

    // The wallet: clear refusals, then a top-up and a withdrawal through the sandbox provider.
    screen.click(By.id("wallet"), ExpectedConditions.presenceOfElementLocated(By.id("topup")));
    assertThat(topUp("abc", "4242 4242 4242 4242", Screen.message("message-error", "amount")))
        .isEqualTo("Enter an amount such as 25.00.");
    assertThat(topUp("50", "4000 0000 0000 0002", Screen.message("message-error", "declined")))
        .isEqualTo("Your card was declined.");
    topUp("50", "4242 4242 4242 4242", Screen.textOf(By.id("available"), "$50.00"));
    assertThat(
            withdraw("80", "DE89 3704 0044 0532 0130 00", Screen.message("message-error", "funds")))
        .contains("Insufficient funds");
    withdraw("20", "DE89 3704 0044 0532 0130 00", Screen.textOf(By.id("available"), "$30.00"));
    screen.text(
        By.id("history:lines"),
        t ->
            t.contains("TOP_UP")
                && t.contains("$50.00")
                && t.contains("WITHDRAWAL_REQUESTED")
                && t.contains("-$20.00"),
        "to list the top-up and the withdrawal");
    screen.textIs(By.id("pending"), "$0.00");
  }

  /** Tops the wallet up and answers what {@code then} shows of the outcome. */
  private <T> T topUp(String amount, String card, ExpectedCondition<T> then) {
    screen.type(By.id("topup:amount"), amount);
    screen.type(By.id("topup:card"), card);
    return screen.click(By.id("topup:submit"), then);
  }

  /** Asks for a withdrawal and answers what {@code then} shows of the outcome. */
  private <T> T withdraw(String amount, String account, ExpectedCondition<T> then) {
    screen.type(By.id("withdraw:amount"), amount);
    screen.type(By.id("withdraw:account"), account);
    return screen.click(By.id("withdraw:submit"), then);
  }

  private void fillSignup(String slug, String password) {
    screen.type(By.id("signup:businessName"), "Journey " + slug);
    screen.type(By.id("signup:slug"), slug);
    screen.type(By.id("signup:ownerName"), "Jo Owner");
    screen.type(By.id("signup:ownerEmail"), "jo@" + slug + ".test");
    screen.type(By.id("signup:ownerPassword"), password);
  }

  private static java.nio.file.Path logoFile() {
    try {
      var file =
          java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "logo", ".png");
      javax.imageio.ImageIO.write(
          new java.awt.image.BufferedImage(24, 24, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png",
          file.toFile());
      return file.toAbsolutePath();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
