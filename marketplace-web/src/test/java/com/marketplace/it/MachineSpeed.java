package com.marketplace.it;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The processor time a fixed piece of computing takes (sorting the same pseudo-random numbers),
 * timed once a second on a thread of its own for as long as it is open: the machine's speed as a
 * benchmark's run meets it. A shared machine is slower at times, and then the same work takes more
 * processor time; the run's own use of the cores does not count, since the time is the thread's
 * processor time, not the time elapsed.
 */
final class MachineSpeed implements AutoCloseable {

  private static final long[] NUMBERS = new Random(42).longs(200_000).toArray();

  private final List<Double> millis = new ArrayList<>();
  private final Thread sampler;
  private volatile boolean open = true;

  private MachineSpeed(long everyMillis) {
    sampler = new Thread(() -> sample(everyMillis), "machine-speed");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts timing the fixed piece once a second. */
  static MachineSpeed during() {
    return new MachineSpeed(1_000);
  }

  /** The median of {@code times} timings of the fixed piece, one after another, on this thread. */
  static double now(int times) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] each = new double[times];
    for (int i = 0; i < times; i++) {
      each[i] = once(threads);
    }
    Arrays.sort(each);
    return each[times / 2];
  }

  /** The median of the timings so far, in milliseconds of processor time; 0 without any. */
  synchronized double median() {
    if (millis.isEmpty()) {
      return 0;
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  /** The timings so far whose time was at least {@code factor} × {@code normal}, as a share. */
  synchronized double shareSlowerThan(double normal, double factor) {
    return millis.isEmpty()
        ? 0
        : (double) millis.stream().filter(ms -> ms >= normal * factor).count() / millis.size();
  }

  @Override
  public void close() throws InterruptedException {
    open = false;
    sampler.interrupt();
    sampler.join();
  }

  private void sample(long everyMillis) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    while (open) {
      double ms = once(threads);
      synchronized (this) {
        millis.add(ms);
      }
      try {
        Thread.sleep(everyMillis);
      } catch (InterruptedException closed) {
        return;
      }
    }
  }

  private static double once(ThreadMXBean threads) {
    long[] numbers = NUMBERS.clone();
    long start = threads.getCurrentThreadCpuTime();
    Arrays.sort(numbers);
    double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6;
    if (numbers[0] > numbers[numbers.length - 1]) {
      throw new AssertionError("not sorted");
    }
    return ms;
  }
}
