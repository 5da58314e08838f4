package com.marketplace.identity.control;

import com.marketplace.platform.Digests;
import com.marketplace.platform.SchemaMigration;
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
 * Limits the emails anyone can make the workspace send (password reset requests, verification
 * emails sent again, invites sent again, warnings about registering with a taken address), with
 * token buckets kept in the database like the sign-in throttle's, so they hold across instances.
 * Per client address within a workspace: past it the asker is told to wait (429). Per email address
 * and kind of email: past it nothing more is sent, and the answer stays the same, so it tells
 * nobody whether the address has an account.
 */
@ApplicationScoped
public class LinkThrottle {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "marketplace.account-mail.per-email", defaultValue = "3")
  int perEmail;

  @Inject
  @ConfigProperty(name = "marketplace.account-mail.per-address", defaultValue = "20")
  int perAddress;

  @Inject
  @ConfigProperty(name = "marketplace.account-mail.window-seconds", defaultValue = "900")
  int windowSeconds;

  private DatabaseBuckets buckets;
  private BucketConfiguration emailBucket;
  private BucketConfiguration addressBucket;

  @PostConstruct
  void configure() {
    buckets = new DatabaseBuckets(dataSource);
    emailBucket = DatabaseBuckets.steady(perEmail, Duration.ofSeconds(windowSeconds));
    addressBucket = DatabaseBuckets.steady(perAddress, Duration.ofSeconds(windowSeconds));
  }

  /** Counts one request from the client address, or refuses it with the time to wait. */
  public void fromAddress(long tenantId, String address) {
    buckets.take(
        "links:address:" + tenantId + ":" + address,
        addressBucket,
        "Too many requests from your address.");
  }

  /** Whether one more email of this kind may go to the address now. */
  public boolean mayEmail(long tenantId, String kind, String email) {
    String folded = String.valueOf(email).strip().toLowerCase(Locale.ROOT);
    return buckets.tryTake(
        "links:email:" + tenantId + ":" + kind + ":" + Digests.sha256Hex(folded), emailBucket);
  }
}
