package com.marketplace.it;

import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.ledger.entity.JournalEntry;
import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.Withdrawal;
import com.marketplace.platform.Money;
import com.marketplace.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/** Test data for provider events: payments as a provider left them, pending. */
@Stateless
public class PaymentFixtures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LedgerCommands ledger;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /** A top-up the provider answered "pending"; the scan asks again at {@code checkAt}. */
  public TopUp pendingTopUp(long memberId, long amount, String provider, Instant checkAt) {
    var topUp = claimedTopUp(memberId, amount, provider, checkAt);
    topUp.answeredAs(provider + "_" + UUID.randomUUID());
    return topUp;
  }

  /**
   * A top-up as a stop between claiming its key and recording the provider's answer leaves it:
   * PENDING, without a provider reference, due for the settlement scan at {@code checkAt}.
   */
  public TopUp claimedTopUp(long memberId, long amount, String provider, Instant checkAt) {
    var topUp =
        new TopUp(
            memberId,
            Money.of(amount, "USD"),
            provider,
            UUID.randomUUID().toString(),
            CardNumber.parse("4242 4242 4242 4242"),
            Instant.now(),
            checkAt);
    em.persist(topUp);
    em.flush();
    return topUp;
  }

  /** A withdrawal the provider answered "pending": held until its webhook arrives. */
  public Withdrawal pendingWithdrawal(long memberId, long amount, String provider) {
    var withdrawal = claimedWithdrawal(memberId, amount, provider, null);
    withdrawal.answeredAs("po_" + UUID.randomUUID());
    return withdrawal;
  }

  /** A withdrawal held, its payout's answer never recorded; due for the scan at {@code checkAt}. */
  public Withdrawal claimedWithdrawal(
      long memberId, long amount, String provider, Instant checkAt) {
    var withdrawal =
        new Withdrawal(
            memberId,
            Money.of(amount, "USD"),
            provider,
            UUID.randomUUID().toString(),
            "DE00 TEST",
            Instant.now(),
            checkAt);
    em.persist(withdrawal);
    em.flush();
    String key = withdrawal.ledgerKey();
    withdrawal.held(ledger.requestWithdrawal(key, memberId, Money.of(amount, "USD"), key).holdId());
    return withdrawal;
  }

  /**
   * Top-ups of the member, each of {@code amount}, in one transaction, as a billing group charges
   * into the same accounts; {@code moveBetween}: between the first and the second, the member's
   * balance is raised by one by other means than the ledger, in the same transaction.
   */
  public void topUpsInOneTransaction(long memberId, long amount, int count, boolean moveBetween)
      throws SQLException {
    for (int i = 0; i < count; i++) {
      String key = UUID.randomUUID().toString();
      ledger.topUp(key, memberId, Money.of(amount, "USD"), "sandbox", "topup:" + key);
      if (i == 0 && moveBetween) {
        try (var c = dataSource.getConnection();
            var ps =
                c.prepareStatement(
                    "UPDATE ledger_account SET balance = balance + 1"
                        + " WHERE kind = 'MEMBER_AVAILABLE' AND owner_ref = ?")) {
          ps.setString(1, Long.toString(memberId));
          ps.executeUpdate();
        }
      }
    }
  }

  public long topUps(long memberId) {
    return em.createQuery("SELECT COUNT(t) FROM TopUp t WHERE t.memberId = :m", Long.class)
        .setParameter("m", memberId)
        .getSingleResult();
  }

  public long withdrawals(long memberId) {
    return em.createQuery("SELECT COUNT(w) FROM Withdrawal w WHERE w.memberId = :m", Long.class)
        .setParameter("m", memberId)
        .getSingleResult();
  }

  /** Journal entries of a type that name the member (top-ups, withdrawal requests). */
  public long entries(long memberId, String type) {
    return em.createQuery(
            "SELECT COUNT(e) FROM JournalEntry e WHERE e.actorId = :m AND e.type = :type",
            Long.class)
        .setParameter("m", memberId)
        .setParameter("type", type)
        .getSingleResult();
  }

  /** When a journal entry was written, as the entity (and so the wallet history) reads it. */
  public Instant entryWrittenAt(long entryId) {
    return em.find(JournalEntry.class, entryId).getCreatedAt();
  }

  /** Settles a top-up as failed, in the caller's transaction. */
  public void failTopUp(long id) {
    em.find(TopUp.class, id).settle(PaymentStatus.FAILED, "Failed by the test");
  }

  public PaymentStatus topUpStatus(long id) {
    return em.find(TopUp.class, id).getStatus();
  }

  public PaymentStatus withdrawalStatus(long id) {
    return em.find(Withdrawal.class, id).getStatus();
  }
}
