package com.marketplace.identity.control;

import com.marketplace.platform.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one API token may be used: {@code marketplace.api.requests-per-minute} (120) requests,
 * as a token bucket (bucket4j) that refills steadily over the minute; past that the answer is 429
 * with the seconds to wait. The buckets are kept by each instance in memory, so behind a load
 * balancer with several instances a token may make that many requests a minute on each: the limit
 * protects an instance from one program, it is not a quota.
 */
@ApplicationScoped
public class ApiRateLimit {

  /** Buckets kept before full ones (tokens not used for a minute) are dropped again. */
  static final int MAX_BUCKETS = 10_000;

  @Inject
  @ConfigProperty(name = "marketplace.api.requests-per-minute", defaultValue = "120")
  int requestsPerMinute;

  TimeMeter time = TimeMeter.SYSTEM_NANOTIME;

  private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

  @PostConstruct
  void configure() {
    if (requestsPerMinute < 1) {
      throw new IllegalStateException("marketplace.api.requests-per-minute must be at least 1");
    }
  }

  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  /** Counts one request made with the token, or refuses it. */
  public void take(long tokenId) {
    if (buckets.size() >= MAX_BUCKETS) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= requestsPerMinute);
    }
    ConsumptionProbe probe =
        buckets.computeIfAbsent(tokenId, id -> bucket()).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw new TooManyRequestsException(
          "This API token may make "
              + requestsPerMinute
              + " requests a minute. Try again in "
              + seconds
              + (seconds == 1 ? " second." : " seconds."),
          wait);
    }
  }

  int buckets() {
    return buckets.size();
  }

  private Bucket bucket() {
    return Bucket.builder()
        .addLimit(
            limit ->
                limit
                    .capacity(requestsPerMinute)
                    .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)))
        .withCustomTimePrecision(time)
        .build();
  }
}
