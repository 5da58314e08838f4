package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceProfile;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** An issuer's invoicing profile: the one it wrote, or the standard one until it writes one. */
@Dependent
public class InvoiceProfiles {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  public InvoiceProfile of(String issuerKey) {
    return em.createNamedQuery(InvoiceProfile.OF_ISSUER, InvoiceProfile.class)
        .setParameter("issuer", issuerKey)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> InvoiceProfile.standard(issuerKey));
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
