package com.marketplace.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The marketplace's main journey in Chromium: a client posts a job, a freelancer finds it on the
 * board (detail in the side panel, no reload) and applies, the client hires, is sent to top up,
 * funds the milestone (the wallet shows it in escrow), the freelancer submits a PDF, the client
 * approves, the freelancer's wallet shows the payment minus the fee, and the client's review
 * appears on the freelancer's public profile. The ledger audit is clean afterwards.
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
    long freelancerId =
        owner
            .register(slug, "Felix Freelancer", "felix@" + slug + ".test", "FREELANCER")
            .json()
            .getJsonNumber("id")
            .longValue();
    String title = "Poster for " + slug;

    // the client posts a job
    signIn(slug, "cleo", "Client dashboard");
    browser.findElement(By.id("post-job")).click();
    browser.findElement(By.id("job:title")).sendKeys(title);
    browser.findElement(By.id("job:description")).sendKeys("A2 poster for our opening night.");
    new Select(browser.findElement(By.id("job:category"))).selectByValue("DESIGN");
    browser.findElement(By.id("job:skills")).sendKeys("Illustration, Print");
    browser.findElement(By.id("job:budget")).sendKeys("500");
    browser.findElement(By.id("job:post")).click();
    wait.until(ExpectedConditions.textToBe(By.id("job-title"), title));
    String jobUrl = browser.getCurrentUrl();
    signOut();

    // the freelancer filters the board, opens the job in the side panel and applies
    signIn(slug, "felix", "Freelancer dashboard");
    browser.get(base + "app/jobs.xhtml?skill=print&category=DESIGN");
    wait.until(ExpectedConditions.textToBe(By.id("board:jobs:0:open"), title));
    browser.findElement(By.id("board:jobs:0:open")).click();
    wait.until(ExpectedConditions.textToBe(By.id("job-title"), title));
    assertThat(browser.getCurrentUrl()).contains("skill=print").containsPattern("job=\\d+");
    browser.findElement(By.id("apply:cover")).sendKeys("I design posters that people stop for.");
    browser.findElement(By.id("apply:amount")).sendKeys("450");
    browser.findElement(By.id("apply:days")).sendKeys("5");
    browser.findElement(By.id("apply:send")).click();
    assertThat(infoText()).contains("Your proposal for “" + title + "” was sent.");
    assertThat(browser.findElement(By.id("my-proposal")).getText()).contains("EUR 450.00");
    signOut();

    // the client hires; funding with an empty wallet sends them to top up first
    signIn(slug, "cleo", "Client dashboard");
    browser.get(jobUrl);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("proposals:list:0:hire"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("hire:confirm"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("contract-status"), "Open"));
    String contractUrl = browser.getCurrentUrl();
    browser.findElement(By.id("milestones:rows:0:fund")).click();
    assertThat(errorText()).contains("Insufficient funds").contains("Add funds to your wallet");
    browser.findElement(By.id("top-up-link")).click();
    browser.findElement(By.id("topup:amount")).sendKeys("500");
    browser.findElement(By.id("topup:submit")).click();
    wait.until(ExpectedConditions.textToBe(By.id("available"), "EUR 500.00"));
    browser.get(contractUrl);
    browser.findElement(By.id("milestones:rows:0:fund")).click();
    wait.until(ExpectedConditions.textToBe(By.id("contract-status"), "In progress"));
    assertThat(browser.findElement(By.id("held")).getText()).isEqualTo("EUR 450.00");
    browser.findElement(By.id("wallet")).click();
    wait.until(ExpectedConditions.textToBe(By.id("escrow"), "EUR 450.00"));
    assertThat(browser.findElement(By.id("available")).getText()).isEqualTo("EUR 50.00");
    signOut();

    // the freelancer delivers a PDF
    signIn(slug, "felix", "Freelancer dashboard");
    browser.get(contractUrl);
    browser
        .findElement(By.id("submit:files"))
        .sendKeys(TestFiles.write("poster.pdf", TestFiles.pdf("Poster")).toString());
    browser.findElement(By.id("submit:note")).sendKeys("Final poster attached.");
    browser.findElement(By.id("submit:send")).click();
    wait.until(ExpectedConditions.textToBe(By.id("contract-status"), "Under review"));
    assertThat(browser.findElement(By.className("deliverable")).getText()).isEqualTo("poster.pdf");
    signOut();

    // the client approves and reviews
    signIn(slug, "cleo", "Client dashboard");
    browser.get(contractUrl);
    browser.findElement(By.id("review-work:approve")).click();
    wait.until(ExpectedConditions.textToBe(By.id("contract-status"), "Completed"));
    assertThat(browser.findElement(By.id("released")).getText()).isEqualTo("EUR 450.00");
    browser.findElement(By.cssSelector("#review\\:stars input[value='5']")).click();
    browser.findElement(By.id("review:text")).sendKeys("Stunning poster, delivered early.");
    browser.findElement(By.id("review:post")).click();
    assertThat(infoText()).contains("Thank you for your review.");
    signOut();

    // the freelancer was paid the milestone minus the 10 % fee
    signIn(slug, "felix", "Freelancer dashboard");
    browser.findElement(By.id("wallet")).click();
    wait.until(ExpectedConditions.textToBe(By.id("available"), "EUR 405.00"));
    signOut();

    // the review is on the public profile, for anyone
    browser.get(base + "t/" + slug + "/freelancers/" + freelancerId);
    wait.until(ExpectedConditions.textToBe(By.id("profile-name"), "Felix Freelancer"));
    assertThat(browser.findElement(By.id("rating")).getText()).isEqualTo("★ 5.0");
    assertThat(browser.getPageSource()).contains("Stunning poster, delivered early.");

    assertThat(owner.get("api/v1/wallet/audit").json().getJsonArray("violations")).isEmpty();
  }

  private void signIn(String slug, String local, String dashboard) {
    browser.get(base + "t/" + slug + "/login");
    browser.findElement(By.id("login:email")).sendKeys(local + "@" + slug + ".test");
    browser.findElement(By.id("login:password")).sendKeys("correct-horse-1");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.textToBe(By.id("dashboard-title"), dashboard));
  }

  private void signOut() {
    browser.findElement(By.id("signout:signOut")).click();
    wait.until(ExpectedConditions.urlContains("/t/"));
  }
}
