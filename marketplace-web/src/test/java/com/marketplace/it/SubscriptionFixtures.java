package com.marketplace.it;

import com.marketplace.invoicing.control.DocumentNumbers;
import com.marketplace.invoicing.control.InvoiceProfiles;
import com.marketplace.invoicing.entity.Issuers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The workspace's billing details written down (its invoices need a tax id) and what billing left
 * in the database counted.
 */
@Stateless
public class SubscriptionFixtures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceProfiles profiles;

  /** The workspace bills with a business name, address and VAT id (the tenant in scope). */
  public void billingDetails() {
    profiles
        .forUpdate(Issuers.WORKSPACE)
        .write(
            "Hub Studio GmbH",
            "Torstraße 1\n10119 Berlin",
            "DE",
            "DE811907980",
            "SUB",
            14,
            "Charged automatically.",
            "");
  }

  /** How many rows the query counts (native SQL, parameters in order). */
  public long count(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql).setHint(DocumentNumbers.NATIVE, true);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
