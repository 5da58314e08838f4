package com.marketplace.platform;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class InvalidInputException extends MarketplaceException {

  public InvalidInputException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}
