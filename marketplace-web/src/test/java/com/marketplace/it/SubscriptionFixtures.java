package com.marketplace.it;

import com.marketplace.invoicing.control.DocumentNumbers;
import com.marketplace.invoicing.control.InvoiceProfiles;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.platform.scan.UnavailableException;
import com.marketplace.subscriptions.control.BillingStep;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspace's billing details written down (its invoices need a tax id), what billing left in
 * the database counted, and failures seeded into billing: at a chosen step of a chosen
 * subscription, once, either a failure of that subscription (an exception: its transaction rolls
 * back, the run goes on) or the run stopping there (as when the process is killed: that transaction
 * is lost and nothing after it runs).
 */
@Stateless
public class SubscriptionFixtures {

  /** How a seeded failure strikes. */
  enum Strike {
    FAIL,
    STOP
  }

  private static final Map<String, Strike> SEEDED = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceProfiles profiles;

  static void seed(BillingStep.Point point, long subscriptionId, Strike strike) {
    SEEDED.put(point + ":" + subscriptionId, strike);
  }

  static boolean allStruck() {
    return SEEDED.isEmpty();
  }

  /** Strikes where a failure is seeded, once. */
  public void strike(@Observes BillingStep step) {
    Strike strike = SEEDED.remove(step.point() + ":" + step.subscriptionId());
    if (strike == Strike.FAIL) {
      throw new IllegalStateException("seeded failure at " + step);
    }
    if (strike == Strike.STOP) {
      throw new UnavailableException("seeded stop at " + step, null);
    }
  }

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
