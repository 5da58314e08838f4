package com.marketplace.invoicing.control;

import com.marketplace.platform.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Gapless numbers per issuer, kind of document and year. The next number is taken by raising the
 * series' row in the caller's transaction: the row stays locked until it commits, so concurrent
 * issues by one issuer take their turns, and a transaction that rolls back gives its number back.
 */
@Dependent
public class DocumentNumbers {

  /**
   * Native SQL is off for a persistence unit with tenant-filtered entities: these name the tenant.
   */
  public static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  public static final String INVOICE = "INVOICE";
  public static final String RECEIPT = "RECEIPT";
  public static final String QUOTE = "QUOTE";

  /** A quote's series is the invoice prefix's with this after it: INV-Q-2026-0001. */
  public static final String QUOTE_SUFFIX = "-Q";

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject TenantContext tenant;

  /** The next number of the series, e.g. INV-2026-0001. */
  public String next(String issuerKey, String kind, int year, String prefix) {
    long tenantId = tenant.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    em.createNativeQuery(
            "INSERT INTO document_series (tenant_id, issuer_key, kind, year, last_number)"
                + " VALUES (?1, ?2, ?3, ?4, 1)"
                + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
        .setHint(NATIVE, true)
        .setParameter(1, tenantId)
        .setParameter(2, issuerKey)
        .setParameter(3, kind)
        .setParameter(4, year)
        .executeUpdate();
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT last_number FROM document_series"
                        + " WHERE tenant_id = ?1 AND issuer_key = ?2 AND kind = ?3 AND year = ?4")
                .setHint(NATIVE, true)
                .setParameter(1, tenantId)
                .setParameter(2, issuerKey)
                .setParameter(3, kind)
                .setParameter(4, year)
                .getSingleResult();
    return format(prefix, year, last.intValue());
  }

  /** PREFIX-YEAR-NNNN, at least four digits. */
  public static String format(String prefix, int year, int number) {
    return String.format(Locale.ROOT, "%s-%d-%04d", prefix, year, number);
  }
}
