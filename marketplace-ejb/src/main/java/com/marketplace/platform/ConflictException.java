package com.marketplace.platform;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class ConflictException extends MarketplaceException {

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
