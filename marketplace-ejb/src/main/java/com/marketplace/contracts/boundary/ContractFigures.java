package com.marketplace.contracts.boundary;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.contracts.control.ContractViews;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractStatus;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.contracts.entity.MarketplaceFigures;
import com.marketplace.identity.control.Caller;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the contracts add up to: the owner's figures and disputes, a freelancer's earnings. */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, FREELANCER})
public class ContractFigures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject ContractViews views;
  @Inject Clock clock;

  /** Contracts waiting for the owner's decision, oldest first. */
  @RolesAllowed(OWNER)
  public List<ContractSummary> disputed() {
    return views.summaries(
        em.createQuery(
                "SELECT c FROM Contract c WHERE c.status = :disputed ORDER BY c.createdAt",
                Contract.class)
            .setParameter("disputed", ContractStatus.DISPUTED)
            .setMaxResults(200)
            .getResultList());
  }

  @RolesAllowed(OWNER)
  public MarketplaceFigures figures() {
    Instant monthStart =
        clock
            .instant()
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .withDayOfMonth(1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    return new MarketplaceFigures(
        sum("SELECT COALESCE(SUM(m.released), 0) FROM Milestone m", null),
        sum(
            "SELECT COALESCE(SUM(m.released), 0) FROM Milestone m WHERE m.releasedAt >= :since",
            monthStart),
        count(
            "SELECT COUNT(c) FROM Contract c WHERE c.status IN :active",
            EnumSet.of(
                ContractStatus.OPEN, ContractStatus.IN_PROGRESS, ContractStatus.UNDER_REVIEW)),
        count("SELECT COUNT(d) FROM Dispute d WHERE d.resolvedAt IS NULL", null));
  }

  /** Gross amounts released to the caller as a freelancer (before the fee). */
  @RolesAllowed(FREELANCER)
  public Money earnedGross() {
    return Money.of(
        ((Number)
                em.createQuery(
                        "SELECT COALESCE(SUM(m.released), 0) FROM Milestone m"
                            + " WHERE m.contract.freelancerId = :me")
                    .setParameter("me", caller.ref().memberId())
                    .getSingleResult())
            .longValue(),
        workspaceCurrency());
  }

  /** A sum of milestone amounts; a workspace's contracts are all in its currency. */
  private Money sum(String jpql, Instant since) {
    var q = em.createQuery(jpql);
    if (since != null) {
      q.setParameter("since", since);
    }
    return Money.of(((Number) q.getSingleResult()).longValue(), workspaceCurrency());
  }

  private String workspaceCurrency() {
    return em.find(Tenant.class, caller.ref().tenantId()).getCurrency();
  }

  private long count(String jpql, Set<ContractStatus> statuses) {
    var q = em.createQuery(jpql, Long.class);
    if (statuses != null) {
      q.setParameter("active", statuses);
    }
    return q.getSingleResult();
  }
}
