package com.marketplace.subscriptions.boundary;

import static com.marketplace.identity.entity.Role.Names.API;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.control.SubscriptionAccess;
import com.marketplace.subscriptions.entity.BillingInterval;
import com.marketplace.subscriptions.entity.BusinessMetrics;
import com.marketplace.subscriptions.entity.SubscriptionBill;
import com.marketplace.subscriptions.entity.SubscriptionStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The owner's figures of the subscription business (S5): now, and month by month. */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class SubscriptionMetrics {

  static final List<SubscriptionStatus> PAYING =
      List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE);

  /** A subscription's price per month in twelfths: its period's price, or its plan's before any. */
  private static final String TWELFTHS =
      "SUM(CASE WHEN p.interval = :monthly THEN 12 ELSE 1 END"
          + " * CASE WHEN s.periodsBilled = 0 THEN p.price ELSE s.periodPrice END)";

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject SubscriptionAccess access;
  @Inject Clock clock;

  /** The figures as of now, churn and revenue of the current month. */
  @RolesAllowed({OWNER, API})
  public BusinessMetrics now() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    YearMonth month = YearMonth.from(today);
    LocalDate start = month.atDay(1);
    LocalDate next = month.plusMonths(1).atDay(1);
    long twelfths =
        number(
            em.createQuery(
                    "SELECT "
                        + TWELFTHS
                        + " FROM Subscription s, Plan p"
                        + " WHERE p.id = s.planId AND s.status IN :paying")
                .setParameter("monthly", BillingInterval.MONTHLY)
                .setParameter("paying", PAYING)
                .getSingleResult());
    long subscribers =
        number(
            em.createQuery(
                    "SELECT COUNT(DISTINCT s.customerId) FROM Subscription s"
                        + " WHERE s.status IN :paying")
                .setParameter("paying", PAYING)
                .getSingleResult());
    long trialing = status(SubscriptionStatus.TRIALING);
    long pastDue = status(SubscriptionStatus.PAST_DUE);
    // subscribers at the month's start: paying then (past their trial, not yet cancelled)
    long atStart =
        number(
            em.createQuery(
                    "SELECT COUNT(DISTINCT s.customerId) FROM Subscription s"
                        + " WHERE s.anchorOn <= :start AND s.periodsBilled > 0"
                        + " AND (s.cancelledOn IS NULL OR s.cancelledOn >= :start)")
                .setParameter("start", start)
                .getSingleResult());
    // of them, those whose last subscription was cancelled in the month
    long lost =
        number(
            em.createQuery(
                    "SELECT COUNT(DISTINCT s.customerId) FROM Subscription s"
                        + " WHERE s.status = :cancelled AND s.cancelledOn >= :start"
                        + " AND s.cancelledOn < :next AND s.anchorOn <= :start"
                        + " AND s.periodsBilled > 0 AND NOT EXISTS (SELECT o FROM Subscription o"
                        + " WHERE o.customerId = s.customerId AND o.status IN :paying)")
                .setParameter("cancelled", SubscriptionStatus.CANCELLED)
                .setParameter("start", start)
                .setParameter("next", next)
                .setParameter("paying", PAYING)
                .getSingleResult());
    return BusinessMetrics.of(
        month,
        access.currency(),
        twelfths,
        subscribers,
        trialing,
        pastDue,
        lost,
        atStart,
        revenue(start, next));
  }

  /**
   * The last twelve months, oldest first: MRR at each month's end (today for this one), revenue.
   */
  @RolesAllowed({OWNER, API})
  public List<BusinessMetrics.Month> months() {
    String currency = access.currency();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    YearMonth current = YearMonth.from(today);
    List<BusinessMetrics.Month> months = new ArrayList<>();
    for (int back = 11; back >= 0; back--) {
      YearMonth m = current.minusMonths(back);
      LocalDate end = back == 0 ? today : m.atEndOfMonth();
      long twelfths =
          number(
              em.createQuery(
                      "SELECT "
                          + TWELFTHS
                          + " FROM Subscription s, Plan p"
                          + " WHERE p.id = s.planId AND s.anchorOn <= :day AND s.periodsBilled > 0"
                          + " AND (s.cancelledOn IS NULL OR s.cancelledOn > :day)")
                  .setParameter("monthly", BillingInterval.MONTHLY)
                  .setParameter("day", end)
                  .getSingleResult());
      months.add(
          new BusinessMetrics.Month(
              m.toString(),
              Money.of(BusinessMetrics.mrr(twelfths), currency),
              Money.of(revenue(m.atDay(1), m.plusMonths(1).atDay(1)), currency)));
    }
    return months;
  }

  private long revenue(LocalDate from, LocalDate to) {
    return number(
        em.createQuery(
                "SELECT SUM(b.amount) FROM SubscriptionBill b WHERE b.status = :paid"
                    + " AND b.paidAt >= :from AND b.paidAt < :to")
            .setParameter("paid", SubscriptionBill.Status.PAID)
            .setParameter("from", instant(from))
            .setParameter("to", instant(to))
            .getSingleResult());
  }

  private long status(SubscriptionStatus status) {
    return number(
        em.createQuery("SELECT COUNT(s) FROM Subscription s WHERE s.status = :status")
            .setParameter("status", status)
            .getSingleResult());
  }

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
