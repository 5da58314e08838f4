package com.marketplace.platform.scan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells background queues of this instance that work somebody waits for is under way, so that they
 * give it the processor: a billing run charges thousands of customers while its owner watches the
 * progress, and the print queue, which renders each of the run's invoices and receipts, would
 * otherwise take half the machine from it. A queue that finds foreground work {@linkplain
 * #underway() under way} leaves its turn for later; what it has to do waits in its rows, so nothing
 * is lost, only done after.
 */
@ApplicationScoped
public class ForegroundWork {

  private final AtomicInteger running = new AtomicInteger();

  /** Foreground work that lasts until the answer is closed. */
  public Hold begin() {
    running.incrementAndGet();
    var open = new AtomicBoolean(true);
    return () -> {
      if (open.compareAndSet(true, false)) {
        running.decrementAndGet();
      }
    };
  }

  /** Whether foreground work is under way in this instance. */
  public boolean underway() {
    return running.get() > 0;
  }

  /** Foreground work under way; closing it ends it. */
  @FunctionalInterface
  public interface Hold extends AutoCloseable {
    @Override
    void close();
  }
}
