package com.marketplace.ledger.control;

import static com.marketplace.ledger.entity.AccountKind.ESCROW;
import static com.marketplace.ledger.entity.AccountKind.MEMBER_AVAILABLE;
import static com.marketplace.ledger.entity.AccountKind.PENDING_WITHDRAWAL;
import static com.marketplace.ledger.entity.AccountKind.SUBSCRIPTION_REVENUE;
import static com.marketplace.ledger.entity.AccountKind.TENANT_FEES;
import static com.marketplace.ledger.entity.AccountKind.WORLD;

import com.marketplace.ledger.control.Journal.Entry;
import com.marketplace.ledger.entity.EntryType;
import com.marketplace.ledger.entity.HoldPurpose;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.ledger.entity.LedgerReceipt;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The money commands, each inside the caller's transaction, together with the caller's own change
 * (a milestone funded, a top-up credited). Not a boundary: it checks neither roles nor ownership,
 * so only boundaries that checked who may move which money call it, and it refuses to run outside a
 * transaction. The boundary that started the transaction runs it again when it lost a race.
 */
@Dependent
public class LedgerCommands {

  static final String TENANT = LedgerAccount.TENANT;

  @Inject Book book;

  @Resource TransactionSynchronizationRegistry transaction;

  /**
   * Whether a money command with this idempotency key took effect (in this transaction or before),
   * for callers that must not ask again with other parameters.
   */
  public boolean done(String key) {
    requireTransaction();
    try (Journal journal = book.open()) {
      return journal.used(key);
    }
  }

  /** Money arrived through a payment provider: WORLD(provider) → member available. */
  public LedgerReceipt topUp(
      String key, long memberId, Money money, String provider, String reference) {
    long amount = money.requirePositive().minorUnits();
    String currency = money.currencyCode();
    String fp = Book.fingerprint("topUp", memberId, amount, currency, provider, reference);
    return once(
        key,
        fp,
        journal -> {
          long world = journal.account(WORLD, provider, currency);
          long member = journal.account(MEMBER_AVAILABLE, member(memberId), currency);
          var postings = postings(world, -amount, member, amount);
          var locked = journal.lock(postings.keySet());
          return journal.post(
              new Entry(EntryType.TOP_UP, reference, memberId, key, fp, null), postings, locked);
        });
  }

  /** Fund escrow: member available → the escrow account of the reference, as an open hold. */
  public LedgerReceipt hold(String key, long payerMemberId, Money money, String reference) {
    long amount = money.requirePositive().minorUnits();
    String currency = money.currencyCode();
    String fp = Book.fingerprint("hold", payerMemberId, amount, currency, reference);
    return once(
        key,
        fp,
        journal ->
            openHold(
                journal,
                HoldPurpose.ESCROW,
                new Entry(EntryType.HOLD, reference, payerMemberId, key, fp, null),
                journal.account(MEMBER_AVAILABLE, member(payerMemberId), currency),
                journal.account(ESCROW, reference, currency),
                amount,
                currency));
  }

  /**
   * Funds escrow like {@link #hold} when the payer's available balance covers the amount; when it
   * does not, nothing is written and the answer is empty, so the caller's transaction goes on (an
   * hourly contract pauses instead of failing). A replay answers the first hold; the key and its
   * fingerprint are those of {@link #hold}.
   */
  public Optional<LedgerReceipt> holdIfCovered(
      String key, long payerMemberId, Money money, String reference) {
    String fp =
        Book.fingerprint(
            "hold", payerMemberId, money.minorUnits(), money.currencyCode(), reference);
    return fromWalletIfCovered(
        key,
        fp,
        payerMemberId,
        money,
        journal -> journal.account(ESCROW, reference, money.currencyCode()),
        (journal, source, holding) ->
            new Entry(
                EntryType.HOLD,
                reference,
                payerMemberId,
                key,
                fp,
                journal.openHold(
                    HoldPurpose.ESCROW,
                    source,
                    holding,
                    money.currencyCode(),
                    money.minorUnits(),
                    reference)));
  }

  /**
   * A subscription paid from the member's wallet: member available → the workspace's subscription
   * revenue, when the available balance covers it. When it does not, nothing is written and the
   * answer is empty (the caller's dunning takes over). A replay answers the first charge.
   */
  public Optional<LedgerReceipt> chargeWalletIfCovered(
      String key, long memberId, Money money, String reference) {
    String fp =
        Book.fingerprint(
            "chargeWallet", memberId, money.minorUnits(), money.currencyCode(), reference);
    return fromWalletIfCovered(
        key,
        fp,
        memberId,
        money,
        journal -> journal.account(SUBSCRIPTION_REVENUE, TENANT, money.currencyCode()),
        (journal, source, revenue) ->
            new Entry(EntryType.SUBSCRIPTION_CHARGE, reference, memberId, key, fp, null));
  }

  /** The entry of a covered move from a wallet, written once both accounts are locked. */
  @FunctionalInterface
  private interface CoveredEntry {
    Entry of(Journal journal, long source, long destination);
  }

  /**
   * Moves the amount from the member's available balance to the destination when the balance covers
   * it, in one entry; empty, with nothing written, when it does not. A replay of the key answers
   * the first move.
   */
  private Optional<LedgerReceipt> fromWalletIfCovered(
      String key,
      String fp,
      long memberId,
      Money money,
      Function<Journal, Long> destination,
      CoveredEntry entry) {
    long amount = money.requirePositive().minorUnits();
    requireTransaction();
    try (Journal journal = book.open()) {
      var earlier = journal.earlier(key, fp);
      if (earlier.isPresent()) {
        return earlier;
      }
      long source = journal.account(MEMBER_AVAILABLE, member(memberId), money.currencyCode());
      long to = destination.apply(journal);
      var postings = postings(source, -amount, to, amount);
      var locked = journal.lock(postings.keySet());
      if (locked.get(source).balance() < amount) {
        return Optional.empty();
      }
      return Optional.of(journal.post(entry.of(journal, source, to), postings, locked));
    }
  }

  /** A subscription paid by card: WORLD(provider) → the workspace's subscription revenue. */
  public LedgerReceipt chargeCard(String key, Money money, String provider, String reference) {
    long amount = money.requirePositive().minorUnits();
    String currency = money.currencyCode();
    String fp = Book.fingerprint("chargeCard", amount, currency, provider, reference);
    return once(
        key,
        fp,
        journal -> {
          long world = journal.account(WORLD, provider, currency);
          long revenue = journal.account(SUBSCRIPTION_REVENUE, TENANT, currency);
          var postings = postings(world, -amount, revenue, amount);
          var locked = journal.lock(postings.keySet());
          return journal.post(
              new Entry(EntryType.SUBSCRIPTION_CHARGE, reference, null, key, fp, null),
              postings,
              locked);
        });
  }

  /**
   * Post (part of) an escrow hold to the payee, minus the fee the caller's rules ask for (in basis
   * points of the amount), in one entry.
   */
  public LedgerReceipt release(
      String key, long holdId, Money amount, long payeeMemberId, int feeBasisPoints) {
    String fp = Book.fingerprint("release", holdId, amount.minorUnits(), payeeMemberId);
    Money none = Money.zero(amount.currency());
    return once(
        key,
        fp,
        journal ->
            split(
                journal,
                key,
                fp,
                EntryType.RELEASE,
                holdId,
                amount,
                none,
                payeeMemberId,
                feeBasisPoints));
  }

  /** Void (part of) a hold: the funds go back to where they came from. */
  public LedgerReceipt refund(String key, long holdId, Money amount) {
    String fp = Book.fingerprint("refund", holdId, amount.minorUnits());
    Money none = Money.zero(amount.currency());
    return once(
        key,
        fp,
        journal -> split(journal, key, fp, EntryType.REFUND, holdId, none, amount, null, 0));
  }

  /**
   * Dispute resolution: part of the hold to the payee (minus the fee), part back to the payer, in
   * one entry.
   */
  public LedgerReceipt split(
      String key,
      long holdId,
      Money toPayee,
      Money toPayer,
      long payeeMemberId,
      int feeBasisPoints) {
    toPayee.requireSameCurrency(toPayer);
    String fp =
        Book.fingerprint(
            "split", holdId, toPayee.minorUnits(), toPayer.minorUnits(), payeeMemberId);
    return once(
        key,
        fp,
        journal ->
            split(
                journal,
                key,
                fp,
                EntryType.SPLIT,
                holdId,
                toPayee,
                toPayer,
                payeeMemberId,
                feeBasisPoints));
  }

  /** A withdrawal is requested: member available → pending withdrawal, as an open hold. */
  public LedgerReceipt requestWithdrawal(String key, long memberId, Money money, String reference) {
    long amount = money.requirePositive().minorUnits();
    String currency = money.currencyCode();
    String fp = Book.fingerprint("withdraw", memberId, amount, currency, reference);
    return once(
        key,
        fp,
        journal ->
            openHold(
                journal,
                HoldPurpose.WITHDRAWAL,
                new Entry(EntryType.WITHDRAWAL_REQUESTED, reference, memberId, key, fp, null),
                journal.account(MEMBER_AVAILABLE, member(memberId), currency),
                journal.account(PENDING_WITHDRAWAL, member(memberId), currency),
                amount,
                currency));
  }

  /** The provider paid the withdrawal out: pending withdrawal → WORLD(provider). */
  public LedgerReceipt withdrawalPaid(String key, long holdId, String provider) {
    String fp = Book.fingerprint("withdrawalPaid", holdId, provider);
    return once(
        key,
        fp,
        journal -> {
          LockedHold hold = journal.lockHold(holdId, HoldPurpose.WITHDRAWAL);
          long world = journal.account(WORLD, provider, hold.currency());
          return resolveWhole(journal, hold, world, EntryType.WITHDRAWAL_PAID, key, fp);
        });
  }

  /** The payout failed: the funds return to the member's available balance. */
  public LedgerReceipt withdrawalFailed(String key, long holdId) {
    String fp = Book.fingerprint("withdrawalFailed", holdId);
    return once(
        key,
        fp,
        journal -> {
          LockedHold hold = journal.lockHold(holdId, HoldPurpose.WITHDRAWAL);
          return resolveWhole(
              journal, hold, hold.sourceAccountId(), EntryType.WITHDRAWAL_FAILED, key, fp);
        });
  }

  /** Moves all that a locked hold still holds to one account, in one entry. */
  private static LedgerReceipt resolveWhole(
      Journal journal, LockedHold hold, long to, EntryType type, String key, String fp) {
    var postings = postings(hold.holdingAccountId(), -hold.remaining(), to, hold.remaining());
    var locked = journal.lock(postings.keySet());
    journal.take(hold, hold.remaining());
    return journal.post(
        new Entry(type, hold.reference(), null, key, fp, hold.id()), postings, locked);
  }

  private LedgerReceipt split(
      Journal journal,
      String key,
      String fp,
      EntryType type,
      long holdId,
      Money payeeShare,
      Money payerShare,
      Long payeeMemberId,
      int feeBasisPoints) {
    if (payeeShare.isNegative()
        || payerShare.isNegative()
        || payeeShare.plus(payerShare).isZero()) {
      throw new InvalidInputException("The amount must be greater than zero.");
    }
    LockedHold hold = journal.lockHold(holdId, HoldPurpose.ESCROW);
    String currency = hold.currency();
    payeeShare.requireCurrency(Money.currency(currency));
    long toPayee = payeeShare.minorUnits();
    long toPayer = payerShare.minorUnits();
    Map<Long, Long> postings = new HashMap<>();
    postings.merge(hold.holdingAccountId(), -(toPayee + toPayer), Long::sum);
    if (toPayer > 0) {
      postings.merge(hold.sourceAccountId(), toPayer, Long::sum);
    }
    if (toPayee > 0) {
      long fee = payeeShare.percent(BigDecimal.valueOf(feeBasisPoints, 2)).minorUnits();
      long payee = journal.account(MEMBER_AVAILABLE, member(payeeMemberId), currency);
      postings.merge(payee, toPayee - fee, Long::sum);
      if (fee > 0) {
        postings.merge(journal.account(TENANT_FEES, TENANT, currency), fee, Long::sum);
      }
    }
    var locked = journal.lock(postings.keySet());
    journal.take(hold, toPayee + toPayer);
    return journal.post(
        new Entry(type, hold.reference(), payeeMemberId, key, fp, holdId), postings, locked);
  }

  /**
   * Moves funds from a source into a holding account as a new open hold, in one entry. The accounts
   * are locked before the hold row refers to them.
   */
  private static LedgerReceipt openHold(
      Journal journal,
      HoldPurpose purpose,
      Entry entry,
      long source,
      long holding,
      long amount,
      String currency) {
    var postings = postings(source, -amount, holding, amount);
    var locked = journal.lock(postings.keySet());
    long holdId = journal.openHold(purpose, source, holding, currency, amount, entry.reference());
    return journal.post(entry.withHold(holdId), postings, locked);
  }

  /** Runs a command once per idempotency key: a replay returns the first receipt. */
  private LedgerReceipt once(String key, String fp, Function<Journal, LedgerReceipt> command) {
    requireTransaction();
    try (Journal journal = book.open()) {
      return journal.earlier(key, fp).orElseGet(() -> command.apply(journal));
    }
  }

  private void requireTransaction() {
    if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Money moves only inside the caller's transaction");
    }
  }

  private static Map<Long, Long> postings(long a, long amountA, long b, long amountB) {
    Map<Long, Long> postings = new HashMap<>();
    postings.merge(a, amountA, Long::sum);
    postings.merge(b, amountB, Long::sum);
    return postings;
  }

  static String member(long memberId) {
    return Long.toString(memberId);
  }
}
