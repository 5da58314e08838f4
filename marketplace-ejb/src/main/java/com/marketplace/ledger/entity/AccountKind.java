package com.marketplace.ledger.entity;

/** The kinds of ledger accounts, per tenant and currency. */
public enum AccountKind {
  /** A member's spendable balance (owner ref: member id). */
  MEMBER_AVAILABLE,
  /** Funds held for a contract or milestone (owner ref: the hold's reference). */
  ESCROW,
  /** A member's funds on their way out (owner ref: member id). */
  PENDING_WITHDRAWAL,
  /** The tenant's platform fee income (owner ref: "tenant"). */
  TENANT_FEES,
  /** Money outside the system, per payment provider (owner ref: provider name). */
  WORLD,
  /** The tenant's subscription revenue (owner ref: "tenant"). */
  SUBSCRIPTION_REVENUE;

  /** Only the outside world may go negative: it is where money came from. */
  public boolean mayGoNegative() {
    return this == WORLD;
  }
}
