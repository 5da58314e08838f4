package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.Money;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ledger's commands, idempotency, holds and invariants against the real database. */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application().addClasses(LedgerIT.class, PaymentFixtures.class);
  }

  @Inject BusinessSignup signup;
  @Inject Registration registration;
  @Inject TenantContext tenantContext;
  @Inject Ledger ledger;
  @Inject LedgerAudit audit;
  @Inject Accounts accounts;
  @Inject PaymentFixtures fixtures;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = com.marketplace.platform.SchemaMigration.DATA_SOURCE)
  javax.sql.DataSource dataSource;

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

  private long available(long memberId) {
    return balance(AccountKind.MEMBER_AVAILABLE, Long.toString(memberId));
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
