package com.marketplace.ledger.control;

import java.sql.SQLException;

/** The database refused or failed a ledger statement; the driver's exception is the cause. */
public class LedgerStorageException extends RuntimeException {

  public LedgerStorageException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
