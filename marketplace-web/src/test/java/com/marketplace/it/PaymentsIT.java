package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.Withdrawal;
import com.marketplace.platform.Money;
import com.marketplace.platform.scan.Due;
import com.marketplace.platform.scan.DueWork;
import com.marketplace.platform.scan.ForegroundWork;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider events: signed webhooks applied once, out-of-order events ignored, late failures. Member
 * requests: keys the member's own, a key reused for another payment refused, concurrent submits of
 * one key charged or paid out once, and payments left pending between the steps settled by asking
 * the provider again. The scan helper the settlement runs on, with two scans at once.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

  static final String SECRET = "it-webhook-secret";

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            PaymentsIT.class,
            PaymentFixtures.class,
            Deployments.class,
            Api.class,
            MarketSteps.class);
  }

  @ArquillianResource URL deployment;
  @Inject BusinessSignup signup;
  @Inject Registration registration;
  @Inject TenantContext tenantContext;
  @Inject PaymentFixtures fixtures;
  @Inject Accounts accounts;
  @Inject Ledger ledger;
  @Inject LedgerAudit audit;
  @Inject SandboxGateway sandbox;
  @Inject DueWork dueWork;
  @Inject ForegroundWork foreground;
  @Resource ManagedExecutorService executor;

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
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
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
    ledger.topUp(UUID.randomUUID().toString(), member, Money.of(10_000, "USD"), "sandbox", "seed");
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

  // Member requests through the API, each member signed in with a session of its own.

  record Member(Api api, long id, long tenantId) {}

  private Member signedIn(String slug, String local, String role) {
    var api = Api.member(deployment, slug, local, local, role);
    var me = api.get("api/v1/session").json();
    return new Member(
        api, me.getJsonNumber("id").longValue(), me.getJsonNumber("tenantId").longValue());
  }

  private static Api.Reply topUp(Member m, String key, long amount, String card) {
    return m.api()
        .post("api/v1/wallet/top-ups", Map.of("key", key, "amount", amount, "card", card));
  }

  private static Api.Reply withdraw(Member m, String key, long amount, String account) {
    return m.api()
        .post(
            "api/v1/wallet/withdrawals",
            Map.of("key", key, "amount", amount, "payoutAccount", account));
  }

  private static long id(Api.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonNumber("id").longValue();
  }

  @Test
  void twoMembersUsingOneKeyEachGetTheirOwnPayment() {
    String slug = Api.uniqueSlug("keys");
    Api.owner(deployment, slug);
    var ann = signedIn(slug, "ann", "CLIENT");
    var bob = signedIn(slug, "bob", "FREELANCER");
    String key = "shared-" + UUID.randomUUID();

    long annTopUp = id(topUp(ann, key, 3_000, CARD));
    long bobTopUp = id(topUp(bob, key, 5_000, CARD));
    assertNotEquals(annTopUp, bobTopUp);
    assertEquals(3_000, MarketSteps.wallet(ann.api(), "available"));
    assertEquals(5_000, MarketSteps.wallet(bob.api(), "available"));

    long annWithdrawal = id(withdraw(ann, key, 1_000, "DE89 3704 0044 0532 0130 00"));
    long bobWithdrawal = id(withdraw(bob, key, 2_000, "DE89 3704 0044 0532 0130 00"));
    assertNotEquals(annWithdrawal, bobWithdrawal);
    assertEquals(2_000, MarketSteps.wallet(ann.api(), "available"));
    assertEquals(3_000, MarketSteps.wallet(bob.api(), "available"));
    tenantContext.use(ann.tenantId());
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void aKeyReusedForAnotherPaymentIsRefusedAndAReplayAnsweredWithTheFirst() {
    String slug = Api.uniqueSlug("reuse");
    Api.owner(deployment, slug);
    var cy = signedIn(slug, "cy", "CLIENT");
    String key = UUID.randomUUID().toString();

    long first = id(topUp(cy, key, 4_000, CARD));
    assertEquals(first, id(topUp(cy, key, 4_000, "4242-4242-4242-4242")));
    var otherAmount = topUp(cy, key, 4_001, CARD);
    assertEquals(409, otherAmount.status(), otherAmount.body());
    var otherCard = topUp(cy, key, 4_000, "4000 0000 0000 0002");
    assertEquals(409, otherCard.status(), otherCard.body());
    assertEquals(4_000, MarketSteps.wallet(cy.api(), "available"));
    assertEquals(1, sandbox.calls(TopUp.providerKey(first)));

    String payoutKey = UUID.randomUUID().toString();
    long withdrawal = id(withdraw(cy, payoutKey, 1_000, "DE00 1"));
    assertEquals(withdrawal, id(withdraw(cy, payoutKey, 1_000, "DE00 1")));
    assertEquals(409, withdraw(cy, payoutKey, 1_500, "DE00 1").status());
    assertEquals(409, withdraw(cy, payoutKey, 1_000, "DE00 2").status());
    assertEquals(3_000, MarketSteps.wallet(cy.api(), "available"));

    // A refused request leaves nothing behind: the key is still free for the corrected one.
    String typo = UUID.randomUUID().toString();
    assertEquals(400, topUp(cy, typo, 2_000, "4242").status());
    assertEquals("SUCCEEDED", topUp(cy, typo, 2_000, CARD).json().getString("status"));
    String tooMuch = UUID.randomUUID().toString();
    var insufficient = withdraw(cy, tooMuch, 99_000, "DE00 1");
    assertEquals(409, insufficient.status());
    assertTrue(insufficient.body().contains("Insufficient funds"), insufficient.body());
    assertEquals("SUCCEEDED", withdraw(cy, tooMuch, 500, "DE00 1").json().getString("status"));
  }

  @Test
  void concurrentSubmitsOfOneTopUpKeyChargeOnce() throws Exception {
    String slug = Api.uniqueSlug("race");
    Api.owner(deployment, slug);
    var cy = signedIn(slug, "cy", "CLIENT");
    String key = UUID.randomUUID().toString();

    List<Api.Reply> replies = concurrently(() -> topUp(cy, key, 6_000, CARD));

    Set<Long> ids = new HashSet<>();
    for (var reply : replies) {
      ids.add(id(reply));
    }
    assertEquals(1, ids.size(), replies::toString);
    long topUp = ids.iterator().next();
    assertEquals(1, sandbox.calls(TopUp.providerKey(topUp)));
    tenantContext.use(cy.tenantId());
    assertEquals(1, fixtures.topUps(cy.id()));
    assertEquals(1, fixtures.entries(cy.id(), "TOP_UP"));
    assertEquals(PaymentStatus.SUCCEEDED, fixtures.topUpStatus(topUp));
    assertEquals(6_000, MarketSteps.wallet(cy.api(), "available"));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void concurrentWithdrawalsOfOneKeyHoldAndPayOutOnce() throws Exception {
    String slug = Api.uniqueSlug("race");
    Api.owner(deployment, slug);
    var fay = signedIn(slug, "fay", "FREELANCER");
    id(topUp(fay, UUID.randomUUID().toString(), 10_000, CARD));
    String key = UUID.randomUUID().toString();

    List<Api.Reply> replies = concurrently(() -> withdraw(fay, key, 4_000, "DE89 TEST"));

    Set<Long> ids = new HashSet<>();
    for (var reply : replies) {
      ids.add(id(reply));
    }
    assertEquals(1, ids.size(), replies::toString);
    long withdrawal = ids.iterator().next();
    assertEquals(1, sandbox.calls(Withdrawal.providerKey(withdrawal)));
    tenantContext.use(fay.tenantId());
    assertEquals(1, fixtures.withdrawals(fay.id()));
    assertEquals(1, fixtures.entries(fay.id(), "WITHDRAWAL_REQUESTED"));
    assertEquals(PaymentStatus.SUCCEEDED, fixtures.withdrawalStatus(withdrawal));
    assertEquals(6_000, MarketSteps.wallet(fay.api(), "available"));
    assertEquals(0, MarketSteps.wallet(fay.api(), "pendingWithdrawal"));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void paymentsLeftPendingBetweenTheStepsAreSettledByAskingTheProviderAgain() throws Exception {
    long member = member();
    Instant due = Instant.now().minusSeconds(1);
    // Charged, but the answer was never recorded: the scan finds the charge under the same key.
    var charged = fixtures.claimedTopUp(member, 2_500, SandboxGateway.NAME, due);
    sandbox.charge(Money.of(2_500, "USD"), CardNumber.parse(CARD), charged.providerKey());
    // Claimed, but the provider was never reached: nothing was charged, so it fails.
    var unsent = fixtures.claimedTopUp(member, 700, SandboxGateway.NAME, due);
    // Held and paid out, the answer not recorded: the funds leave once.
    ledger.topUp(UUID.randomUUID().toString(), member, Money.of(3_000, "USD"), "sandbox", "seed");
    var paid = fixtures.claimedWithdrawal(member, 1_000, SandboxGateway.NAME, due);
    sandbox.payout(Money.of(1_000, "USD"), "DE00 TEST", paid.providerKey());
    // Held, never sent: the funds return.
    var unpaid = fixtures.claimedWithdrawal(member, 500, SandboxGateway.NAME, due);

    await(() -> fixtures.topUpStatus(charged.getId()) != PaymentStatus.PENDING);
    await(() -> fixtures.topUpStatus(unsent.getId()) != PaymentStatus.PENDING);
    await(() -> fixtures.withdrawalStatus(paid.getId()) != PaymentStatus.PENDING);
    await(() -> fixtures.withdrawalStatus(unpaid.getId()) != PaymentStatus.PENDING);

    assertEquals(PaymentStatus.SUCCEEDED, fixtures.topUpStatus(charged.getId()));
    assertEquals(PaymentStatus.FAILED, fixtures.topUpStatus(unsent.getId()));
    assertEquals(PaymentStatus.SUCCEEDED, fixtures.withdrawalStatus(paid.getId()));
    assertEquals(PaymentStatus.FAILED, fixtures.withdrawalStatus(unpaid.getId()));
    assertEquals(1, sandbox.calls(charged.providerKey()), "asked again, not charged again");
    assertEquals(0, sandbox.calls(unsent.providerKey()));
    assertEquals(1, sandbox.calls(paid.providerKey()));
    assertEquals(2_500 + 3_000 - 1_000, available(member));
    assertEquals(
        0L,
        accounts
            .find(AccountKind.PENDING_WITHDRAWAL, Long.toString(member), "USD")
            .map(LedgerAccount::getBalance)
            .orElse(-1L));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void twoScansAtOnceDoEachDueRowOnceAndAFailingRowNeitherUndoesNorStopsTheOthers()
      throws Exception {
    long member = member();
    List<Long> rows = waitingTopUps(member, 30);
    long failing = rows.get(7);
    String due = waitingForWebhook(member);
    Map<Long, AtomicInteger> done = new ConcurrentHashMap<>();
    DueWork.Item work =
        id -> {
          fixtures.failTopUp(id);
          if (id == failing) {
            throw new IllegalStateException("This row fails");
          }
          done.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
          pause(Duration.ofMillis(20)); // so that the two scans overlap
        };

    // two instances running the same scan: two passes of the same rows at the same moment
    var first =
        executor.submit(
            () -> dueWork.run(Due.perTenant("scan one", "top_up", due).inBatchesOf(7), work));
    var second =
        executor.submit(
            () -> dueWork.run(Due.perTenant("scan two", "top_up", due).inBatchesOf(7), work));

    assertEquals(29, first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS));
    assertEquals(29, done.size());
    assertTrue(done.values().stream().allMatch(n -> n.get() == 1), done::toString);
    onlyTheFailingOneStaysPending(rows, failing);
  }

  @Test
  void twoGroupedScansAtOnceTellEachRowOnceAfterCommitAndAFailingRowFailsAlone() throws Exception {
    long member = member();
    List<Long> rows = waitingTopUps(member, 30);
    long failing = rows.get(7);
    String due = waitingForWebhook(member);
    Map<Long, AtomicInteger> done = new ConcurrentHashMap<>();
    Map<Long, AtomicInteger> failed = new ConcurrentHashMap<>();
    DueWork.Item work =
        id -> {
          fixtures.failTopUp(id);
          if (id == failing) {
            throw new IllegalStateException("This row fails");
          }
          pause(Duration.ofMillis(10)); // so that the two scans overlap
        };
    // told only once the group (or the row alone) committed, so each row once
    DueWork.Progress progress =
        (id, ok) ->
            (ok ? done : failed).computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();

    // groups of 5: the failing row's group rolls back and its rows are done one by one
    var first =
        executor.submit(
            () ->
                dueWork.run(
                    Due.perTenant("grouped one", "top_up", due).inBatchesOf(12).inGroupsOf(5),
                    Clock.systemUTC(),
                    work,
                    progress));
    var second =
        executor.submit(
            () ->
                dueWork.run(
                    Due.perTenant("grouped two", "top_up", due).inBatchesOf(12).inGroupsOf(5),
                    Clock.systemUTC(),
                    work,
                    progress));

    int together = first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS);
    // a row a pass found held elsewhere is left to the next pass, not waited for: the next one
    // does what these two left, and nothing they did
    int after =
        dueWork.run(
            Due.perTenant("grouped after", "top_up", due).inBatchesOf(12).inGroupsOf(5),
            Clock.systemUTC(),
            work,
            progress);
    assertEquals(29, together + after);
    assertEquals(29, done.size());
    assertTrue(done.values().stream().allMatch(n -> n.get() == 1), done::toString);
    assertEquals(Set.of(failing), failed.keySet());
    onlyTheFailingOneStaysPending(rows, failing);
  }

  @Test
  void backgroundWorkWaitsWhileForegroundWorkIsUnderWayAndThenDoesItsRows() {
    long member = member();
    List<Long> rows = waitingTopUps(member, 3);
    Due background =
        Due.perTenant("background", "top_up", waitingForWebhook(member)).inBackground();
    DueWork.Item work = fixtures::failTopUp;

    try (var run = foreground.begin()) {
      assertEquals(0, dueWork.run(background, work), "nothing done during foreground work");
      tenantContext.use(tenantId);
      for (long id : rows) {
        assertEquals(PaymentStatus.PENDING, fixtures.topUpStatus(id));
      }
    }

    assertEquals(3, dueWork.run(background, work), "done once the foreground work ended");
    tenantContext.use(tenantId);
    for (long id : rows) {
      assertEquals(PaymentStatus.FAILED, fixtures.topUpStatus(id));
    }
  }

  /** Card top-ups of the member waiting for a webhook: rows the application's own scans leave. */
  private List<Long> waitingTopUps(long member, int count) {
    List<Long> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(fixtures.pendingTopUp(member, 100 + i, StripeStyleGateway.NAME, null).getId());
    }
    return rows;
  }

  /** The due condition of a test's own scan: the member's top-ups waiting for a webhook. */
  private static String waitingForWebhook(long member) {
    return "status = 'PENDING' AND check_at IS NULL AND member_id = " + member;
  }

  /** Every row was done (its top-up failed, as the scan's work does) except the failing one. */
  private void onlyTheFailingOneStaysPending(List<Long> rows, long failing) {
    tenantContext.use(tenantId);
    assertEquals(PaymentStatus.PENDING, fixtures.topUpStatus(failing));
    for (long id : rows) {
      if (id != failing) {
        assertEquals(PaymentStatus.FAILED, fixtures.topUpStatus(id));
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static final String CARD = "4242 4242 4242 4242";
  static final int CONCURRENT = 8;

  /** Runs the request from several threads released at the same instant; all their replies. */
  private static List<Api.Reply> concurrently(Callable<Api.Reply> request) throws Exception {
    var pool = Executors.newFixedThreadPool(CONCURRENT);
    try {
      var start = new CountDownLatch(1);
      List<Future<Api.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < CONCURRENT; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.call();
                }));
      }
      start.countDown();
      List<Api.Reply> replies = new ArrayList<>();
      for (var future : futures) {
        replies.add(future.get(60, TimeUnit.SECONDS));
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }
  }
}
