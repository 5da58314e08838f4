package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.identity.boundary.Registration;
import com.marketplace.identity.entity.Role;
import com.marketplace.ledger.boundary.Ledger;
import com.marketplace.ledger.boundary.LedgerAudit;
import com.marketplace.ledger.control.Accounts;
import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.payments.control.SandboxGateway;
import com.marketplace.payments.control.StripeStyleGateway;
import com.marketplace.payments.control.WebhookSignature;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Provider events: signed webhooks applied once, out-of-order events ignored, late failures. */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

  static final String SECRET = "it-webhook-secret";

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(PaymentsIT.class, PaymentFixtures.class, Deployments.class);
  }

  @ArquillianResource URL deployment;
  @Inject BusinessSignup signup;
  @Inject Registration registration;
  @Inject TenantContext tenantContext;
  @Inject PaymentFixtures fixtures;
  @Inject Accounts accounts;
  @Inject Ledger ledger;
  @Inject LedgerAudit audit;

  private long tenantId;

  private long member() {
    String slug = "pay-" + UUID.randomUUID().toString().substring(0, 8);
    var owner =
        signup.signUp(
            new BusinessSignupForm(
                "Pay " + slug,
                slug,
                "USD",
                BigDecimal.TEN,
                "#123456",
                null,
                "Pat",
                "pat@" + slug + ".test",
                "correct-horse-1"));
    tenantId = owner.tenantId();
    tenantContext.use(tenantId);
    return registration.register("Cy", "cy@p.test", "correct-horse-1", Role.CLIENT).id();
  }

  private long available(long memberId) {
    return accounts
        .find(AccountKind.MEMBER_AVAILABLE, Long.toString(memberId), "USD")
        .map(LedgerAccount::getBalance)
        .orElse(0L);
  }

  private HttpResponse<String> webhook(
      String eventId, String type, String objectId, long signedAt, String secret) throws Exception {
    String payload =
        "{\"id\":\""
            + eventId
            + "\",\"type\":\""
            + type
            + "\",\"data\":{\"object\":{\"id\":\""
            + objectId
            + "\",\"failure_message\":\"Card expired\",\"metadata\":{\"tenant_id\":\""
            + tenantId
            + "\"}}}}";
    var request =
        HttpRequest.newBuilder(URI.create(Deployments.local(deployment) + "api/v1/webhooks/stripe"))
            .header("Content-Type", "application/json")
            .header("Stripe-Signature", WebhookSignature.header(signedAt, payload, secret))
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signedSuccessCreditsOnceAndReplayedOrLateEventsChangeNothing() throws Exception {
    long member = member();
    var topUp = fixtures.pendingTopUp(member, 7_500, StripeStyleGateway.NAME, null);
    long now = Instant.now().getEpochSecond();

    var forged =
        webhook("evt_forged", "payment_intent.succeeded", topUp.getProviderRef(), now, "wrong");
    assertEquals(400, forged.statusCode());
    assertTrue(forged.body().contains("does not match"), forged.body());
    var stale =
        webhook(
            "evt_stale", "payment_intent.succeeded", topUp.getProviderRef(), now - 3600, SECRET);
    assertEquals(400, stale.statusCode());
    assertEquals(0, available(member));
    assertEquals(PaymentStatus.PENDING, fixtures.topUpStatus(topUp.getId()));

    var ok = webhook("evt_ok", "payment_intent.succeeded", topUp.getProviderRef(), now, SECRET);
    assertEquals(200, ok.statusCode());
    assertTrue(ok.body().contains("\"applied\":true"), ok.body());
    assertEquals(7_500, available(member));

    var replay = webhook("evt_ok", "payment_intent.succeeded", topUp.getProviderRef(), now, SECRET);
    assertTrue(replay.body().contains("\"applied\":false"), replay.body());
    var late =
        webhook("evt_late", "payment_intent.payment_failed", topUp.getProviderRef(), now, SECRET);
    assertEquals(200, late.statusCode());
    assertEquals(7_500, available(member));
    assertEquals(PaymentStatus.SUCCEEDED, fixtures.topUpStatus(topUp.getId()));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void payoutFailureReturnsTheFundsAndPaidPayoutLetsThemLeave() throws Exception {
    long member = member();
    ledger.topUp(UUID.randomUUID().toString(), member, 10_000, "USD", "sandbox", "seed");
    var failing = fixtures.pendingWithdrawal(member, 4_000, StripeStyleGateway.NAME);
    var paying = fixtures.pendingWithdrawal(member, 3_000, StripeStyleGateway.NAME);
    assertEquals(3_000, available(member));
    long now = Instant.now().getEpochSecond();

    webhook("evt_po_fail", "payout.failed", failing.getProviderRef(), now, SECRET);
    webhook("evt_po_paid", "payout.paid", paying.getProviderRef(), now, SECRET);
    webhook("evt_po_paid_again", "payout.failed", paying.getProviderRef(), now, SECRET);

    assertEquals(7_000, available(member));
    assertEquals(PaymentStatus.FAILED, fixtures.withdrawalStatus(failing.getId()));
    assertEquals(PaymentStatus.SUCCEEDED, fixtures.withdrawalStatus(paying.getId()));
    assertEquals(
        0L,
        accounts
            .find(AccountKind.PENDING_WITHDRAWAL, Long.toString(member), "USD")
            .map(LedgerAccount::getBalance)
            .orElse(-1L));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void sandboxChargeAcceptedFirstFailsLaterWithoutCrediting() throws Exception {
    long member = member();
    var topUp =
        fixtures.pendingTopUp(member, 5_000, SandboxGateway.NAME, Instant.now().minusSeconds(1));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (fixtures.topUpStatus(topUp.getId()) == PaymentStatus.PENDING
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }
    assertEquals(PaymentStatus.FAILED, fixtures.topUpStatus(topUp.getId()));
    assertEquals(0, available(member));
  }
}
