package com.marketplace.identity.entity;

import com.marketplace.platform.AccessDeniedException;
import jakarta.ejb.ApplicationException;

/** Refuses moving money or sending messages until the member has confirmed their email address. */
@ApplicationException(rollback = true)
public class UnverifiedEmailException extends AccessDeniedException {

  public static final String MESSAGE =
      "Confirm your email address first: open the link we emailed you, or have it sent again"
          + " (My account → Send the confirmation email again).";

  public UnverifiedEmailException() {
    super(MESSAGE);
  }
}
