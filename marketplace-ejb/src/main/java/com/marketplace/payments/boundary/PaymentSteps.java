package com.marketplace.payments.boundary;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.payments.control.Gateways;
import com.marketplace.payments.control.PaymentGateway;
import com.marketplace.payments.control.PaymentGateway.Charge;
import com.marketplace.payments.control.PaymentGateway.Payout;
import com.marketplace.payments.control.PaymentOutcomes;
import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.PaymentView;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.Withdrawal;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two transactions around a provider call, for {@link Wallets}: first the payment's row is
 * committed as PENDING, which claims the member's idempotency key (and, for a withdrawal, holds the
 * funds); then, after the provider answered outside any transaction, the answer is applied. Called
 * without a transaction, each method runs in one of its own (again after a lost race); the
 * settlement scan's rechecks join the scan's transaction, in which the payment's row is claimed.
 *
 * <p>Permitted to any caller of the application: reached only from {@link Wallets}, which acts for
 * the signed-in member and passes that member's id.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class PaymentSteps {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LedgerCommands ledger;
  @Inject AuditTrail audit;
  @Inject PaymentOutcomes outcomes;
  @Inject Gateways gateways;
  @Inject Clock clock;

  /**
   * How long a claimed payment may wait for its provider's answer to be recorded before the
   * settlement scan asks the provider itself: longer than any provider call may take.
   */
  @Inject
  @ConfigProperty(name = "marketplace.payments.recheck-after-seconds", defaultValue = "300")
  long recheckAfterSeconds;

  /** A payment under a member's key, and whether this request wrote it (and calls the provider). */
  public record Claim<T>(T payment, boolean ours) {}

  private static String describe(Money amount) {
    return amount.toDecimal().toPlainString() + " " + amount.currencyCode();
  }

  /**
   * Claims the key for a top-up: the earlier top-up under it if there is one (refused when it asked
   * for something else), otherwise a new PENDING one. A concurrent request that claimed the key
   * first wins on the unique key; this call then runs again and answers with its top-up.
   */
  public Claim<TopUp> claimTopUp(
      long memberId, String key, Money amount, CardNumber card, String provider) {
    Optional<TopUp> earlier = earlier(TopUp.BY_KEY, TopUp.class, memberId, key);
    if (earlier.isPresent()) {
      if (!earlier.get().sameRequest(amount, card)) {
        throw reused();
      }
      return new Claim<>(earlier.get(), false);
    }
    Instant now = clock.instant();
    var topUp = new TopUp(memberId, amount, provider, key, card, now, recheckAt(now));
    em.persist(topUp);
    em.flush(); // the unique key decides a concurrent claim here
    audit.record(AuditAction.TOP_UP_STARTED, "top_up", topUp.getId(), describe(amount));
    return new Claim<>(topUp, true);
  }

  /**
   * Claims the key for a withdrawal and holds the amount in the same transaction, so a committed
   * withdrawal always has its hold and a refused one (insufficient funds) leaves the key free. A
   * concurrent claim of the key is answered as for top-ups.
   */
  public Claim<Withdrawal> claimWithdrawal(
      long memberId, String key, Money amount, String payoutAccount, String provider) {
    Optional<Withdrawal> earlier = earlier(Withdrawal.BY_KEY, Withdrawal.class, memberId, key);
    if (earlier.isPresent()) {
      if (!earlier.get().sameRequest(amount, payoutAccount)) {
        throw reused();
      }
      return new Claim<>(earlier.get(), false);
    }
    Instant now = clock.instant();
    var withdrawal =
        new Withdrawal(memberId, amount, provider, key, payoutAccount, now, recheckAt(now));
    em.persist(withdrawal);
    em.flush(); // the unique key decides a concurrent claim before any money is held
    String ledgerKey = withdrawal.ledgerKey();
    withdrawal.held(ledger.requestWithdrawal(ledgerKey, memberId, amount, ledgerKey).holdId());
    audit.record(
        AuditAction.WITHDRAWAL_STARTED, "withdrawal", withdrawal.getId(), describe(amount));
    return new Claim<>(withdrawal, true);
  }

  /** Applies the provider's answer to a charge; a top-up that is final by now stays as it is. */
  public PaymentView charged(long topUpId, Charge answer) {
    TopUp topUp = em.find(TopUp.class, topUpId, LockModeType.PESSIMISTIC_WRITE);
    outcomes.charge(topUp, answer);
    return topUp.view();
  }

  /** Applies the provider's answer to a payout; a withdrawal that is final stays as it is. */
  public PaymentView paidOut(long withdrawalId, Payout answer) {
    Withdrawal withdrawal = em.find(Withdrawal.class, withdrawalId, LockModeType.PESSIMISTIC_WRITE);
    outcomes.payout(withdrawal, answer);
    return withdrawal.view();
  }

  /**
   * Asks the top-up's provider what became of the charge under its key, and applies the answer: for
   * a top-up whose answer was never recorded, or a charge the provider settles later. A charge the
   * provider never made failed. Joins the caller's transaction (the scan's, row locked).
   */
  public void recheckTopUp(long topUpId) {
    TopUp topUp = em.find(TopUp.class, topUpId, LockModeType.PESSIMISTIC_WRITE);
    if (topUp == null || !topUp.dueForCheck(clock.instant())) {
      return;
    }
    var provider = gateways.named(topUp.getProvider());
    outcomes.charge(
        topUp,
        provider
            .findCharge(topUp.providerKey())
            .orElseGet(() -> new Charge(null, PaymentStatus.FAILED, neverMade(provider), null)));
  }

  /** The same for a withdrawal: a payout the provider never made failed, and the funds return. */
  public void recheckWithdrawal(long withdrawalId) {
    Withdrawal withdrawal = em.find(Withdrawal.class, withdrawalId, LockModeType.PESSIMISTIC_WRITE);
    if (withdrawal == null || !withdrawal.dueForCheck(clock.instant())) {
      return;
    }
    var provider = gateways.named(withdrawal.getProvider());
    outcomes.payout(
        withdrawal,
        provider
            .findPayout(withdrawal.providerKey())
            .orElseGet(() -> new Payout(null, PaymentStatus.FAILED, neverMade(provider))));
  }

  private static String neverMade(PaymentGateway provider) {
    return "The payment did not reach " + provider.name() + "; nothing was moved.";
  }

  private <T> Optional<T> earlier(String query, Class<T> type, long memberId, String key) {
    return em.createNamedQuery(query, type)
        .setParameter("member", memberId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private Instant recheckAt(Instant now) {
    return now.plus(Duration.ofSeconds(Math.max(1, recheckAfterSeconds)));
  }

  private static ConflictException reused() {
    return new ConflictException(
        "This idempotency key was already used for a different payment; use a new key.");
  }
}
