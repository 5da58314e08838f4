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
import org.openqa.selenium.support.ui.Select;

/**
 * A business signs up, signs out and in again, and sees its owner dashboard, in Chromium; and an
 * owner runs a subscription business through its pages.
 */
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

    // Money moves only once the owner confirmed the address: the link in the email, one click.
    String mail =
        Eventually.await(
            "the confirmation email to " + email,
            () -> Api.latestEmail(email, Api.CONFIRMATION).orElse(null),
            java.util.Objects::nonNull);
    var token =
        java.util.regex.Pattern.compile("/verify\\?token=([A-Za-z0-9_-]{43})").matcher(mail);
    assertThat(token.find()).as(mail).isTrue();
    screen.open(base + "t/" + slug + "/verify?token=" + token.group(1));
    screen.click(
        By.id("verify:submit"), Screen.message("message-info", "your email address is confirmed"));

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

  /**
   * The owner writes the workspace's billing details, two plans and a customer paying by card,
   * subscribes the customer from today, runs the billing cycle and watches it finish, sees the MRR
   * and the chart on the dashboard and the bill's invoice, moves the subscription to the dearer
   * plan after reading what it costs, and cancels it at the period's end.
   */
  @Test
  void ownerBillsASubscriptionChangesItsPlanAndCancelsItAtThePeriodsEnd() {
    String slug = Api.uniqueSlug("subs");
    var owner = Api.owner(deployment, slug);
    signIn(screen, slug, "owner", "Owner dashboard");

    // without the workspace's tax id nothing could be invoiced, so nothing billed
    screen.click(By.id("nav-plans"), ExpectedConditions.presenceOfElementLocated(By.id("billing")));
    screen.until(Screen.textContaining(By.id("billing-missing"), "Without a tax id"));
    screen.type(By.id("billing:business-name"), "Business " + slug);
    screen.type(By.id("billing:tax-id"), "DE123456789");
    screen.type(By.id("billing:country"), "DE");
    screen.click(By.id("billing:save"), Screen.message("message-info", "Billing details saved"));
    screen.until(ExpectedConditions.invisibilityOfElementLocated(By.id("billing-missing")));

    // two plans, written in the dialog
    newPlan("Basic", "30");
    newPlan("Premium", "60");
    screen.text(
        By.id("plans:list"),
        t -> t.contains("Basic") && t.contains("Premium") && t.contains("60,00"),
        "to list both plans");

    // a customer who pays by card, shown by its last four digits only
    screen.click(
        By.id("nav-customers"),
        ExpectedConditions.presenceOfElementLocated(By.id("customers-head:new-customer")));
    screen.click(
        By.id("customers-head:new-customer"),
        ExpectedConditions.visibilityOfElementLocated(By.id("customer-form:name")));
    screen.type(By.id("customer-form:name"), "Cara Customer");
    screen.type(By.id("customer-form:email"), "cara@" + slug + ".test");
    screen.type(By.id("customer-form:card"), "4242424242424242");
    screen.click(By.id("customer-form:save"), Screen.message("message-info", "a customer now"));
    screen.until(Screen.textContaining(By.id("book:customers"), "Card •••• 4242"));

    // subscribed from today on the cheaper plan, the customer found by typing
    screen.click(
        By.id("nav-subscriptions"),
        ExpectedConditions.presenceOfElementLocated(By.id("new-subscription")));
    screen.click(
        By.id("new-subscription"),
        ExpectedConditions.visibilityOfElementLocated(By.id("subscribe-form:customer_input")));
    screen.type(By.id("subscribe-form:customer_input"), "Cara");
    screen.click(
        By.cssSelector(".ui-autocomplete-item[data-item-label='Cara Customer']"),
        Screen.shows(
            By.id("subscribe-form:customer_input"),
            e -> e.getDomProperty("value"),
            "Cara Customer"::equals,
            "to hold the customer chosen"));
    selectStartingWith(By.id("subscribe-form:plan"), "Basic");
    screen.click(
        By.id("subscribe-form:save"), Screen.message("message-info", "subscribes to “Basic”"));
    String subscriptionUrl = browser.getCurrentUrl();
    screen.textIs(By.id("subscription-status"), "Active");
    screen.until(Screen.textContaining(By.id("no-bills"), "Nothing billed yet"));

    // the billing cycle, followed until it is over; the dashboard's figures then count the bill
    screen.open(base + "app/owner/index.xhtml");
    screen.until(Screen.textContaining(By.id("run-none"), "No billing run yet"));
    screen.click(
        By.id("billing-run:run"), Screen.textContaining(By.id("run-summary"), "Last run finished"));
    screen.until(Screen.textOf(By.id("run-processed"), "1 billed"));
    screen.textIs(By.id("run-failed"), "0 failed");
    screen.until(Screen.textOf(By.id("run-billed"), "30,00 € charged"));
    screen.until(Screen.textOf(By.id("mrr"), "30,00 €"));
    screen.textIs(By.id("subscribers"), "1");
    screen.until(Screen.textOf(By.id("subscription-revenue"), "30,00 €"));
    screen.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#revenue-chart canvas")));

    // the bill's invoice, issued by the workspace, which its owner reads (and does not pay)
    screen.open(subscriptionUrl);
    screen.click(
        By.cssSelector("#bills .invoice-link"),
        Screen.textContaining(By.id("invoice-title"), "Invoice INV-"));
    screen.textIs(By.id("invoice-status"), "Paid");
    String pdf =
        screen.until(
            Screen.shows(
                By.id("download-pdf"),
                e -> e.getDomAttribute("href"),
                href -> href.contains("/app/invoices/download/pdf/"),
                "to lead to the invoice's PDF"));
    var file = owner.download(pdf.substring(pdf.indexOf("app/invoices/")));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).startsWith("application/pdf");
    assertThat(new String(file.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    assertThat(browser.findElements(By.id("pay-form"))).isEmpty();

    // the plan change is shown before it is made: the whole period's difference, billed now
    screen.open(subscriptionUrl);
    selectStartingWith(By.id("change:plan"), "Premium");
    screen.click(
        By.id("change:preview"),
        ExpectedConditions.visibilityOfElementLocated(By.id("preview-net")));
    screen.until(Screen.textOf(By.id("preview-net"), "30,00 €"));
    screen.until(Screen.textContaining(By.id("preview-lines"), "-30,00 €"));
    screen.click(
        By.id("preview-form:confirm-change"), Screen.message("message-info", "Moved to “Premium”"));
    screen.until(Screen.textContaining(By.id("plan"), "Premium"));
    screen.until(Screen.textContaining(By.id("bills"), "Plan change"));

    // cancelled at the period's end, after confirming: active until then
    screen.click(
        By.id("cancel:cancel-at-end"),
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
    screen.click(
        By.cssSelector(".ui-confirmdialog-yes"),
        Screen.message("message-info", "ends with its period"));
    screen.until(Screen.textContaining(By.id("cancel-state"), "Ends with its period on"));
    screen.textIs(By.id("subscription-status"), "Active");
    screen.until(ExpectedConditions.presenceOfElementLocated(By.id("cancel:keep")));
  }

  /** A monthly plan through the plans page's dialog. */
  private void newPlan(String name, String price) {
    screen.click(
        By.id("plans-head:new-plan"),
        ExpectedConditions.and(
            ExpectedConditions.visibilityOfElementLocated(By.id("plan-form:name")),
            Screen.textOf(By.id("plan-form-title"), "A new plan")));
    screen.type(By.id("plan-form:name"), name);
    screen.type(By.id("plan-form:price"), price);
    screen.select(By.id("plan-form:interval"), "MONTHLY");
    screen.click(
        By.id("plan-form:save"), Screen.message("message-info", "“" + name + "” is offered"));
  }

  /** Chooses the menu's option whose label starts with the text. */
  private void selectStartingWith(By menu, String label) {
    screen.until(
        d -> {
          var select = new Select(d.findElement(menu));
          for (var option : select.getOptions()) {
            if (option.getText().startsWith(label)) {
              select.selectByValue(option.getDomProperty("value"));
              return label.equals(
                  select.getFirstSelectedOption().getText().substring(0, label.length()));
            }
          }
          return false;
        });
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
