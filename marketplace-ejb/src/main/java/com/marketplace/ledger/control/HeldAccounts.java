package com.marketplace.ledger.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger accounts one transaction has locked, as its last command left them. A row lock lasts
 * until the transaction ends and only this transaction's commands change the row meanwhile, so a
 * further command of the same transaction takes the account from here instead of locking and
 * reading it again: a billing group charges every one of its subscriptions into the same two
 * accounts. Each balance written is checked against the one held, so a held account that had moved
 * otherwise would fail the command rather than be overwritten.
 */
final class HeldAccounts {

  private final Map<Long, LockedAccount> held = new HashMap<>();

  Optional<LockedAccount> get(long accountId) {
    return Optional.ofNullable(held.get(accountId));
  }

  /** The account as the transaction now holds it (locked, or after a posting). */
  void hold(LockedAccount account) {
    held.put(account.id(), account);
  }
}
