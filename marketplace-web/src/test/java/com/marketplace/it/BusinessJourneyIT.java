package com.marketplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
    browser.get(base + "");
    browser.findElement(By.id("start")).click();

    // A password that is too short is refused on the page, and nothing is created.
    fillSignup(slug, "short");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("message-error")));
    assertThat(browser.findElement(By.className("message-error")).getText())
        .contains("password must be 8 to 128 characters");
    assertThat(browser.getPageSource()).doesNotContain("Exception");

    browser.findElement(By.id("signup:ownerPassword")).sendKeys("journey-password");
    browser.findElement(By.id("signup:logo")).sendKeys(logoFile().toString());
    browser.findElement(By.id("signup:submit")).click();

    wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "Owner dashboard"));
    assertThat(browser.findElement(By.className("brand")).getText()).contains("Journey " + slug);
    assertThat(browser.findElement(By.className("message-info")).getText())
        .contains("Your marketplace is ready");
    // The uploaded logo brands the workspace and is served from its own address.
    var logo = browser.findElement(By.cssSelector(".brand img.logo"));
    assertThat(logo.getAttribute("src")).endsWith("/t/" + slug + "/logo");
    assertThat(
            ((Number)
                    ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return arguments[0].naturalWidth", logo))
                .intValue())
        .isEqualTo(24);
    // The member-registered event comes back through the broker as a notification.
    awaitText("Welcome to Journey " + slug + ", Jo Owner!");

    browser.findElement(By.id("signout:signOut")).click();
    wait.until(ExpectedConditions.urlContains("/t/" + slug));
    browser.get(base + "app/owner/index.xhtml");
    wait.until(ExpectedConditions.urlContains("/t/" + slug + "/login"));

    browser.findElement(By.id("login:email")).sendKeys("jo@" + slug + ".test");
    browser.findElement(By.id("login:password")).sendKeys("wrong-password");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("message-error")));
    assertThat(browser.findElement(By.className("message-error")).getText())
        .isEqualTo("The email or password is not right.");

    browser.findElement(By.id("login:email")).clear();
    browser.findElement(By.id("login:email")).sendKeys("jo@" + slug + ".test");
    browser.findElement(By.id("login:password")).sendKeys("journey-password");
    browser.findElement(By.id("login:remember")).click();
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), "Owner dashboard"));

    // Remember-me: without the session cookie the browser is signed in again.
    browser.manage().deleteCookieNamed("JSESSIONID");
    browser.get(base + "app/owner/members.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members:table")));
    assertThat(browser.findElement(By.id("members:table")).getText())
        .contains("jo@" + slug + ".test");

    // The wallet: clear refusals, then a top-up and a withdrawal through the sandbox provider.
    browser.findElement(By.id("wallet")).click();
    topUp("abc", "4242 4242 4242 4242");
    assertThat(errorText()).isEqualTo("Enter an amount such as 25.00.");
    topUp("50", "4000 0000 0000 0002");
    assertThat(errorText()).isEqualTo("Your card was declined.");
    topUp("50", "4242 4242 4242 4242");
    wait.until(ExpectedConditions.textToBe(By.id("available"), "USD 50.00"));
    withdraw("80", "DE89 3704 0044 0532 0130 00");
    assertThat(errorText()).contains("Insufficient funds");
    withdraw("20", "DE89 3704 0044 0532 0130 00");
    wait.until(ExpectedConditions.textToBe(By.id("available"), "USD 30.00"));
    assertThat(browser.findElement(By.id("history:lines")).getText())
        .contains("TOP_UP", "USD 50.00", "WITHDRAWAL_REQUESTED", "USD -20.00");
    assertThat(browser.findElement(By.id("pending")).getText()).isEqualTo("USD 0.00");
  }

  private void topUp(String amount, String card) {
    var amountField = browser.findElement(By.id("topup:amount"));
    amountField.clear();
    amountField.sendKeys(amount);
    var cardField = browser.findElement(By.id("topup:card"));
    cardField.clear();
    cardField.sendKeys(card);
    browser.findElement(By.id("topup:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
  }

  private void withdraw(String amount, String account) {
    var amountField = browser.findElement(By.id("withdraw:amount"));
    amountField.clear();
    amountField.sendKeys(amount);
    var accountField = browser.findElement(By.id("withdraw:account"));
    accountField.clear();
    accountField.sendKeys(account);
    browser.findElement(By.id("withdraw:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
  }

  private void fillSignup(String slug, String password) {
    browser.findElement(By.id("signup:businessName")).sendKeys("Journey " + slug);
    browser.findElement(By.id("signup:slug")).sendKeys(slug);
    browser.findElement(By.id("signup:ownerName")).sendKeys("Jo Owner");
    browser.findElement(By.id("signup:ownerEmail")).sendKeys("jo@" + slug + ".test");
    browser.findElement(By.id("signup:ownerPassword")).sendKeys(password);
    browser.findElement(By.id("signup:submit")).click();
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

  private void awaitText(String text) {
    // this page is not pushed to: load it again until the text is there
    Eventually.until(
        () -> {
          if (browser.getPageSource().contains(text)) {
            return true;
          }
          browser.navigate().refresh();
          return false;
        },
        "\"" + text + "\" on the page");
  }
}
