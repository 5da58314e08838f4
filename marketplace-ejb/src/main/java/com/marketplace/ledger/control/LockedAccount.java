package com.marketplace.ledger.control;

import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.InsufficientFundsException;
import com.marketplace.platform.Money;

/** A ledger account as a command holds it under its row lock: what a posting may do to it. */
public record LockedAccount(long id, AccountKind kind, String currency, long balance) {

  /** The account after one posting; refuses to take an account that must not go below zero. */
  public LockedAccount apply(long amount) {
    long next = Math.addExact(balance, amount);
    if (next < 0 && !kind.mayGoNegative()) {
      throw new InsufficientFundsException(
          Money.of(balance, currency), Money.of(Math.negateExact(amount), currency));
    }
    return new LockedAccount(id, kind, currency, next);
  }
}
