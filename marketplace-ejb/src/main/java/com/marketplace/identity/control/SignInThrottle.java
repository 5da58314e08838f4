package com.marketplace.identity.control;

import com.marketplace.platform.Digests;
import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantContext;
import io.github.bucket4j.BucketConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits sign-in attempts, counted before the password is checked: per account (workspace and
 * email, whether or not such a member exists, so the answer never tells) and per client address.
 * Each is a token bucket (bucket4j) that refills steadily over its window: a few quick tries, then
 * one more every so often; past that the answer is 429 with the seconds to wait. The buckets live
 * in the database, so the limits hold across instances and restarts.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final String TOO_MANY = "Too many sign-in attempts.";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject TenantContext tenant;

  @Inject
  @ConfigProperty(name = "marketplace.sign-in.account-attempts", defaultValue = "5")
  int accountAttempts;

  @Inject
  @ConfigProperty(name = "marketplace.sign-in.address-attempts", defaultValue = "30")
  int addressAttempts;

  @Inject
  @ConfigProperty(name = "marketplace.sign-in.window-seconds", defaultValue = "300")
  int windowSeconds;

  private DatabaseBuckets buckets;
  private BucketConfiguration perAccount;
  private BucketConfiguration perAddress;

  @PostConstruct
  void configure() {
    buckets = new DatabaseBuckets(dataSource);
    perAccount = DatabaseBuckets.steady(accountAttempts, Duration.ofSeconds(windowSeconds));
    perAddress = DatabaseBuckets.steady(addressAttempts, Duration.ofSeconds(windowSeconds));
  }

  /** Counts one attempt to sign in as {@code email} from {@code address}, or refuses it. */
  public void attempt(String email, String address) {
    long tenantId = tenant.current().orElse(0L);
    buckets.take("address:" + address, perAddress, TOO_MANY);
    String account = String.valueOf(email).strip().toLowerCase(Locale.ROOT);
    buckets.take("account:" + tenantId + ":" + Digests.sha256Hex(account), perAccount, TOO_MANY);
  }
}
