package com.marketplace.ledger.entity;

/** What a hold is for: escrow for work, or a withdrawal on its way to the provider. */
public enum HoldPurpose {
  ESCROW,
  WITHDRAWAL
}
