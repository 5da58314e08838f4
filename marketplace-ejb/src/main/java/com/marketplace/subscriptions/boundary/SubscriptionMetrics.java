package com.marketplace.subscriptions.boundary;

import static com.marketplace.identity.entity.Role.Names.API;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.invoicing.control.DocumentNumbers;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.control.SubscriptionAccess;
import com.marketplace.subscriptions.entity.BusinessMetrics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The owner's figures of the subscription business (S5): now, and month by month. */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class SubscriptionMetrics {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject SubscriptionAccess access;
  @Inject Clock clock;

  /**
   * The figures as of now, churn and revenue of the current month: read from the running totals the
   * database keeps ({@code subscription_book}, {@code subscription_month}), two rows whatever the
   * number of subscriptions.
   */
  @RolesAllowed({OWNER, API})
  public BusinessMetrics now() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    YearMonth month = YearMonth.from(today);
    long tenantId = access.tenantId();
    long[] book =
        row(
            "SELECT mrr_twelfths, subscribers, trialing, past_due FROM subscription_book"
                + " WHERE tenant_id = ?1",
            4,
            tenantId);
    long[] thisMonth =
        row(
            "SELECT gained, lost, revenue FROM subscription_month"
                + " WHERE tenant_id = ?1 AND month = ?2",
            3,
            tenantId,
            month.atDay(1));
    long subscribers = book[1];
    long atStart = subscribers - thisMonth[0] + thisMonth[1];
    return BusinessMetrics.of(
        month,
        access.currency(),
        book[0],
        subscribers,
        book[2],
        book[3],
        thisMonth[1],
        atStart,
        thisMonth[2]);
  }

  /**
   * The last twelve months, oldest first: revenue, and MRR at each month's end (now for this one)
   * as the subscriptions paying on that day add up at their present price.
   */
  @RolesAllowed({OWNER, API})
  public List<BusinessMetrics.Month> months() {
    String currency = access.currency();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    YearMonth current = YearMonth.from(today);
    long tenantId = access.tenantId();
    Map<LocalDate, Long> revenue = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT month, revenue FROM subscription_month WHERE tenant_id = ?1"
                    + " AND month >= ?2")
            .setHint(DocumentNumbers.NATIVE, true)
            .setParameter(1, tenantId)
            .setParameter(2, current.minusMonths(11).atDay(1))
            .getResultList();
    rows.forEach(r -> revenue.put(day(r[0]), number(r[1])));
    List<BusinessMetrics.Month> months = new ArrayList<>();
    for (int back = 11; back >= 0; back--) {
      YearMonth m = current.minusMonths(back);
      LocalDate end = back == 0 ? today : m.atEndOfMonth();
      long twelfths =
          back == 0
              ? row("SELECT mrr_twelfths FROM subscription_book WHERE tenant_id = ?1", 1, tenantId)[
                  0]
              : number(
                  em.createQuery(
                          "SELECT SUM(s.mrrTwelfths) FROM Subscription s WHERE s.anchorOn <= :day"
                              + " AND s.periodsBilled > 0"
                              + " AND (s.cancelledOn IS NULL OR s.cancelledOn > :day)")
                      .setParameter("day", end)
                      .getSingleResult());
      months.add(
          new BusinessMetrics.Month(
              m.toString(),
              Money.of(BusinessMetrics.mrr(twelfths), currency),
              Money.of(revenue.getOrDefault(m.atDay(1), 0L), currency)));
    }
    return months;
  }

  /** One row of numbers (zeros when there is none yet). */
  private long[] row(String sql, int columns, Object... parameters) {
    var query = em.createNativeQuery(sql).setHint(DocumentNumbers.NATIVE, true);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    long[] numbers = new long[columns];
    @SuppressWarnings("unchecked")
    List<Object> rows = query.getResultList();
    if (!rows.isEmpty()) {
      // one column comes as its value, several as an array
      Object[] values = columns == 1 ? new Object[] {rows.get(0)} : (Object[]) rows.get(0);
      for (int i = 0; i < columns; i++) {
        numbers[i] = number(values[i]);
      }
    }
    return numbers;
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
