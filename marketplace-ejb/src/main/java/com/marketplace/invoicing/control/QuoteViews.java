package com.marketplace.invoicing.control;

import com.marketplace.identity.control.Directory;
import com.marketplace.invoicing.entity.DocumentLine;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.invoicing.entity.QuoteRow;
import com.marketplace.invoicing.entity.QuoteStatus;
import com.marketplace.invoicing.entity.QuoteView;
import com.marketplace.invoicing.entity.TaxSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Quotes as their readers see them: one in full, an issuer's list filtered by where the quotes
 * stand today (expired: sent and past their valid-until date) and paged by the database, and the
 * quotes sent to a member.
 */
@Dependent
public class QuoteViews {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Directory directory;

  public QuoteView view(Quote quote, boolean mine, long me, LocalDate today) {
    return view(quote, mine, me, null, today);
  }

  /** The quote as the caller sees it; {@code portalEmail}: the portal account's address, if any. */
  public QuoteView view(Quote quote, boolean mine, long me, String portalEmail, LocalDate today) {
    QuoteStatus status = quote.status(today);
    return new QuoteView(
        quote.getId(),
        quote.getNumber(),
        quote.getTitle(),
        status,
        mine,
        status == QuoteStatus.SENT && quote.addressedTo(me, portalEmail),
        quote.getIssuerMemberId() == null
            ? "The workspace"
            : directory.name(quote.getIssuerMemberId()),
        quote.recipient(),
        quote.getCurrency(),
        quote.getValidUntil(),
        quote.getSentOn(),
        quote.getNotes(),
        quote.getLines().stream().map(l -> InvoiceView.Line.of(l, quote.getCurrency())).toList(),
        TaxSummary.of(quote.getLines().stream().map(DocumentLine::item).toList()),
        quote.money(quote.getNet()),
        quote.money(quote.getTax()),
        quote.money(quote.getGross()),
        quote.getPdfSha() != null,
        quote.becomesProject(),
        quote.getDecidedBy() == null ? null : directory.name(quote.getDecidedBy()),
        quote.getDecidedAt(),
        quote.getRejection(),
        quote.getProjectId(),
        quote.getContractId());
  }

  /** A page of an issuer's quotes standing as {@code status} today (null: all), newest first. */
  public List<QuoteRow> list(
      String issuerKey, QuoteStatus status, LocalDate today, int first, int max) {
    return rows(
        where(
                "SELECT q FROM Quote q WHERE q.issuerKey = :issuer",
                " ORDER BY q.createdAt DESC, q.id DESC",
                Quote.class,
                status,
                today)
            .setParameter("issuer", issuerKey)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        today);
  }

  public long count(String issuerKey, QuoteStatus status, LocalDate today) {
    return where(
            "SELECT COUNT(q) FROM Quote q WHERE q.issuerKey = :issuer",
            "",
            Long.class,
            status,
            today)
        .setParameter("issuer", issuerKey)
        .getSingleResult();
  }

  /** The quotes sent to a member, newest first. */
  public List<QuoteRow> received(
      long memberId, String portalEmail, LocalDate today, int first, int max) {
    return rows(
        em.createQuery(
                "SELECT q FROM Quote q WHERE (q.addressee.memberId = :member"
                    + " OR LOWER(q.addressee.email) = :email)"
                    + " AND q.status <> :draft ORDER BY q.sentAt DESC, q.id DESC",
                Quote.class)
            .setParameter("member", memberId)
            .setParameter("email", portalEmail == null ? InvoiceViews.NO_EMAIL : portalEmail)
            .setParameter("draft", QuoteStatus.DRAFT)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList(),
        today);
  }

  /** Sent and expired are told apart by the valid-until date; the others are stored as they are. */
  private <T> TypedQuery<T> where(
      String select, String order, Class<T> type, QuoteStatus status, LocalDate today) {
    if (status == null) {
      return em.createQuery(select + order, type);
    }
    return switch (status) {
      case SENT ->
          em.createQuery(
                  select + " AND q.status = :status AND q.validUntil >= :today" + order, type)
              .setParameter("status", QuoteStatus.SENT)
              .setParameter("today", today);
      case EXPIRED ->
          em.createQuery(select + " AND q.status = :status AND q.validUntil < :today" + order, type)
              .setParameter("status", QuoteStatus.SENT)
              .setParameter("today", today);
      default ->
          em.createQuery(select + " AND q.status = :status" + order, type)
              .setParameter("status", status);
    };
  }

  private List<QuoteRow> rows(List<Quote> found, LocalDate today) {
    var names =
        directory.names(
            found.stream()
                .map(Quote::getIssuerMemberId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    List<QuoteRow> rows = new ArrayList<>();
    for (Quote q : found) {
      rows.add(
          new QuoteRow(
              q.getId(),
              q.getNumber(),
              q.getTitle(),
              q.status(today),
              q.getIssuerMemberId() == null ? "The workspace" : names.of(q.getIssuerMemberId()),
              q.getRecipientName(),
              q.getSentOn(),
              q.getValidUntil(),
              q.money(q.getGross())));
    }
    return rows;
  }
}
