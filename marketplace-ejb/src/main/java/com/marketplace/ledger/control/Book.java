package com.marketplace.ledger.control;

import com.marketplace.platform.Digests;
import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Opens the {@link Journal} of one money command, in the current tenant, on the connection of the
 * caller's transaction.
 */
@Dependent
public class Book {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject TenantContext tenantContext;
  @Inject Clock clock;
  @Inject Accounts accounts;

  public Journal open() {
    long tenantId =
        tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    try {
      return new Journal(dataSource.getConnection(), tenantId, clock.instant(), accounts);
    } catch (SQLException e) {
      throw new LedgerStorageException(e);
    }
  }

  /** What makes two commands with one idempotency key the same command. */
  public static String fingerprint(Object... parts) {
    return Digests.fingerprint(parts);
  }
}
