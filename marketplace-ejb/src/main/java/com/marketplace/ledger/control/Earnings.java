package com.marketplace.ledger.control;

import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.EntryType;
import com.marketplace.platform.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What reached a member's wallet as payment for work: the credits of releases and dispute splits to
 * their available balance (after the platform fee), added up by the database. Read side of the
 * ledger, in the caller's transaction.
 */
@Dependent
public class Earnings {

  /** The entries that pay a payee out of escrow. */
  static final List<String> PAYING = List.of(EntryType.RELEASE.name(), EntryType.SPLIT.name());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  /** Released to the member in [{@code from}, {@code to}), net of the fee. */
  public Money releasedTo(long memberId, String currency, Instant from, Instant to) {
    Number sum =
        (Number)
            em.createQuery(
                    "SELECT COALESCE(SUM(p.amount), 0) FROM Posting p, JournalEntry e,"
                        + " LedgerAccount a WHERE p.accountId = a.id AND p.entryId = e.id"
                        + " AND a.kind = :kind AND a.ownerRef = :owner AND a.currency = :currency"
                        + " AND e.type IN :paying AND p.amount > 0"
                        + " AND p.createdAt >= :from AND p.createdAt < :to")
                .setParameter("kind", AccountKind.MEMBER_AVAILABLE)
                .setParameter("owner", Long.toString(memberId))
                .setParameter("currency", currency)
                .setParameter("paying", PAYING)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    return Money.of(sum.longValue(), currency);
  }
}
