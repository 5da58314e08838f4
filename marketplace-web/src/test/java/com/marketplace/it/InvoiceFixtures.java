package com.marketplace.it;

import com.marketplace.invoicing.control.DocumentNumbers;
import com.marketplace.notifications.entity.EmailAttachment;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What invoicing queued for the mailer (emails to an address, their files, whether they went), and
 * rows moved in time as days passing would (a due date, a payment's day, a quote's valid-until
 * date).
 */
@Stateless
public class InvoiceFixtures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject DocumentNumbers numbers;
  @Inject TenantContext tenantContext;

  /**
   * Takes the issuer's next invoice number, then fails: the transaction rolls back, as an issue
   * does that fails after its number was taken (a print that cannot be written, a lost connection).
   */
  public void takeANumberAndFail(String issuerKey, int year) {
    numbers.next(issuerKey, DocumentNumbers.INVOICE, year, "INV");
    throw new IllegalStateException("the issue fails after taking its number");
  }

  /**
   * Takes {@code count} numbers of the series in one transaction of the workspace, as a billing
   * group takes one per invoice; {@code fail}: the transaction then fails and rolls back.
   */
  public List<String> takeNumbers(
      long tenantId, String issuerKey, int year, int count, boolean fail) {
    tenantContext.use(tenantId);
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      taken.add(numbers.next(issuerKey, DocumentNumbers.QUOTE, year, "T"));
    }
    if (fail) {
      throw new IllegalStateException("the transaction fails after taking " + taken);
    }
    return taken;
  }

  /** The provider's reference of the top-up a card payment of an invoice rides on. */
  public String cardCharge(long paymentId) {
    return em.createQuery(
            "SELECT t.providerRef FROM TopUp t WHERE t.idempotencyKey = :key", String.class)
        .setParameter("key", "invoice-payment:" + paymentId)
        .getSingleResult();
  }

  /** Emails to the address whose subject ends with the label; {@code sent}: only those sent. */
  public long emails(String to, String label, boolean sent) {
    return em.createQuery(
            "SELECT COUNT(e) FROM EmailMessage e WHERE e.to = :to AND e.subject LIKE :s"
                + (sent ? " AND e.status = 'SENT'" : ""),
            Long.class)
        .setParameter("to", to)
        .setParameter("s", "%" + label)
        .getSingleResult();
  }

  /** Moves a sent quote's valid-until date into the past, as if the days had gone by. */
  public void expireQuote(long quoteId) {
    em.createNativeQuery(
            "UPDATE quote SET valid_until = DATE_SUB(UTC_DATE(), INTERVAL 1 DAY) WHERE id = ?1")
        .setHint(DocumentNumbers.NATIVE, true)
        .setParameter(1, quoteId)
        .executeUpdate();
  }

  /** The files of the emails to the address, as "name:first four bytes". */
  public List<String> attachments(String to) {
    List<Long> ids =
        em.createQuery("SELECT e.id FROM EmailMessage e WHERE e.to = :to", Long.class)
            .setParameter("to", to)
            .getResultList();
    return ids.stream()
        .flatMap(
            id ->
                em
                    .createNamedQuery(EmailAttachment.OF_EMAIL, EmailAttachment.class)
                    .setParameter("email", id)
                    .getResultList()
                    .stream())
        .map(
            a ->
                a.getFileName()
                    + ":"
                    + new String(
                        a.getContent(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
        .toList();
  }

  /** Runs a statement on the database as it stands (e.g. a due date moved into the past). */
  public int sql(String statement, Object... parameters) {
    var query = em.createNativeQuery(statement);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }
}
