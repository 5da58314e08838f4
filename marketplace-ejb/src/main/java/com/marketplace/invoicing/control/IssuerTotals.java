package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceStatus;
import com.marketplace.invoicing.entity.IssuerFigures;
import com.marketplace.invoicing.entity.PaymentMethod;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The sums behind an issuer's dashboard figures: one pass over the issuer's open invoices (through
 * the issuer's index, by status) for unpaid and overdue, and one sum of this month's payments of
 * the issuer's invoices. No invoice or payment is loaded.
 */
@Dependent
public class IssuerTotals {

  static final List<InvoiceStatus> OPEN =
      List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID);

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  public IssuerFigures figures(String issuerKey, String currency, LocalDate today) {
    Object[] open =
        em.createQuery(
                "SELECT COUNT(i), SUM(i.gross - i.paid),"
                    + " SUM(CASE WHEN i.dueOn < :today THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN i.dueOn < :today THEN i.gross - i.paid ELSE 0 END)"
                    + " FROM Invoice i WHERE i.issuerKey = :issuer AND i.status IN :open",
                Object[].class)
            .setParameter("issuer", issuerKey)
            .setParameter("open", OPEN)
            .setParameter("today", today)
            .getSingleResult();
    LocalDate month = today.withDayOfMonth(1);
    Number revenue =
        em.createQuery(
                "SELECT SUM(p.amount) FROM InvoicePayment p, Invoice i"
                    + " WHERE p.invoiceId = i.id AND i.issuerKey = :issuer"
                    + " AND p.status = :succeeded AND p.method <> :escrow"
                    + " AND p.paidAt >= :from AND p.paidAt < :to",
                Number.class)
            .setParameter("issuer", issuerKey)
            .setParameter("succeeded", PaymentStatus.SUCCEEDED)
            .setParameter("escrow", PaymentMethod.ESCROW)
            .setParameter("from", month.atStartOfDay().toInstant(ZoneOffset.UTC))
            .setParameter("to", month.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC))
            .getSingleResult();
    return new IssuerFigures(
        sum(open[0]),
        Money.of(sum(open[1]), currency),
        sum(open[2]),
        Money.of(sum(open[3]), currency),
        month,
        Money.of(revenue == null ? 0 : revenue.longValue(), currency),
        currency);
  }

  private static long sum(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
