package com.marketplace.ledger.entity;

import com.marketplace.platform.MarketplaceException;
import jakarta.ejb.ApplicationException;

/** The money is not there: the user is told how much is available. */
@ApplicationException(rollback = true)
public class InsufficientFundsException extends MarketplaceException {

  public InsufficientFundsException(long available, long requested, String currency) {
    super(
        "Insufficient funds: "
            + Amounts.format(available, currency)
            + " available, "
            + Amounts.format(requested, currency)
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
