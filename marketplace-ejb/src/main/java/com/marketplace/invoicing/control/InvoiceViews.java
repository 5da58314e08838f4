package com.marketplace.invoicing.control;

import com.marketplace.identity.control.Directory;
import com.marketplace.invoicing.entity.DocumentLine;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoiceHistory;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceSearch;
import com.marketplace.invoicing.entity.InvoiceStatus;
import com.marketplace.invoicing.entity.InvoiceTotals;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.TaxSummary;
import com.marketplace.platform.Money;
import com.marketplace.platform.Texts;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Invoices as their readers see them: one in full, and an issuer's list filtered, paged and
 * totalled by the database (the list reads one page of rows, never the whole book).
 */
@Dependent
public class InvoiceViews {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Directory directory;
  @Inject TenantContext tenant;

  public InvoiceView view(Invoice invoice, boolean mine, LocalDate today) {
    List<InvoicePayment> payments =
        em.createNamedQuery(InvoicePayment.OF_INVOICE, InvoicePayment.class)
            .setParameter("invoice", invoice.getId())
            .getResultList();
    List<InvoiceHistory> history =
        em.createNamedQuery(InvoiceHistory.OF_INVOICE, InvoiceHistory.class)
            .setParameter("invoice", invoice.getId())
            .getResultList();
    Set<Long> people = new HashSet<>();
    history.stream().map(InvoiceHistory::getMemberId).filter(Objects::nonNull).forEach(people::add);
    var names = directory.names(people);
    return new InvoiceView(
        invoice.getId(),
        invoice.getNumber(),
        invoice.getStatus(),
        invoice.isOverdue(today),
        mine,
        issuerName(invoice),
        invoice.recipient(),
        invoice.getCurrency(),
        invoice.getIssuedOn(),
        invoice.getDueOn(),
        invoice.getTermsDays(),
        invoice.getNotes(),
        invoice.getLines().stream()
            .map(l -> InvoiceView.Line.of(l, invoice.getCurrency()))
            .toList(),
        TaxSummary.of(invoice.getLines().stream().map(DocumentLine::item).toList()),
        invoice.money(invoice.getNet()),
        invoice.money(invoice.getTax()),
        invoice.money(invoice.getGross()),
        invoice.money(invoice.getPaid()),
        invoice.money(invoice.getPending()),
        invoice.money(invoice.getStatus().isOpen() ? invoice.payable() : 0),
        invoice.getVoidReason(),
        invoice.getPdfSha() != null,
        payments.stream()
            .map(
                p ->
                    new InvoiceView.Payment(
                        p.getId(),
                        p.getMethod(),
                        invoice.money(p.getAmount()),
                        p.getStatus().name(),
                        p.getReference(),
                        p.getFailure(),
                        p.getReceiptNumber(),
                        p.getCreatedAt(),
                        p.getPaidAt()))
            .toList(),
        history.stream()
            .map(
                h ->
                    new InvoiceView.Event(
                        h.getAt(),
                        h.getMemberId() == null ? "Workspace" : names.of(h.getMemberId()),
                        h.getAction(),
                        h.getText()))
            .toList());
  }

  String issuerName(Invoice invoice) {
    return invoice.getIssuerMemberId() == null
        ? "The workspace"
        : directory.name(invoice.getIssuerMemberId());
  }

  /** A page of an issuer's invoices, newest first. */
  public List<InvoiceRow> list(
      String issuerKey, InvoiceSearch search, LocalDate today, int first, int max) {
    var where = new Where(search, today);
    List<Invoice> found =
        where
            .bind(
                em.createQuery(
                    "SELECT i FROM Invoice i WHERE i.issuerKey = :issuer"
                        + where.sql
                        + " ORDER BY i.createdAt DESC, i.id DESC",
                    Invoice.class),
                issuerKey)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    return rows(found, today);
  }

  public long count(String issuerKey, InvoiceSearch search, LocalDate today) {
    var where = new Where(search, today);
    return where
        .bind(
            em.createQuery(
                "SELECT COUNT(i) FROM Invoice i WHERE i.issuerKey = :issuer" + where.sql,
                Long.class),
            issuerKey)
        .getSingleResult();
  }

  /**
   * Count and sums per status of the invoices the filter finds (its status filter aside). The whole
   * book's come from its running totals ({@code invoice_book}, kept by the database as invoices are
   * written), a filtered list's from one aggregate; the overdue ones, a part of the open ones, are
   * counted among the open invoices alone.
   */
  public InvoiceTotals totals(
      String issuerKey, InvoiceSearch search, String currency, LocalDate today) {
    var unfiltered =
        new InvoiceSearch(null, search.clientId(), search.from(), search.to(), search.text());
    var where = new Where(unfiltered, today);
    Map<InvoiceStatus, long[]> by =
        unfiltered.equals(InvoiceSearch.all())
            ? book(issuerKey)
            : perStatus(
                where
                    .bind(
                        em.createQuery(
                            "SELECT i.status, COUNT(i), SUM(i.gross), SUM(i.paid)"
                                + " FROM Invoice i WHERE i.issuerKey = :issuer"
                                + where.sql
                                + " GROUP BY i.status",
                            Object[].class),
                        issuerKey)
                    .getResultList());
    Object[] overdue =
        where
            .bind(
                em.createQuery(
                    "SELECT COUNT(i), SUM(i.gross - i.paid) FROM Invoice i"
                        + " WHERE i.issuerKey = :issuer AND i.status IN :unpaid"
                        + " AND i.dueOn < :today"
                        + where.sql,
                    Object[].class),
                issuerKey)
            .setParameter("unpaid", List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID))
            .setParameter("today", today)
            .getSingleResult();
    long[] none = new long[3];
    long[] drafts = by.getOrDefault(InvoiceStatus.DRAFT, none);
    long[] issued = by.getOrDefault(InvoiceStatus.ISSUED, none);
    long[] partly = by.getOrDefault(InvoiceStatus.PARTIALLY_PAID, none);
    long[] paid = by.getOrDefault(InvoiceStatus.PAID, none);
    return new InvoiceTotals(
        drafts[0],
        Money.of(drafts[1], currency),
        issued[0] + partly[0],
        Money.of(issued[1] - issued[2] + partly[1] - partly[2], currency),
        count(overdue, 0),
        Money.of(count(overdue, 1), currency),
        paid[0],
        Money.of(paid[1], currency),
        by.getOrDefault(InvoiceStatus.VOID, none)[0]);
  }

  /** The issuer's running totals per status: count, gross, paid. */
  private Map<InvoiceStatus, long[]> book(String issuerKey) {
    long tenantId = tenant.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT status, invoices, gross, paid FROM invoice_book"
                    + " WHERE tenant_id = ?1 AND issuer_key = ?2")
            .setHint(DocumentNumbers.NATIVE, true)
            .setParameter(1, tenantId)
            .setParameter(2, issuerKey)
            .getResultList();
    return perStatus(
        rows.stream()
            .map(r -> new Object[] {InvoiceStatus.valueOf(r[0].toString()), r[1], r[2], r[3]})
            .toList());
  }

  private static Map<InvoiceStatus, long[]> perStatus(List<Object[]> rows) {
    Map<InvoiceStatus, long[]> by = new HashMap<>();
    rows.forEach(
        r -> by.put((InvoiceStatus) r[0], new long[] {count(r, 1), count(r, 2), count(r, 3)}));
    return by;
  }

  /**
   * The invoices an issuer wrote (drafts too) and the issued ones addressed to a member whose
   * number or recipient's name has the text in it, newest first. Each side is read newest first
   * along its own index and stops at {@code max}, so a common text is answered from the newest
   * invoices however long the book.
   */
  public List<InvoiceRow> find(
      String issuerKey, long memberId, String text, LocalDate today, int max) {
    String matches =
        " AND (LOWER(i.number) LIKE :text ESCAPE '!' OR LOWER(i.addressee.name) LIKE :text"
            + " ESCAPE '!') ORDER BY i.createdAt DESC, i.id DESC";
    List<Invoice> found = new ArrayList<>();
    found.addAll(
        em.createQuery(
                "SELECT i FROM Invoice i WHERE i.issuerKey = :issuer" + matches, Invoice.class)
            .setParameter("issuer", issuerKey)
            .setParameter("text", Texts.containing(text))
            .setMaxResults(max)
            .getResultList());
    found.addAll(
        em.createQuery(
                "SELECT i FROM Invoice i WHERE i.addressee.memberId = :member"
                    + " AND i.status <> :draft AND i.issuerKey <> :issuer"
                    + matches,
                Invoice.class)
            .setParameter("member", memberId)
            .setParameter("draft", InvoiceStatus.DRAFT)
            .setParameter("issuer", issuerKey)
            .setParameter("text", Texts.containing(text))
            .setMaxResults(max)
            .getResultList());
    found.sort(
        java.util.Comparator.comparing(Invoice::getCreatedAt, java.util.Comparator.reverseOrder())
            .thenComparing(Invoice::getId, java.util.Comparator.reverseOrder()));
    return rows(found.stream().limit(max).toList(), today);
  }

  /**
   * Addressed to the member, or to the portal account's email (whichever issuer wrote it); a member
   * who is not a portal account passes an email no address equals.
   */
  static final String ADDRESSED =
      "(i.addressee.memberId = :member OR LOWER(i.addressee.email) = :email)";

  static final String NO_EMAIL = "\u0000";

  /** The open invoices addressed to a member, oldest due first. */
  public List<InvoiceRow> toPay(
      long memberId, String portalEmail, LocalDate today, int first, int max) {
    return rows(
        em.createQuery(
                "SELECT i FROM Invoice i WHERE "
                    + ADDRESSED
                    + " AND i.status IN :open ORDER BY i.dueOn, i.id",
                Invoice.class)
            .setParameter("member", memberId)
            .setParameter("email", portalEmail == null ? NO_EMAIL : portalEmail)
            .setParameter("open", List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID))
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        today);
  }

  /** Every invoice addressed to a member that was issued, newest first. */
  public List<InvoiceRow> received(
      long memberId, String portalEmail, LocalDate today, int first, int max) {
    return rows(
        em.createQuery(
                "SELECT i FROM Invoice i WHERE "
                    + ADDRESSED
                    + " AND i.status <> :draft ORDER BY i.issuedAt DESC, i.id DESC",
                Invoice.class)
            .setParameter("member", memberId)
            .setParameter("email", portalEmail == null ? NO_EMAIL : portalEmail)
            .setParameter("draft", InvoiceStatus.DRAFT)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        today);
  }

  /** Succeeded payments of invoices addressed to a member (or portal email), newest first. */
  public List<com.marketplace.invoicing.entity.ReceivedPayment> paymentsReceived(
      long memberId, String portalEmail, int max) {
    return em
        .createQuery(
            "SELECT p, i FROM InvoicePayment p, Invoice i WHERE p.invoiceId = i.id AND "
                + ADDRESSED
                + " AND p.receiptNumber IS NOT NULL ORDER BY p.paidAt DESC, p.id DESC",
            Object[].class)
        .setParameter("member", memberId)
        .setParameter("email", portalEmail == null ? NO_EMAIL : portalEmail)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            r -> {
              var p = (InvoicePayment) r[0];
              var i = (Invoice) r[1];
              return new com.marketplace.invoicing.entity.ReceivedPayment(
                  p.getId(),
                  i.getId(),
                  i.getNumber(),
                  p.getReceiptNumber(),
                  p.getMethod(),
                  i.money(p.getAmount()),
                  p.getPaidAt());
            })
        .toList();
  }

  private List<InvoiceRow> rows(List<Invoice> found, LocalDate today) {
    var names =
        directory.names(
            found.stream()
                .map(Invoice::getIssuerMemberId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    List<InvoiceRow> rows = new ArrayList<>();
    for (Invoice i : found) {
      rows.add(
          new InvoiceRow(
              i.getId(),
              i.getNumber(),
              i.getStatus(),
              i.isOverdue(today),
              i.getIssuerMemberId() == null ? "The workspace" : names.of(i.getIssuerMemberId()),
              i.getRecipientName(),
              i.getIssuedOn(),
              i.getDueOn(),
              i.money(i.getGross()),
              i.money(i.getStatus().isOpen() ? i.getGross() - i.getPaid() : 0)));
    }
    return rows;
  }

  private static long count(Object[] row, int column) {
    return row == null || row[column] == null ? 0 : ((Number) row[column]).longValue();
  }

  /** The filter as JPQL conditions and their parameters. */
  private static final class Where {
    final String sql;
    private final Map<String, Object> params = new HashMap<>();

    Where(InvoiceSearch search, LocalDate today) {
      StringBuilder sql = new StringBuilder();
      if (InvoiceSearch.OVERDUE.equals(search.status())) {
        sql.append(" AND i.status IN :open AND i.dueOn < :overdueBefore");
        params.put("open", List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID));
        params.put("overdueBefore", today);
      } else if (search.status() != null) {
        sql.append(" AND i.status = :status");
        params.put("status", InvoiceStatus.valueOf(search.status()));
      }
      if (search.clientId() != null) {
        sql.append(" AND i.addressee.deskClientId = :client");
        params.put("client", search.clientId());
      }
      if (search.from() != null) {
        sql.append(" AND i.issuedOn >= :from");
        params.put("from", search.from());
      }
      if (search.to() != null) {
        sql.append(" AND i.issuedOn <= :to");
        params.put("to", search.to());
      }
      if (search.text() != null) {
        sql.append(
            " AND (LOWER(i.number) LIKE :text ESCAPE '!' OR LOWER(i.addressee.name) LIKE :text"
                + " ESCAPE '!')");
        params.put("text", Texts.containing(search.text()));
      }
      this.sql = sql.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query, String issuerKey) {
      query.setParameter("issuer", issuerKey);
      params.forEach(query::setParameter);
      return query;
    }
  }
}
