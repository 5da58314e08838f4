package com.marketplace.devstack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a process and everything it started: politely first, forcibly after a grace period. */
final class ProcessTree {

  private ProcessTree() {}

  static void stop(ProcessHandle root, Duration grace) {
    List<ProcessHandle> all =
        java.util.stream.Stream.concat(root.descendants(), java.util.stream.Stream.of(root))
            .toList();
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception timedOut) {
        p.destroyForcibly();
      }
    }
  }
}
