package com.marketplace.ledger.control;

import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
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
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (Object part : parts) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
