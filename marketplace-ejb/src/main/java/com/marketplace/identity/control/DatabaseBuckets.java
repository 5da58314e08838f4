package com.marketplace.identity.control;

import com.marketplace.platform.TooManyRequestsException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * bucket4j's buckets kept in the database ({@code sign_in_bucket}), so that every instance counts
 * against the same budget: a bucket's state is read, changed by bucket4j, and written back only if
 * nobody changed it meanwhile (compare-and-set on the stored bytes); bucket4j retries otherwise.
 * Each operation runs on its own auto-commit connection, outside any transaction.
 */
final class DatabaseBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

  private final DataSource dataSource;

  DatabaseBuckets(DataSource dataSource) {
    super(ClientSideConfig.getDefault());
    this.dataSource = dataSource;
  }

  /** A budget of {@code capacity} that refills steadily over {@code window}. */
  static BucketConfiguration steady(int capacity, Duration window) {
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
        .build();
  }

  /**
   * Takes one from the stored bucket, or refuses (429) with {@code tooMany} and the seconds to
   * wait.
   */
  void take(String key, BucketConfiguration budget, String tooMany) {
    ConsumptionProbe probe = builder().build(key, () -> budget).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
      throw new TooManyRequestsException(
          tooMany + " Try again in " + Math.max(1, (wait.toMillis() + 999) / 1000) + " seconds.",
          wait);
    }
  }

  /** Takes one from the stored bucket if there is one left; says whether it could. */
  boolean tryTake(String key, BucketConfiguration budget) {
    return builder().build(key, () -> budget).tryConsume(1);
  }

  @Override
  protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
    return new CompareAndSwapOperation() {
      @Override
      public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
        try (Connection c = dataSource.getConnection();
            PreparedStatement ps =
                c.prepareStatement("SELECT state FROM sign_in_bucket WHERE bucket_key = ?")) {
          ps.setString(1, key);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
          }
        } catch (SQLException e) {
          throw new IllegalStateException("Could not read the sign-in throttle", e);
        }
      }

      @Override
      public boolean compareAndSwap(
          byte[] original, byte[] updated, RemoteBucketState state, Optional<Long> timeoutNanos) {
        String sql =
            original == null
                ? "INSERT IGNORE INTO sign_in_bucket (bucket_key, state) VALUES (?, ?)"
                : "UPDATE sign_in_bucket SET state = ? WHERE bucket_key = ? AND state = ?";
        try (Connection c = dataSource.getConnection();
            PreparedStatement ps = c.prepareStatement(sql)) {
          if (original == null) {
            ps.setString(1, key);
            ps.setBytes(2, updated);
          } else {
            ps.setBytes(1, updated);
            ps.setString(2, key);
            ps.setBytes(3, original);
          }
          return ps.executeUpdate() == 1 || (original != null && Arrays.equals(original, updated));
        } catch (SQLException e) {
          throw new IllegalStateException("Could not write the sign-in throttle", e);
        }
      }
    };
  }

  @Override
  protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
    throw new UnsupportedOperationException("Only synchronous use");
  }

  @Override
  public void removeProxy(String key) {
    throw new UnsupportedOperationException("Buckets expire by themselves");
  }

  @Override
  protected CompletableFuture<Void> removeAsync(String key) {
    throw new UnsupportedOperationException("Only synchronous use");
  }

  @Override
  public boolean isAsyncModeSupported() {
    return false;
  }
}
