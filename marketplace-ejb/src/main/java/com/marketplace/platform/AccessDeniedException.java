package com.marketplace.platform;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class AccessDeniedException extends MarketplaceException {

  public AccessDeniedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
