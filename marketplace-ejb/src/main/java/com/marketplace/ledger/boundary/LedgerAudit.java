package com.marketplace.ledger.boundary;

import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.AuditReport;
import com.marketplace.ledger.entity.Hold;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the invariants of the current tenant's ledger: every entry sums to zero; the balances of
 * each currency sum to zero; no account but WORLD is negative; every holding account holds exactly
 * its open holds; every cached balance equals the sum of its postings; every idempotency key has
 * exactly one entry. Read-only; the owner's wallet page and the tests run it.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class LedgerAudit {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  public AuditReport audit() {
    List<String> violations = new ArrayList<>();
    rows("SELECT p.entryId, SUM(p.amount) FROM Posting p GROUP BY p.entryId"
            + " HAVING SUM(p.amount) <> 0")
        .forEach(r -> violations.add("entry " + r[0] + " sums to " + r[1]));
    rows("SELECT a.currency, SUM(a.balance) FROM LedgerAccount a GROUP BY a.currency"
            + " HAVING SUM(a.balance) <> 0")
        .forEach(r -> violations.add("balances in " + r[0] + " sum to " + r[1]));
    em.createQuery(
            "SELECT a.id, a.kind, a.balance FROM LedgerAccount a"
                + " WHERE a.balance < 0 AND a.kind <> :world",
            Object[].class)
        .setParameter("world", AccountKind.WORLD)
        .getResultList()
        .forEach(r -> violations.add("account " + r[0] + " (" + r[1] + ") is negative: " + r[2]));
    em
        .createQuery(
            "SELECT a.id, a.balance, (SELECT COALESCE(SUM(h.remaining), 0) FROM Hold h"
                + " WHERE h.holdingAccountId = a.id AND h.status = :open)"
                + " FROM LedgerAccount a WHERE a.kind IN :holding",
            Object[].class)
        .setParameter("holding", List.of(AccountKind.ESCROW, AccountKind.PENDING_WITHDRAWAL))
        .setParameter("open", Hold.Status.OPEN)
        .getResultList()
        .stream()
        .filter(r -> ((Number) r[1]).longValue() != ((Number) r[2]).longValue())
        .forEach(
            r -> violations.add("account " + r[0] + " holds " + r[1] + " for holds of " + r[2]));
    rows(
            "SELECT a.id, a.balance, (SELECT COALESCE(SUM(p.amount), 0) FROM Posting p"
                + " WHERE p.accountId = a.id) FROM LedgerAccount a")
        .stream()
        .filter(r -> ((Number) r[1]).longValue() != ((Number) r[2]).longValue())
        .forEach(
            r ->
                violations.add(
                    "account " + r[0] + " caches " + r[1] + " but its postings sum to " + r[2]));
    rows("SELECT e.idempotencyKey, COUNT(e) FROM JournalEntry e GROUP BY e.idempotencyKey"
            + " HAVING COUNT(e) <> 1")
        .forEach(r -> violations.add("idempotency key " + r[0] + " has " + r[1] + " entries"));
    return new AuditReport(
        count("SELECT COUNT(a) FROM LedgerAccount a"),
        count("SELECT COUNT(e) FROM JournalEntry e"),
        count("SELECT COUNT(p) FROM Posting p"),
        count(
            "SELECT COUNT(h) FROM Hold h WHERE h.status = com.marketplace.ledger.entity.Hold.Status.OPEN"),
        violations);
  }

  private List<Object[]> rows(String jpql) {
    return em.createQuery(jpql, Object[].class).getResultList();
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }
}
