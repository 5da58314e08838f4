package com.marketplace.it;

import com.marketplace.invoicing.control.DocumentNumbers;
import com.marketplace.invoicing.control.InvoiceProfiles;
import com.marketplace.invoicing.entity.Issuers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * The workspace's billing details written down (its invoices need a tax id), what billing left in
 * the database counted, and a subscription's row changed behind billing's back.
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

  /**
   * Makes the subscription's last period billed due again on {@code on}, by plain SQL, as a broken
   * write would.
   */
  public void billLastPeriodAgain(long subscriptionId, LocalDate on) {
    em.createNativeQuery(
            "UPDATE subscription SET periods_billed = periods_billed - 1, next_bill_on = ?1"
                + " WHERE id = ?2")
        .setParameter(1, on)
        .setParameter(2, subscriptionId)
        .executeUpdate();
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
