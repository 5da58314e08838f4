package com.marketplace.identity.entity;

import com.marketplace.platform.MarketplaceException;
import jakarta.ejb.ApplicationException;

/**
 * A one-time account link that cannot be used: not one of ours (mistyped, cut short or tampered
 * with; 400), or used, replaced by a newer one or expired (410). The message says which, and that a
 * new link may be asked for.
 */
@ApplicationException(rollback = true)
public class LinkRefusedException extends MarketplaceException {

  private final boolean gone;

  private LinkRefusedException(String message, boolean gone) {
    super(message);
    this.gone = gone;
  }

  public static LinkRefusedException notValid() {
    return new LinkRefusedException(
        "This link is not valid: it may have been cut short when copied. Ask for a new one.",
        false);
  }

  /** An invite once its password is set: nothing more to do with it than sign in. */
  public static LinkRefusedException inviteAccepted() {
    return new LinkRefusedException(
        "This invite was already used and your password is set: sign in, or reset your password"
            + " if you forgot it.",
        true);
  }

  public static LinkRefusedException of(AccountToken.State state) {
    return switch (state) {
      case USED -> new LinkRefusedException("This link was already used. Ask for a new one.", true);
      case VOIDED ->
          new LinkRefusedException(
              "A newer link was sent after this one. Use the newest email, or ask for a new link.",
              true);
      case EXPIRED -> new LinkRefusedException("This link has expired. Ask for a new one.", true);
      case USABLE -> throw new IllegalArgumentException("A usable link is not refused");
    };
  }

  @Override
  public int status() {
    return gone ? 410 : 400;
  }

  @Override
  public String title() {
    return gone ? "Gone" : "Bad Request";
  }
}
