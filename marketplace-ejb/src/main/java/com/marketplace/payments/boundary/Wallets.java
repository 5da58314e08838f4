package com.marketplace.payments.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.identity.control.Caller;
import com.marketplace.ledger.control.Accounts;
import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.Hold;
import com.marketplace.ledger.entity.HoldPurpose;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.payments.boundary.PaymentSteps.Claim;
import com.marketplace.payments.control.Gateways;
import com.marketplace.payments.control.PaymentGateway;
import com.marketplace.payments.control.PaymentGateway.Charge;
import com.marketplace.payments.control.PaymentGateway.Payout;
import com.marketplace.payments.control.SandboxGateway;
import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.PaymentView;
import com.marketplace.payments.entity.ProviderPayment;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.WalletLine;
import com.marketplace.payments.entity.WalletSummary;
import com.marketplace.payments.entity.Withdrawal;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A member's own wallet (W6, W7): balances, history, top-ups by card and withdrawals. Every command
 * takes an idempotency key (the form's), the member's own: a double submit moves money once, and
 * the same key with another amount, card or account is refused.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Wallets {

  private static final Logger LOG = Logger.getLogger(Wallets.class.getName());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject com.marketplace.identity.boundary.Authentication authentication;
  @Inject Tenants tenants;
  @Inject Accounts accounts;
  @Inject PaymentSteps steps;
  @Inject Gateways gateways;

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
        Money.of(available.map(LedgerAccount::getBalance).orElse(0L), currency),
        Money.of(inEscrow, currency),
        Money.of(
            account(AccountKind.PENDING_WITHDRAWAL, me, currency)
                .map(LedgerAccount::getBalance)
                .orElse(0L),
            currency));
  }

  /** Whether new top-ups go to the sandbox, whose test cards the wallet page may then name. */
  public boolean testCardsAccepted() {
    return SandboxGateway.NAME.equals(gateways.current().name());
  }

  /**
   * Charges a card through the current provider; the wallet is credited once it succeeds. In three
   * steps, none holding a transaction across the provider call: the key is claimed by committing a
   * PENDING top-up (a concurrent request with the key is answered with that top-up), the provider
   * is asked to charge under the top-up's own key, and its answer is applied. Should this stop
   * between the steps, the settlement scan asks the provider about the key later.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  /**
   * Also for portal accounts, whose card payments of invoices ride on a top-up of their (otherwise
   * unused) wallet; the portal's request guard keeps them off the wallet's own page and API.
   */
  @RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
  public PaymentView topUp(String key, Money amount, String card) {
    return charge(claimTopUp(key, amount, card), card);
  }

  /**
   * The first step of {@link #topUp} alone, in the caller's transaction when there is one: the
   * top-up under the caller's key, claimed by this call ({@link Claim#ours()}) or earlier. A caller
   * that must decide who charges together with its own rows (a card payment of an invoice) claims
   * here, commits, and then {@link #charge charges} the claim.
   */
  @RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
  public Claim<TopUp> claimTopUp(String key, Money amount, String card) {
    inWalletCurrency(amount);
    ProviderPayment.requireKey(key);
    CardNumber number = CardNumber.parse(card);
    authentication.requireVerifiedEmail(caller.ref());
    return steps.claimTopUp(
        caller.ref().memberId(), key, amount, number, gateways.current().name());
  }

  /**
   * The last two steps of {@link #topUp}, without a transaction: the provider charges the card for
   * a top-up this caller claimed, and its answer is applied. A claim that is not ours, or not the
   * caller's, is answered as the top-up stands: whoever claimed it charges it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
  public PaymentView charge(Claim<TopUp> claim, String card) {
    TopUp topUp = claim.payment();
    if (!claim.ours() || topUp.getMemberId() != caller.ref().memberId()) {
      return topUp.view();
    }
    PaymentGateway gateway = gateways.named(topUp.getProvider());
    Charge answer;
    try {
      answer = gateway.charge(topUp.getAmount(), CardNumber.parse(card), topUp.providerKey());
    } catch (MarketplaceException refused) {
      answer = new Charge(null, PaymentStatus.FAILED, refused.getMessage(), null);
      return steps.charged(topUp.getId(), answer);
    } catch (RuntimeException unknown) {
      LOG.log(
          Level.WARNING,
          "No answer from " + gateway.name() + " for top-up " + topUp.getId(),
          unknown);
      return topUp.view();
    }
    return steps.charged(topUp.getId(), answer);
  }

  /**
   * Holds the amount and pays it out; a failed payout returns it to the wallet. The same three
   * steps as a top-up: the key is claimed together with the hold, the provider pays out under the
   * withdrawal's own key, and its answer is applied.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PaymentView withdraw(String key, Money amount, String payoutAccount) {
    inWalletCurrency(amount);
    ProviderPayment.requireKey(key);
    String account = Withdrawal.requireAccount(payoutAccount);
    authentication.requireVerifiedEmail(caller.ref());
    long me = caller.ref().memberId();
    PaymentGateway gateway = gateways.current();
    Claim<Withdrawal> claim = steps.claimWithdrawal(me, key, amount, account, gateway.name());
    Withdrawal withdrawal = claim.payment();
    if (!claim.ours()) {
      return withdrawal.view();
    }
    Payout answer;
    try {
      answer = gateway.payout(amount, account, withdrawal.providerKey());
    } catch (MarketplaceException refused) {
      answer = new Payout(null, PaymentStatus.FAILED, refused.getMessage());
      return steps.paidOut(withdrawal.getId(), answer);
    } catch (RuntimeException unknown) {
      LOG.log(
          Level.WARNING,
          "No answer from " + gateway.name() + " for withdrawal " + withdrawal.getId(),
          unknown);
      return withdrawal.view();
    }
    return steps.paidOut(withdrawal.getId(), answer);
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
                  p.getCreatedAt(),
                  e.getType(),
                  e.getReference(),
                  Money.of(p.getAmount(), p.getCurrency()),
                  p.getCurrency());
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

  /** A wallet holds the workspace's currency only; an amount must be positive to move. */
  private void inWalletCurrency(Money amount) {
    if (amount == null) {
      throw new InvalidInputException("Enter an amount.");
    }
    amount.requirePositive().requireCurrency(Money.currency(currency()));
  }
}
