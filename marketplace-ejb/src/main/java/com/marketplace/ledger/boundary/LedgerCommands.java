package com.marketplace.ledger.boundary;

import static com.marketplace.ledger.entity.AccountKind.ESCROW;
import static com.marketplace.ledger.entity.AccountKind.MEMBER_AVAILABLE;
import static com.marketplace.ledger.entity.AccountKind.PENDING_WITHDRAWAL;
import static com.marketplace.ledger.entity.AccountKind.TENANT_FEES;
import static com.marketplace.ledger.entity.AccountKind.WORLD;

import com.marketplace.ledger.control.Book;
import com.marketplace.ledger.entity.Amounts;
import com.marketplace.ledger.entity.EntryType;
import com.marketplace.ledger.entity.Hold;
import com.marketplace.ledger.entity.HoldPurpose;
import com.marketplace.ledger.entity.JournalEntry;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.ledger.entity.LedgerReceipt;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.tenancy.control.TenantContext;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The money commands, each in the caller's transaction (or a new one). Features that change money
 * together with their own state call these from their boundary; everything else goes through {@link
 * Ledger}, which also retries a command that lost a race.
 *
 * <p>Permitted to any caller of the application: these are reached only from boundaries that check
 * the caller's role and ownership first.
 */
@Stateless
@PermitAll
public class LedgerCommands {

  static final String TENANT = LedgerAccount.TENANT;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Book book;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  /** Money arrived through a payment provider: WORLD(provider) → member available. */
  public LedgerReceipt topUp(
      String key, long memberId, long amount, String currency, String provider, String reference) {
    Amounts.requirePositive(amount);
    String fp = Book.fingerprint("topUp", memberId, amount, currency, provider, reference);
    return once(
        key,
        fp,
        () -> {
          long world = book.open(WORLD, provider, currency);
          long member = book.open(MEMBER_AVAILABLE, member(memberId), currency);
          var locked = book.lock(world, member);
          var entry = entry(EntryType.TOP_UP, reference, memberId, key, fp, null);
          book.post(entry, postings(world, -amount, member, amount), locked);
          return receipt(entry);
        });
  }

  /** Fund escrow: member available → the escrow account of the reference, as an open hold. */
  public LedgerReceipt hold(
      String key, long payerMemberId, long amount, String currency, String reference) {
    Amounts.requirePositive(amount);
    String fp = Book.fingerprint("hold", payerMemberId, amount, currency, reference);
    return once(
        key,
        fp,
        () -> {
          long payer = book.open(MEMBER_AVAILABLE, member(payerMemberId), currency);
          long escrow = book.open(ESCROW, reference, currency);
          return openHold(
              HoldPurpose.ESCROW,
              EntryType.HOLD,
              payer,
              escrow,
              payerMemberId,
              amount,
              currency,
              reference,
              key,
              fp);
        });
  }

  /** Post (part of) an escrow hold to the payee, minus the tenant's platform fee, in one entry. */
  public LedgerReceipt release(String key, long holdId, long amount, long payeeMemberId) {
    String fp = Book.fingerprint("release", holdId, amount, payeeMemberId);
    return once(key, fp, () -> split(key, fp, EntryType.RELEASE, holdId, amount, 0, payeeMemberId));
  }

  /** Void (part of) a hold: the funds go back to where they came from. */
  public LedgerReceipt refund(String key, long holdId, long amount) {
    String fp = Book.fingerprint("refund", holdId, amount);
    return once(key, fp, () -> split(key, fp, EntryType.REFUND, holdId, 0, amount, null));
  }

  /**
   * Dispute resolution: part of the hold to the payee (minus the fee), part back to the payer, in
   * one entry.
   */
  public LedgerReceipt split(
      String key, long holdId, long toPayee, long toPayer, long payeeMemberId) {
    String fp = Book.fingerprint("split", holdId, toPayee, toPayer, payeeMemberId);
    return once(
        key, fp, () -> split(key, fp, EntryType.SPLIT, holdId, toPayee, toPayer, payeeMemberId));
  }

  /** A withdrawal is requested: member available → pending withdrawal, as an open hold. */
  public LedgerReceipt requestWithdrawal(
      String key, long memberId, long amount, String currency, String reference) {
    Amounts.requirePositive(amount);
    String fp = Book.fingerprint("withdraw", memberId, amount, currency, reference);
    return once(
        key,
        fp,
        () -> {
          long available = book.open(MEMBER_AVAILABLE, member(memberId), currency);
          long pending = book.open(PENDING_WITHDRAWAL, member(memberId), currency);
          return openHold(
              HoldPurpose.WITHDRAWAL,
              EntryType.WITHDRAWAL_REQUESTED,
              available,
              pending,
              memberId,
              amount,
              currency,
              reference,
              key,
              fp);
        });
  }

  /** The provider paid the withdrawal out: pending withdrawal → WORLD(provider). */
  public LedgerReceipt withdrawalPaid(String key, long holdId, String provider) {
    String fp = Book.fingerprint("withdrawalPaid", holdId, provider);
    return once(
        key,
        fp,
        () -> {
          Hold hold = lockHold(holdId, HoldPurpose.WITHDRAWAL);
          long world = book.open(WORLD, provider, hold.getCurrency());
          var locked = book.lock(hold.getHoldingAccountId(), world);
          long amount = hold.getRemaining();
          hold.take(amount);
          var entry = entry(EntryType.WITHDRAWAL_PAID, hold.getReference(), null, key, fp, holdId);
          book.post(entry, postings(hold.getHoldingAccountId(), -amount, world, amount), locked);
          return receipt(entry);
        });
  }

  /** The payout failed: the funds return to the member's available balance. */
  public LedgerReceipt withdrawalFailed(String key, long holdId) {
    String fp = Book.fingerprint("withdrawalFailed", holdId);
    return once(
        key,
        fp,
        () -> {
          Hold hold = lockHold(holdId, HoldPurpose.WITHDRAWAL);
          var locked = book.lock(hold.getHoldingAccountId(), hold.getSourceAccountId());
          long amount = hold.getRemaining();
          hold.take(amount);
          var entry =
              entry(EntryType.WITHDRAWAL_FAILED, hold.getReference(), null, key, fp, holdId);
          book.post(
              entry,
              postings(hold.getHoldingAccountId(), -amount, hold.getSourceAccountId(), amount),
              locked);
          return receipt(entry);
        });
  }

  private LedgerReceipt split(
      String key,
      String fp,
      EntryType type,
      long holdId,
      long toPayee,
      long toPayer,
      Long payeeMemberId) {
    if (toPayee < 0 || toPayer < 0 || toPayee + toPayer == 0) {
      throw new InvalidInputException("The amount must be greater than zero.");
    }
    Hold hold = lockHold(holdId, HoldPurpose.ESCROW);
    String currency = hold.getCurrency();
    Map<Long, Long> postings = new HashMap<>();
    postings.merge(hold.getHoldingAccountId(), -(toPayee + toPayer), Long::sum);
    if (toPayer > 0) {
      postings.merge(hold.getSourceAccountId(), toPayer, Long::sum);
    }
    if (toPayee > 0) {
      long fee = Amounts.fee(toPayee, feeBasisPoints());
      long payee = book.open(MEMBER_AVAILABLE, member(payeeMemberId), currency);
      postings.merge(payee, toPayee - fee, Long::sum);
      if (fee > 0) {
        postings.merge(book.open(TENANT_FEES, TENANT, currency), fee, Long::sum);
      }
    }
    var locked = book.lock(postings.keySet().toArray(Long[]::new));
    hold.take(toPayee + toPayer);
    var entry = entry(type, hold.getReference(), payeeMemberId, key, fp, holdId);
    book.post(entry, postings, locked);
    return receipt(entry);
  }

  /** Moves funds from a source into a holding account as a new open hold, in one entry. */
  private LedgerReceipt openHold(
      HoldPurpose purpose,
      EntryType type,
      long source,
      long holding,
      long actor,
      long amount,
      String currency,
      String reference,
      String key,
      String fp) {
    var locked = book.lock(source, holding);
    var hold = new Hold(purpose, source, holding, currency, amount, reference, clock.instant());
    em.persist(hold);
    em.flush();
    var entry = entry(type, reference, actor, key, fp, hold.getId());
    book.post(entry, postings(source, -amount, holding, amount), locked);
    return receipt(entry);
  }

  private Hold lockHold(long holdId, HoldPurpose purpose) {
    return Optional.ofNullable(em.find(Hold.class, holdId, LockModeType.PESSIMISTIC_WRITE))
        .filter(h -> h.getPurpose() == purpose)
        .orElseThrow(() -> new NotFoundException("No such hold."));
  }

  /** Runs a command once per idempotency key: a replay returns the first receipt. */
  private LedgerReceipt once(String key, String fingerprint, Supplier<LedgerReceipt> command) {
    return book.earlier(key, fingerprint)
        .map(e -> new LedgerReceipt(e.getId(), e.getHoldId(), true))
        .orElseGet(command);
  }

  private JournalEntry entry(
      EntryType type, String reference, Long actor, String key, String fp, Long holdId) {
    return new JournalEntry(type.name(), reference, actor, key, fp, holdId, clock.instant());
  }

  private static LedgerReceipt receipt(JournalEntry entry) {
    return new LedgerReceipt(entry.getId(), entry.getHoldId(), false);
  }

  private static Map<Long, Long> postings(long a, long amountA, long b, long amountB) {
    Map<Long, Long> postings = new HashMap<>();
    postings.merge(a, amountA, Long::sum);
    postings.merge(b, amountB, Long::sum);
    return postings;
  }

  private int feeBasisPoints() {
    long tenantId =
        tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    return em.createNamedQuery(Tenant.FEE, Integer.class)
        .setParameter("id", tenantId)
        .getSingleResult();
  }

  static String member(long memberId) {
    return Long.toString(memberId);
  }
}
