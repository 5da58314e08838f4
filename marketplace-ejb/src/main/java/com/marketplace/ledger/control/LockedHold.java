package com.marketplace.ledger.control;

import com.marketplace.ledger.entity.Hold;
import com.marketplace.ledger.entity.HoldPurpose;
import com.marketplace.platform.InvalidInputException;

/**
 * A hold as a command holds it under its row lock: funds moved from a source into a holding
 * account, posted onwards or voided back in parts until nothing remains.
 */
public record LockedHold(
    long id,
    HoldPurpose purpose,
    long sourceAccountId,
    long holdingAccountId,
    String currency,
    long remaining,
    Hold.Status status,
    String reference) {

  /** The hold after taking part (or all) of what remains; it closes when nothing is left. */
  public LockedHold take(long part) {
    if (status == Hold.Status.CLOSED) {
      throw new InvalidInputException("This hold is already resolved.");
    }
    if (part <= 0 || part > remaining) {
      throw new InvalidInputException(
          "The amount must be between 1 and the " + remaining + " still held.");
    }
    long left = remaining - part;
    return new LockedHold(
        id,
        purpose,
        sourceAccountId,
        holdingAccountId,
        currency,
        left,
        left == 0 ? Hold.Status.CLOSED : Hold.Status.OPEN,
        reference);
  }
}
