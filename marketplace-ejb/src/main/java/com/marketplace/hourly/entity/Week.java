package com.marketplace.hourly.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A contract week: [Monday 00:00, next Monday) in UTC (workspaces have no time zone yet). It names
 * the ledger keys of an hourly contract's money for that week, so each step happens once.
 */
public record Week(LocalDate start) {

  public Week {
    Objects.requireNonNull(start, "start");
    if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("A contract week starts on a Monday, not " + start);
    }
  }

  /** The week an instant falls in. */
  public static Week of(Instant instant) {
    return new Week(
        instant
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  public Instant startsAt() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the week: the next Monday, 00:00 UTC. */
  public Instant endsAt() {
    return start.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Week next() {
    return new Week(start.plusWeeks(1));
  }

  public Week previous() {
    return new Week(start.minusWeeks(1));
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(startsAt()) && instant.isBefore(endsAt());
  }

  /** Whether the week has ended by {@code now}. */
  public boolean isOverAt(Instant now) {
    return !endsAt().isAfter(now);
  }

  public boolean isBefore(Week other) {
    return start.isBefore(other.start);
  }

  /** "the week of 2026-03-02 (UTC)" */
  public String label() {
    return "the week of " + start + " (UTC)";
  }

  /** The idempotency key of the week's hold. */
  public String holdKey(long contractId) {
    return "week-hold:contract:" + contractId + ":week:" + start;
  }

  /** The key of the release of one approved entry of the week. */
  public String releaseKey(long contractId, long entryId) {
    return "week-release:contract:" + contractId + ":week:" + start + ":entry:" + entryId;
  }

  /** The key of the refund that closes the week. */
  public String refundKey(long contractId) {
    return "week-refund:contract:" + contractId + ":week:" + start;
  }

  /** The reference of the week's escrow (its ledger account and entries). */
  public String reference(long contractId) {
    return "contract:" + contractId + ":week:" + start;
  }
}
