package com.marketplace.ledger.control;

import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.platform.Persistence;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
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
  @Resource SessionContext session;
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
    Long created = self.create(kind, owner, currency);
    return created != null
        ? created
        : find(kind, owner, currency)
            .orElseThrow(() -> new IllegalStateException("Account opened concurrently, then gone"))
            .getId();
  }

  /** The new account's id, or null when another transaction opened it at the same moment. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Long create(AccountKind kind, String owner, String currency) {
    var account = new LedgerAccount(kind, owner, currency, clock.instant());
    if (!Persistence.persistUnique(em, account)) {
      session.setRollbackOnly();
      return null;
    }
    return account.getId();
  }
}
