package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.contracts.boundary.DueReleases;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Auto-release (M7): the application's own timer (scanning every 2 s in the test run) releases a
 * submitted milestone once the workspace's review period has run out, exactly once; a milestone
 * whose period has not run out, or that the client answered, stays where it is.
 */
@ExtendWith(ArquillianExtension.class)
class AutoReleaseIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            AutoReleaseIT.class,
            MilestoneClock.class,
            MarketSteps.class,
            Eventually.class,
            Api.class,
            TestFiles.class,
            Deployments.class);
  }

  @ArquillianResource URL base;
  @Inject MilestoneClock clock;
  @Inject DueReleases releases;
  @Inject TenantContext tenantContext;

  @Test
  void silentClientsMilestoneIsReleasedOnceByTheTimer() throws Exception {
    String slug = Api.uniqueSlug("auto");
    var owner = new Api(base);
    long tenantId =
        owner
            .signUpBusiness(slug, "owner@" + slug + ".test")
            .json()
            .getJsonNumber("tenantId")
            .longValue();
    owner.signIn(slug, "owner@" + slug + ".test");
    var client = Api.member(base, slug, "Client", "client", "CLIENT");
    var freelancer = Api.member(base, slug, "Freelancer", "freelancer", "FREELANCER");
    MarketSteps.topUp(client, 100_000);

    JsonObject due = submittedContract(client, freelancer, "Due one", 60_000);
    JsonObject waiting = submittedContract(client, freelancer, "Not yet due", 40_000);
    long dueId = due.getJsonNumber("id").longValue();
    long waitingId = waiting.getJsonNumber("id").longValue();
    long dueMilestone =
        due.getJsonArray("milestones").getJsonObject(0).getJsonNumber("id").longValue();
    // the review period is the workspace's 14 days: both wait
    assertFalse(due.getJsonArray("milestones").getJsonObject(0).getString("reviewDueAt").isBlank());

    tenantContext.use(tenantId);
    clock.reviewDue(dueMilestone, Instant.now().minus(Duration.ofMinutes(1)));

    JsonObject released =
        Eventually.await(
            "the release of contract " + dueId,
            () -> client.get("api/v1/contracts/" + dueId).json(),
            c -> "COMPLETED".equals(c.getString("status")));
    assertEquals(
        java.util.List.of("HIRED", "FUNDED", "SUBMITTED", "AUTO_RELEASED"),
        released.getJsonArray("history").stream()
            .map(h -> h.asJsonObject().getString("action"))
            .toList());
    assertEquals(
        "Auto-release", released.getJsonArray("history").getJsonObject(3).getString("actor"));
    assertEquals(
        54_000, freelancer.get("api/v1/wallet").json().getJsonNumber("available").longValue());

    // never twice: another scan, a direct release and the client's late approval change nothing
    Thread.sleep(4_000);
    assertFalse(releases.release(dueId));
    assertEquals(409, client.post("api/v1/contracts/" + dueId + "/approval").status());
    assertEquals(
        54_000, freelancer.get("api/v1/wallet").json().getJsonNumber("available").longValue());
    assertEquals(
        "UNDER_REVIEW", client.get("api/v1/contracts/" + waitingId).json().getString("status"));
    assertEquals(40_000, client.get("api/v1/wallet").json().getJsonNumber("inEscrow").longValue());
    assertTrue(owner.get("api/v1/wallet/audit").json().getJsonArray("violations").isEmpty());
  }

  @Test
  void answeredReviewIsNotReleased() throws Exception {
    String slug = Api.uniqueSlug("answered");
    var owner = new Api(base);
    long tenantId =
        owner
            .signUpBusiness(slug, "owner@" + slug + ".test")
            .json()
            .getJsonNumber("tenantId")
            .longValue();
    var client = Api.member(base, slug, "Client", "client", "CLIENT");
    var freelancer = Api.member(base, slug, "Freelancer", "freelancer", "FREELANCER");
    MarketSteps.topUp(client, 30_000);
    JsonObject contract = submittedContract(client, freelancer, "Answered", 30_000);
    long id = contract.getJsonNumber("id").longValue();
    long milestone =
        contract.getJsonArray("milestones").getJsonObject(0).getJsonNumber("id").longValue();
    client.postJson("api/v1/contracts/" + id + "/change-request", "{\"text\":\"One more pass\"}");
    tenantContext.use(tenantId);
    clock.reviewDue(milestone, Instant.now().minus(Duration.ofMinutes(1)));
    // a stale due time on a milestone back in progress is ignored by the scan
    Thread.sleep(5_000);
    assertEquals("IN_PROGRESS", client.get("api/v1/contracts/" + id).json().getString("status"));
    assertEquals(0L, freelancer.get("api/v1/wallet").json().getJsonNumber("available").longValue());
  }

  private static JsonObject submittedContract(
      Api client, Api freelancer, String title, long amount) {
    long id = MarketSteps.fundedContract(client, freelancer, title, amount);
    var submitted =
        MarketSteps.submit(freelancer, id, new Api.FilePart("work.pdf", TestFiles.pdf(title)));
    assertEquals(200, submitted.status(), submitted.body());
    return submitted.json();
  }
}
