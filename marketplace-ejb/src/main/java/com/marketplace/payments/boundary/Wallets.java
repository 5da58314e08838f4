package com.marketplace.payments.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.identity.control.Caller;
import com.marketplace.ledger.control.Accounts;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.Amounts;
import com.marketplace.ledger.entity.Hold;
import com.marketplace.ledger.entity.HoldPurpose;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.payments.control.Gateways;
import com.marketplace.payments.control.PaymentGateway;
import com.marketplace.payments.control.PaymentNotices;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.PaymentView;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.WalletLine;
import com.marketplace.payments.entity.WalletSummary;
import com.marketplace.payments.entity.Withdrawal;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member's own wallet (W6, W7): balances, history, top-ups by card and withdrawals. Every command
 * takes an idempotency key (the form's), so a double submit moves money once.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Wallets {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Tenants tenants;
  @Inject Accounts accounts;
  @Inject LedgerCommands ledger;
  @Inject PaymentNotices notices;
  @Inject Gateways gateways;
  @Inject Clock clock;
  @Inject com.marketplace.ledger.boundary.LedgerAudit ledgerAudit;

  public WalletSummary summary() {
    long me = caller.ref().memberId();
    String currency = currency();
    Optional<LedgerAccount> available = account(AccountKind.MEMBER_AVAILABLE, me, currency);
    // SUM over BIGINT comes back as a decimal on MySQL: read it as a number.
    long inEscrow =
        available
            .map(
                a ->
                    ((Number)
                            em.createQuery(
                                    "SELECT COALESCE(SUM(h.remaining), 0) FROM Hold h WHERE"
                                        + " h.sourceAccountId = :account AND h.purpose = :escrow"
                                        + " AND h.status = :open")
                                .setParameter("account", a.getId())
                                .setParameter("escrow", HoldPurpose.ESCROW)
                                .setParameter("open", Hold.Status.OPEN)
                                .getSingleResult())
                        .longValue())
            .orElse(0L);
    return new WalletSummary(
        currency,
        available.map(LedgerAccount::getBalance).orElse(0L),
        inEscrow,
        account(AccountKind.PENDING_WITHDRAWAL, me, currency)
            .map(LedgerAccount::getBalance)
            .orElse(0L));
  }

  /** The tenant's platform fee income so far, in the tenant's currency. */
  @RolesAllowed(OWNER)
  public long feeIncome() {
    return accounts
        .find(AccountKind.TENANT_FEES, LedgerAccount.TENANT, currency())
        .map(LedgerAccount::getBalance)
        .orElse(0L);
  }

  /** The ledger's invariants checked for the workspace (the owner's view of the books). */
  @RolesAllowed(OWNER)
  public com.marketplace.ledger.entity.AuditReport audit() {
    return ledgerAudit.audit();
  }

  /** Charges a card through the current provider; the wallet is credited once it succeeds. */
  public PaymentView topUp(String key, long amount, String card) {
    Amounts.requirePositive(amount);
    Optional<TopUp> earlier = byKey(TopUp.BY_KEY, TopUp.class, key);
    if (earlier.isPresent()) {
      return earlier.get().view();
    }
    long me = caller.ref().memberId();
    String currency = currency();
    PaymentGateway gateway = gateways.current();
    var charge = gateway.charge(amount, currency, card, key);
    Instant settleAfter =
        charge.settleAfter() == null ? null : clock.instant().plus(charge.settleAfter());
    var topUp =
        new TopUp(
            me,
            amount,
            currency,
            gateway.name(),
            charge.providerRef(),
            key,
            settleAfter,
            clock.instant());
    em.persist(topUp);
    em.flush();
    if (charge.status() == PaymentStatus.SUCCEEDED) {
      PaymentEvents.credit(ledger, notices, topUp);
    }
    topUp.settle(charge.status(), charge.failure());
    return topUp.view();
  }

  /** Holds the amount and pays it out; a failed payout returns it to the wallet. */
  public PaymentView withdraw(String key, long amount, String payoutAccount) {
    Amounts.requirePositive(amount);
    if (payoutAccount == null || payoutAccount.isBlank() || payoutAccount.length() > 60) {
      throw new InvalidInputException("Enter the bank account to pay out to.");
    }
    Optional<Withdrawal> earlier = byKey(Withdrawal.BY_KEY, Withdrawal.class, key);
    if (earlier.isPresent()) {
      return earlier.get().view();
    }
    long me = caller.ref().memberId();
    String currency = currency();
    PaymentGateway gateway = gateways.current();
    long holdId =
        ledger
            .requestWithdrawal("withdraw:" + key, me, amount, currency, "withdrawal:" + key)
            .holdId();
    var payout = gateway.payout(amount, currency, payoutAccount.strip(), key);
    var withdrawal =
        new Withdrawal(
            me,
            amount,
            currency,
            gateway.name(),
            payout.providerRef(),
            key,
            payoutAccount.strip(),
            holdId,
            clock.instant());
    em.persist(withdrawal);
    em.flush();
    PaymentEvents.applyPayout(ledger, notices, withdrawal, payout.status(), payout.failure());
    return withdrawal.view();
  }

  /** The member's wallet movements, newest first, optionally within [from, to) and of a type. */
  public List<WalletLine> history(Instant from, Instant to, String type, int first, int max) {
    List<Long> mine = myAccountIds();
    if (mine.isEmpty()) {
      return List.of();
    }
    return historyQuery("SELECT p, e", mine, from, to, type, Object[].class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 10_000))
        .getResultStream()
        .map(
            r -> {
              var p = (com.marketplace.ledger.entity.Posting) r[0];
              var e = (com.marketplace.ledger.entity.JournalEntry) r[1];
              return new WalletLine(
                  p.getCreatedAt(), e.getType(), e.getReference(), p.getAmount(), p.getCurrency());
            })
        .toList();
  }

  public long historyCount(Instant from, Instant to, String type) {
    List<Long> mine = myAccountIds();
    return mine.isEmpty()
        ? 0
        : historyQuery("SELECT COUNT(p)", mine, from, to, type, Long.class).getSingleResult();
  }

  private <T> jakarta.persistence.TypedQuery<T> historyQuery(
      String select, List<Long> accounts, Instant from, Instant to, String type, Class<T> result) {
    var jpql =
        new StringBuilder(select)
            .append(" FROM Posting p, JournalEntry e WHERE p.entryId = e.id")
            .append(" AND p.accountId IN :accounts");
    if (from != null) {
      jpql.append(" AND p.createdAt >= :from");
    }
    if (to != null) {
      jpql.append(" AND p.createdAt < :to");
    }
    if (type != null && !type.isBlank()) {
      jpql.append(" AND e.type = :type");
    }
    if (!select.contains("COUNT")) {
      jpql.append(" ORDER BY p.createdAt DESC, p.id DESC");
    }
    var query = em.createQuery(jpql.toString(), result).setParameter("accounts", accounts);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    if (type != null && !type.isBlank()) {
      query.setParameter("type", type);
    }
    return query;
  }

  private List<Long> myAccountIds() {
    long me = caller.ref().memberId();
    String currency = currency();
    List<Long> ids = new ArrayList<>();
    account(AccountKind.MEMBER_AVAILABLE, me, currency).ifPresent(a -> ids.add(a.getId()));
    return ids;
  }

  private Optional<LedgerAccount> account(AccountKind kind, long memberId, String currency) {
    return accounts.find(kind, Long.toString(memberId), currency);
  }

  private String currency() {
    return tenants.get(caller.ref().tenantId()).currency();
  }

  private <T> Optional<T> byKey(String query, Class<T> type, String key) {
    if (key == null || key.isBlank() || key.length() > 120) {
      throw new InvalidInputException("Every payment needs an idempotency key.");
    }
    return em.createNamedQuery(query, type).setParameter("key", key).getResultStream().findFirst();
  }
}
