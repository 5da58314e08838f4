package com.marketplace.platform.scan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells background queues of this instance that work somebody waits for is under way, so that they
 * give it the processor: a billing run charges thousands of customers while its owner watches the
 * progress, and the print queue, which renders each of the run's invoices and receipts, would
 * otherwise take half the machine from it, as would the outbox relay publishing the run's events
 * and the notifier taking them in. A queue that finds foreground work {@linkplain #underway() under
 * way} leaves its turn for later; what it has to do waits in its rows, so nothing is lost, only
 * done after.
 */
@ApplicationScoped
public class ForegroundWork {

  /** The threads doing foreground work, with how many holds each has open. */
  private final Map<Thread, Integer> threads = new ConcurrentHashMap<>();

  /** Foreground work on the calling thread that lasts until the answer is closed. */
  public Hold begin() {
    Thread thread = Thread.currentThread();
    threads.merge(thread, 1, Integer::sum);
    var open = new AtomicBoolean(true);
    return () -> {
      if (open.compareAndSet(true, false)) {
        threads.computeIfPresent(thread, (t, holds) -> holds == 1 ? null : holds - 1);
      }
    };
  }

  /** Whether foreground work is under way in this instance. */
  public boolean underway() {
    return !threads.isEmpty();
  }

  /**
   * Whether the calling thread is doing foreground work: what it leaves for background queues (a
   * billing run's events) can wait for its end too.
   */
  public boolean onThisThread() {
    return threads.containsKey(Thread.currentThread());
  }

  /** Foreground work under way; closing it ends it. */
  @FunctionalInterface
  public interface Hold extends AutoCloseable {
    @Override
    void close();
  }
}
