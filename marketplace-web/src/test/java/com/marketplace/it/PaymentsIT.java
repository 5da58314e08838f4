package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.identity.boundary.Registration;
import com.marketplace.identity.entity.Role;
import com.marketplace.ledger.boundary.Ledger;
import com.marketplace.ledger.boundary.LedgerAudit;
import com.marketplace.ledger.control.Accounts;
import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.InsufficientFundsException;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.payments.control.SandboxGateway;
import com.marketplace.payments.control.StripeStyleGateway;
import com.marketplace.payments.control.WebhookSignature;
import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.Withdrawal;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.Money;
import com.marketplace.platform.scan.Due;
import com.marketplace.platform.scan.DueWork;
import com.marketplace.platform.scan.ForegroundWork;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
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
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * the provider again. The scan helper the settlement runs on, with two scans at once. And the
 * ledger beneath them: its commands, idempotency, holds and invariants against the real database.
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

  @Resource(lookup = com.marketplace.platform.SchemaMigration.DATA_SOURCE)
  javax.sql.DataSource dataSource;

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

  // the ledger's commands, idempotency, holds and invariants against the real database

  record Workspace(long tenantId, List<Long> clients, List<Long> freelancers) {}

  private Workspace workspace(int clients, int freelancers) {
    String slug = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
    var owner =
        signup.signUp(
            new BusinessSignupForm(
                "Ledger " + slug,
                slug,
                "USD",
                BigDecimal.TEN,
                "#123456",
                null,
                "Owen",
                "owen@" + slug + ".test",
                "correct-horse-1"));
    tenantContext.use(owner.tenantId());
    List<Long> c = new ArrayList<>();
    List<Long> f = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      c.add(
          registration.register("C" + i, "c" + i + "@l.test", "correct-horse-1", Role.CLIENT).id());
    }
    for (int i = 0; i < freelancers; i++) {
      f.add(
          registration
              .register("F" + i, "f" + i + "@l.test", "correct-horse-1", Role.FREELANCER)
              .id());
    }
    return new Workspace(owner.tenantId(), c, f);
  }

  private long balance(AccountKind kind, String owner) {
    return accounts.find(kind, owner, "USD").map(LedgerAccount::getBalance).orElse(0L);
  }

  private static Money usd(long cents) {
    return Money.of(cents, "USD");
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  @Test
  void topUpIsIdempotentAndAKeyCannotBeReusedForAnotherCommand() {
    var w = workspace(1, 0);
    long client = w.clients().get(0);
    Instant before = Instant.now().minusSeconds(2);
    var first = ledger.topUp("top-1", client, usd(10_000), "sandbox", "topup:1");
    var replay = ledger.topUp("top-1", client, usd(10_000), "sandbox", "topup:1");

    // Written by SQL, read by the entity: both must agree on the instant (no time zone shift).
    Instant written = fixtures.entryWrittenAt(first.entryId());
    assertTrue(
        written.isAfter(before) && written.isBefore(Instant.now().plusSeconds(2)),
        () -> "entry written at " + written);
    assertFalse(first.replayed());
    assertTrue(replay.replayed());
    assertEquals(first.entryId(), replay.entryId());
    assertEquals(10_000, available(client));
    assertEquals(-10_000, balance(AccountKind.WORLD, "sandbox"));
    var reused =
        assertThrows(
            ConflictException.class,
            () -> ledger.topUp("top-1", client, usd(99_999), "sandbox", "topup:1"));
    assertTrue(reused.getMessage().contains("different money command"));
    assertEquals(10_000, available(client));
    assertThrows(
        InvalidInputException.class, () -> ledger.topUp(key(), client, usd(0), "sandbox", "x"));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void holdReleaseRefundAndSplitMoveMoneyWithTheFeeAndCloseTheHold() {
    var w = workspace(1, 1);
    long client = w.clients().get(0);
    long freelancer = w.freelancers().get(0);
    ledger.topUp(key(), client, usd(20_000), "sandbox", "topup");

    var insufficient =
        assertThrows(
            InsufficientFundsException.class,
            () -> ledger.hold(key(), client, usd(20_001), "milestone:1"));
    assertTrue(insufficient.getMessage().contains("$200.00 available"));
    assertEquals(20_000, available(client));

    long hold = ledger.hold(key(), client, usd(10_005), "milestone:1").holdId();
    assertEquals(9_995, available(client));
    assertEquals(10_005, balance(AccountKind.ESCROW, "milestone:1"));

    // Release 4 005: fee 10 % = 400.5 → 400 (half-even), the freelancer keeps the remainder.
    ledger.release(key(), hold, usd(4_005), freelancer);
    assertEquals(3_605, available(freelancer));
    assertEquals(400, balance(AccountKind.TENANT_FEES, "tenant"));
    ledger.refund(key(), hold, usd(1_000));
    assertEquals(10_995, available(client));
    // Split the remaining 5 000: 3 000 to the freelancer (fee 300), 2 000 back to the client.
    ledger.split(key(), hold, usd(3_000), usd(2_000), freelancer);
    assertEquals(3_605 + 2_700, available(freelancer));
    assertEquals(12_995, available(client));
    assertEquals(700, balance(AccountKind.TENANT_FEES, "tenant"));
    assertEquals(0, balance(AccountKind.ESCROW, "milestone:1"));

    var closed =
        assertThrows(
            InvalidInputException.class, () -> ledger.release(key(), hold, usd(1), freelancer));
    assertTrue(closed.getMessage().contains("already resolved"));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void partialReleaseKeepsTheRestHeldAndOverdrawingAHoldIsRefused() {
    var w = workspace(1, 1);
    long client = w.clients().get(0);
    long freelancer = w.freelancers().get(0);
    ledger.topUp(key(), client, usd(5_000), "sandbox", "topup");
    long hold = ledger.hold(key(), client, usd(5_000), "milestone:2").holdId();

    ledger.release(key(), hold, usd(2_000), freelancer);
    assertEquals(3_000, balance(AccountKind.ESCROW, "milestone:2"));
    assertThrows(InvalidInputException.class, () -> ledger.refund(key(), hold, usd(3_001)));
    assertEquals(3_000, balance(AccountKind.ESCROW, "milestone:2"));
    assertEquals(1, audit.audit().openHolds());
  }

  @Test
  void withdrawalIsHeldThenPaidOrReturned() {
    var w = workspace(0, 1);
    long freelancer = w.freelancers().get(0);
    ledger.topUp(key(), freelancer, usd(9_000), "sandbox", "topup");

    long paid = ledger.requestWithdrawal(key(), freelancer, usd(4_000), "withdrawal:1").holdId();
    assertEquals(5_000, available(freelancer));
    assertEquals(4_000, balance(AccountKind.PENDING_WITHDRAWAL, Long.toString(freelancer)));
    ledger.withdrawalPaid(key(), paid, "sandbox");
    assertEquals(0, balance(AccountKind.PENDING_WITHDRAWAL, Long.toString(freelancer)));
    assertEquals(-5_000, balance(AccountKind.WORLD, "sandbox"));

    long failed = ledger.requestWithdrawal(key(), freelancer, usd(5_000), "withdrawal:2").holdId();
    assertEquals(0, available(freelancer));
    ledger.withdrawalFailed(key(), failed);
    assertEquals(5_000, available(freelancer));
    assertThrows(
        InsufficientFundsException.class,
        () -> ledger.requestWithdrawal(key(), freelancer, usd(5_001), "withdrawal:3"));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void commandsOfOneTransactionTakeTheAccountsItHoldsAndRefuseOneMovedOtherwise() throws Exception {
    var w = workspace(1, 0);
    long client = w.clients().get(0);
    tenantContext.use(w.tenantId());
    // three top-ups in one transaction: the second and third take the accounts the first locked
    fixtures.topUpsInOneTransaction(client, 1_000, 3, false);
    assertEquals(3_000, available(client));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
    // a held balance moved by other means: the next command refuses to write over it, and the
    // whole transaction rolls back
    assertThrows(EJBException.class, () -> fixtures.topUpsInOneTransaction(client, 1_000, 2, true));
    assertEquals(3_000, available(client));
    assertTrue(audit.audit().clean(), () -> audit.audit().violations().toString());
  }

  @Test
  void auditorReportsABalanceThatNoLongerMatchesItsPostings() throws Exception {
    var w = workspace(1, 0);
    long client = w.clients().get(0);
    ledger.topUp(key(), client, usd(1_000), "sandbox", "topup");
    long account =
        accounts
            .find(AccountKind.MEMBER_AVAILABLE, Long.toString(client), "USD")
            .orElseThrow()
            .getId();
    try (var c = dataSource.getConnection();
        var ps =
            c.prepareStatement("UPDATE ledger_account SET balance = balance + 1 WHERE id = ?")) {
      ps.setLong(1, account);
      assertEquals(1, ps.executeUpdate());
    }

    var report = audit.audit();
    assertFalse(report.clean());
    assertTrue(
        report
            .violations()
            .contains("account " + account + " caches 1001 but its postings sum to 1000"),
        report.violations()::toString);
    assertTrue(
        report.violations().contains("balances in USD sum to 1"), report.violations()::toString);
  }

  /**
   * 32 threads issue mixed commands on a few hot accounts, some keys twice at the same moment;
   * afterwards every invariant holds and the balances equal an independent model of the commands
   * that took effect.
   */
  @Test
  void concurrentMixedCommandsLoseNothingAndMatchAnIndependentModel() throws Exception {
    var w = workspace(3, 2);
    long tenantId = w.tenantId();
    int feeBp = 1000;
    Map<Long, AtomicLong> model = new ConcurrentHashMap<>();
    AtomicLong fees = new AtomicLong();
    AtomicLong world = new AtomicLong();
    List<long[]> openHolds = new CopyOnWriteArrayList<>(); // {holdId, payer}
    Map<Long, AtomicLong> holdLeft = new ConcurrentHashMap<>();
    Map<Long, String> holdRef = new ConcurrentHashMap<>();
    var members = new ArrayList<Long>();
    members.addAll(w.clients());
    members.addAll(w.freelancers());
    members.forEach(m -> model.put(m, new AtomicLong()));
    AtomicLong effects = new AtomicLong();
    AtomicLong replays = new AtomicLong();

    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < 32; t++) {
      long seed = 1000L + t;
      tasks.add(
          () -> {
            var random = new Random(seed);
            for (int i = 0; i < 25; i++) {
              int op = random.nextInt(10);
              long member = members.get(random.nextInt(members.size()));
              long amount = 1 + random.nextInt(3_000);
              String k = "k-" + seed + "-" + i;
              try {
                if (op < 3) {
                  var r =
                      inTenant(tenantId, () -> ledger.topUp(k, member, usd(amount), "sandbox", k));
                  if (!r.replayed()) {
                    model.get(member).addAndGet(amount);
                    world.addAndGet(-amount);
                    effects.incrementAndGet();
                  }
                } else if (op < 6) {
                  var r = inTenant(tenantId, () -> ledger.hold(k, member, usd(amount), "job:" + k));
                  if (!r.replayed()) {
                    model.get(member).addAndGet(-amount);
                    holdLeft.put(r.holdId(), new AtomicLong(amount));
                    holdRef.put(r.holdId(), "job:" + k);
                    openHolds.add(new long[] {r.holdId(), member});
                    effects.incrementAndGet();
                  }
                } else if (!openHolds.isEmpty()) {
                  long[] h = openHolds.get(random.nextInt(openHolds.size()));
                  long part = 1 + random.nextInt(1_500);
                  long payee = w.freelancers().get(random.nextInt(w.freelancers().size()));
                  boolean release = op < 9;
                  var r =
                      inTenant(
                          tenantId,
                          () ->
                              release
                                  ? ledger.release(k, h[0], usd(part), payee)
                                  : ledger.refund(k, h[0], usd(part)));
                  if (!r.replayed()) {
                    holdLeft.get(h[0]).addAndGet(-part);
                    if (release) {
                      long fee = usd(part).percent(BigDecimal.valueOf(feeBp, 2)).minorUnits();
                      model.get(payee).addAndGet(part - fee);
                      fees.addAndGet(fee);
                    } else {
                      model.get(h[1]).addAndGet(part);
                    }
                    effects.incrementAndGet();
                  }
                }
                // Some commands are sent again with the same key: nothing more may happen.
                if (random.nextInt(4) == 0 && op < 3) {
                  var again =
                      inTenant(tenantId, () -> ledger.topUp(k, member, usd(amount), "sandbox", k));
                  assertTrue(again.replayed());
                  replays.incrementAndGet();
                }
              } catch (MarketplaceException refused) {
                // insufficient funds or an exhausted hold: refused, and nothing moved
              }
            }
            return null;
          });
    }
    // The same command with the same key from two threads at the same moment.
    for (int t = 0; t < 16; t++) {
      long member = w.clients().get(t % w.clients().size());
      String k = "twin-" + t;
      Callable<Void> twin =
          () -> {
            var r = inTenant(tenantId, () -> ledger.topUp(k, member, usd(100), "sandbox", k));
            if (!r.replayed()) {
              model.get(member).addAndGet(100);
              world.addAndGet(-100);
              effects.incrementAndGet();
            } else {
              replays.incrementAndGet();
            }
            return null;
          };
      tasks.add(twin);
      tasks.add(twin);
    }
    java.util.Collections.shuffle(tasks, new Random(7));
    List<Future<Void>> futures = executor.invokeAll(tasks);
    for (Future<Void> f : futures) {
      f.get();
    }

    var report = audit.audit();
    assertTrue(report.clean(), () -> report.violations().toString());
    for (long member : members) {
      assertEquals(model.get(member).get(), available(member), "available of member " + member);
    }
    assertEquals(fees.get(), balance(AccountKind.TENANT_FEES, "tenant"));
    assertEquals(world.get(), balance(AccountKind.WORLD, "sandbox"));
    long held = holdLeft.values().stream().mapToLong(AtomicLong::get).sum();
    long escrow =
        holdRef.values().stream().mapToLong(ref -> balance(AccountKind.ESCROW, ref)).sum();
    assertEquals(held, escrow, "escrow equals what the model still holds");
    assertEquals(effects.get(), report.entries(), "one entry per command that took effect");
    assertTrue(replays.get() >= 16, "every twin pair answered one of its two calls as a replay");
  }

  private <T> T inTenant(long tenantId, Callable<T> call) throws Exception {
    RequestContextController request = CDI.current().select(RequestContextController.class).get();
    request.activate();
    try {
      CDI.current().select(TenantContext.class).get().use(tenantId);
      return call.call();
    } finally {
      request.deactivate();
    }
  }
}
