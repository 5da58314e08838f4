package com.marketplace.it;

import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.ledger.entity.JournalEntry;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.Withdrawal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/** Test data for provider events: payments as a provider left them, pending. */
@Stateless
public class PaymentFixtures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LedgerCommands ledger;

  public TopUp pendingTopUp(long memberId, long amount, String provider, Instant settleAfter) {
    var topUp =
        new TopUp(
            memberId,
            amount,
            "USD",
            provider,
            provider + "_" + UUID.randomUUID(),
            UUID.randomUUID().toString(),
            settleAfter,
            Instant.now());
    em.persist(topUp);
    return topUp;
  }

  public Withdrawal pendingWithdrawal(long memberId, long amount, String provider) {
    String key = UUID.randomUUID().toString();
    long hold =
        ledger.requestWithdrawal(key, memberId, amount, "USD", "withdrawal:" + key).holdId();
    var withdrawal =
        new Withdrawal(
            memberId,
            amount,
            "USD",
            provider,
            "po_" + UUID.randomUUID(),
            key,
            "DE00 TEST",
            hold,
            Instant.now());
    em.persist(withdrawal);
    return withdrawal;
  }

  /** When a journal entry was written, as the entity (and so the wallet history) reads it. */
  public Instant entryWrittenAt(long entryId) {
    return em.find(JournalEntry.class, entryId).getCreatedAt();
  }

  public PaymentStatus topUpStatus(long id) {
    return em.find(TopUp.class, id).getStatus();
  }

  public PaymentStatus withdrawalStatus(long id) {
    return em.find(Withdrawal.class, id).getStatus();
  }
}
