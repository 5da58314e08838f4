package com.marketplace.ledger.entity;

import java.util.List;

/** The auditor's findings for one tenant: empty violations means every invariant holds. */
public record AuditReport(
    long accounts, long entries, long postings, long openHolds, List<String> violations) {

  public boolean clean() {
    return violations.isEmpty();
  }
}
