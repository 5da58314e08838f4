package com.marketplace.ledger.entity;

/** What a journal entry records; stored by name, offered as a filter on the wallet page. */
public enum EntryType {
  TOP_UP,
  HOLD,
  RELEASE,
  REFUND,
  SPLIT,
  WITHDRAWAL_REQUESTED,
  WITHDRAWAL_PAID,
  WITHDRAWAL_FAILED,
  SUBSCRIPTION_CHARGE
}
