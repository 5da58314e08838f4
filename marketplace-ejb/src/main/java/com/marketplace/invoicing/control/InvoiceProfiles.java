package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceProfile;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * An issuer's invoicing profile: the one it wrote, or the standard one until it writes one. Read
 * once per transaction: issuing an invoice and numbering its receipt in one transaction (a billing
 * run's) ask twice, and the second gets the same object, which is also the one a change in the
 * transaction wrote.
 */
@Dependent
public class InvoiceProfiles {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry registry;

  /** The key under which a transaction keeps an issuer's profile. */
  private record Read(String issuerKey) {}

  public InvoiceProfile of(String issuerKey) {
    boolean inTransaction =
        registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE;
    if (inTransaction && registry.getResource(new Read(issuerKey)) instanceof InvoiceProfile p) {
      return p;
    }
    InvoiceProfile profile =
        em.createNamedQuery(InvoiceProfile.OF_ISSUER, InvoiceProfile.class)
            .setParameter("issuer", issuerKey)
            .getResultStream()
            .findFirst()
            .orElseGet(() -> InvoiceProfile.standard(issuerKey));
    if (inTransaction) {
      registry.putResource(new Read(issuerKey), profile);
    }
    return profile;
  }

  /** The issuer's profile to change: kept from now on if it was the standard one. */
  public InvoiceProfile forUpdate(String issuerKey) {
    InvoiceProfile profile = of(issuerKey);
    if (!em.contains(profile)) {
      em.persist(profile);
    }
    return profile;
  }
}
