package com.marketplace.ledger.entity;

import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.Money;
import jakarta.ejb.ApplicationException;

/** The money is not there: the user is told how much is available. */
@ApplicationException(rollback = true)
public class InsufficientFundsException extends MarketplaceException {

  public InsufficientFundsException(Money available, Money requested) {
    super(
        "Insufficient funds: "
            + available.format()
            + " available, "
            + requested.format()
            + " needed.");
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Insufficient funds";
  }
}
