package com.marketplace.ledger.control;

import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.platform.Persistence;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Finds ledger accounts, opening them on first use. Opening commits on its own, so that two
 * commands racing to open the same account both end up using the one that won.
 */
@Stateless
public class Accounts {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Clock clock;
  @Inject Accounts self;

  public Optional<LedgerAccount> find(AccountKind kind, String owner, String currency) {
    return em.createNamedQuery(LedgerAccount.FIND, LedgerAccount.class)
        .setParameter("kind", kind)
        .setParameter("owner", owner)
        .setParameter("currency", currency)
        .getResultStream()
        .findFirst();
  }

  /** The id of the account, opening it if it does not exist yet. */
  public long open(AccountKind kind, String owner, String currency) {
    Optional<LedgerAccount> existing = find(kind, owner, currency);
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    try {
      return self.create(kind, owner, currency);
    } catch (EJBException raced) {
      return find(kind, owner, currency).orElseThrow(() -> raced).getId();
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long create(AccountKind kind, String owner, String currency) {
    var account = new LedgerAccount(kind, owner, currency, clock.instant());
    if (!Persistence.persistUnique(em, account)) {
      throw new IllegalStateException("Account opened concurrently");
    }
    return account.getId();
  }
}
