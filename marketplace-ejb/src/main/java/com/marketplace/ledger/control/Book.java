package com.marketplace.ledger.control;

import com.marketplace.platform.Digests;
import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Opens the {@link Journal} of one money command, in the current tenant, on the connection of the
 * caller's transaction, with the accounts that transaction holds locked already.
 */
@Dependent
public class Book {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject TenantContext tenantContext;
  @Inject Clock clock;
  @Inject Accounts accounts;

  @Resource TransactionSynchronizationRegistry transaction;

  public Journal open() {
    long tenantId =
        tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    try {
      return new Journal(
          dataSource.getConnection(), tenantId, clock.instant(), accounts, heldAccounts());
    } catch (SQLException e) {
      throw new LedgerStorageException(e);
    }
  }

  /** The accounts the current transaction holds locked (none known outside a transaction). */
  private HeldAccounts heldAccounts() {
    if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return new HeldAccounts();
    }
    var held = (HeldAccounts) transaction.getResource(HeldAccounts.class);
    if (held == null) {
      held = new HeldAccounts();
      transaction.putResource(HeldAccounts.class, held);
    }
    return held;
  }

  /** What makes two commands with one idempotency key the same command. */
  public static String fingerprint(Object... parts) {
    return Digests.fingerprint(parts);
  }
}
