package com.marketplace.identity.entity;

import java.time.Duration;

/**
 * What a one-time account link is for, and how long it stays usable. A verification link lives 72
 * hours, like an invite, so that a weekend does not void it; a reset link one hour, as it hands
 * over the account.
 */
public enum LinkPurpose {
  VERIFY(Duration.ofHours(72)),
  RESET(Duration.ofHours(1)),
  INVITE(Duration.ofHours(72));

  private final Duration lifetime;

  LinkPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
