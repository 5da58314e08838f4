package com.marketplace.demo.boundary;

import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryStatus;
import com.marketplace.identity.control.Passwords;
import com.marketplace.identity.entity.Member;
import com.marketplace.invoicing.control.InvoiceIssuing;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo's portal customer: the first freelancer's CRM client Northwind Traders, whose portal
 * account ({@link #EMAIL}) gets the demo password; besides its paid and open invoices and the quote
 * sent to it, an overdue invoice and a few hours of time submitted for its approval. Called by
 * {@link DemoData} after the portal accounts were made (which linked the client to its account).
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DemoPortal {

  public static final String EMAIL = "nadia@northwind.example";

  /** How many of the client's latest finished entries wait for its approval. */
  static final int SUBMITTED = 4;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Passwords passwords;
  @Inject InvoiceIssuing issuing;
  @Inject Clock clock;

  public void seed(DemoMarketplace.Cast cast, String currency, String password) {
    Member nadia =
        em.createNamedQuery(Member.BY_EMAIL, Member.class)
            .setParameter("email", EMAIL)
            .getSingleResult();
    nadia.changePasswordHash(passwords.hashNew(password, nadia.getEmail()));
    nadia.verifyEmail(java.time.Instant.now());
    long fiona = cast.freelancer();
    DeskClient northwind =
        em.createQuery(
                "SELECT c FROM DeskClient c WHERE c.freelancerId = :f AND c.company = :company",
                DeskClient.class)
            .setParameter("f", fiona)
            .setParameter("company", "Northwind Traders")
            .getSingleResult();
    northwind.linkPortalAccount(nadia.getId());
    long unit = currency.equals("JPY") ? 1 : 100;
    BigDecimal vat = currency.equals("EUR") ? new BigDecimal("19") : BigDecimal.ZERO;
    var overdue =
        new Invoice(
            Issuers.member(fiona),
            fiona,
            Recipient.of(northwind),
            currency,
            14,
            null,
            null,
            clock.instant());
    overdue.add(
        List.of(
            new LineItem(
                "Inventory dashboard: supplier import",
                new BigDecimal("6"),
                "HUR",
                60 * unit,
                BigDecimal.ZERO,
                vat,
                null,
                null,
                null,
                false)));
    em.persist(overdue);
    em.flush();
    overdue.describe(14, "Payable by card in the client portal.");
    issuing.issue(overdue, fiona, clock.instant().minus(Duration.ofDays(24)));
    submitLatest(fiona, northwind.getId());
  }

  /** The latest finished drafts on the client's projects, submitted as the freelancer would. */
  private void submitLatest(long freelancer, long clientId) {
    List<Long> projects =
        em.createQuery(
                "SELECT p.id FROM Project p WHERE p.freelancerId = :f AND p.clientId = :c",
                Long.class)
            .setParameter("f", freelancer)
            .setParameter("c", clientId)
            .getResultList();
    if (projects.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    em.createQuery(
            "SELECT e FROM TimeEntry e WHERE e.projectId IN :p AND e.status = :draft"
                + " AND e.endedAt IS NOT NULL ORDER BY e.startedAt DESC",
            TimeEntry.class)
        .setParameter("p", projects)
        .setParameter("draft", TimeEntryStatus.DRAFT)
        .setMaxResults(SUBMITTED)
        .getResultList()
        .forEach(e -> e.submit(now));
  }
}
