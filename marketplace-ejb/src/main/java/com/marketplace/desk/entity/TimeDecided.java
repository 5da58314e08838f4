package com.marketplace.desk.entity;

import java.time.Instant;
import java.util.List;

/**
 * A client decided entries of one project: announced (as a CDI event) inside the deciding
 * transaction, so what follows from the decision — the money an hourly contract releases — commits
 * or rolls back with it. {@code contractId} is the hourly contract the project was hired on, if
 * any. Observers must be idempotent: a decision can be announced again when its transaction is
 * retried.
 */
public record TimeDecided(
    long projectId,
    Long contractId,
    long freelancerId,
    long clientMemberId,
    Instant decidedAt,
    List<Entry> entries) {

  public TimeDecided {
    entries = List.copyOf(entries);
  }

  /** One decided entry: when it started, how long it ran, and whether it was approved. */
  public record Entry(long entryId, Instant startedAt, long seconds, boolean approved) {}
}
