package com.marketplace.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.marketplace.platform.TooManyRequestsException;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiRateLimitTest {

  /** A clock the test moves by hand. */
  static final class Meter implements TimeMeter {
    long nanos;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }

    void pass(Duration d) {
      nanos += d.toNanos();
    }
  }

  static ApiRateLimit limit(int perMinute, Meter meter) {
    var limit = new ApiRateLimit();
    limit.requestsPerMinute = perMinute;
    limit.time = meter;
    limit.configure();
    return limit;
  }

  @Test
  void aTokenMakesItsRequestsAMinuteThenWaitsForTheBucketToRefill() {
    var meter = new Meter();
    var limit = limit(6, meter);
    for (int i = 0; i < 6; i++) {
      limit.take(1);
    }

    var refused = catchThrowableOfType(() -> limit.take(1), TooManyRequestsException.class);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.retryAfterSeconds()).isEqualTo(10);
    assertThat(refused.getMessage()).contains("6 requests a minute").contains("10 seconds");

    meter.pass(Duration.ofSeconds(9));
    assertThatThrownBy(() -> limit.take(1)).isInstanceOf(TooManyRequestsException.class);
    meter.pass(Duration.ofSeconds(1));
    limit.take(1);
    meter.pass(Duration.ofMinutes(1));
    for (int i = 0; i < 6; i++) {
      limit.take(1);
    }
  }

  @Test
  void eachTokenHasItsOwnBudget() {
    var limit = limit(2, new Meter());
    limit.take(1);
    limit.take(1);
    assertThatThrownBy(() -> limit.take(1)).isInstanceOf(TooManyRequestsException.class);
    limit.take(2);
    limit.take(2);
  }

  @Test
  void fullBucketsAreDroppedWhenTheyPileUpButBusyOnesKeepTheirCount() {
    var meter = new Meter();
    var limit = limit(2, meter);
    for (long id = 0; id < ApiRateLimit.MAX_BUCKETS - 1; id++) {
      limit.take(id);
    }
    meter.pass(Duration.ofMinutes(1));
    limit.take(-1);
    limit.take(-1);
    // the pile is cleared here: every bucket unused for a minute is full again, so dropping it
    // forgives nothing; the token used just now keeps its empty bucket
    limit.take(ApiRateLimit.MAX_BUCKETS);
    assertThatThrownBy(() -> limit.take(-1)).isInstanceOf(TooManyRequestsException.class);
    assertThat(limit.buckets()).isLessThan(10);
  }

  @Test
  void aLimitBelowOneStopsTheApplication() {
    var limit = new ApiRateLimit();
    limit.requestsPerMinute = 0;
    assertThatThrownBy(limit::configure).isInstanceOf(IllegalStateException.class);
  }
}
