package com.marketplace.identity.entity;

import java.time.Instant;

/** An API token as the owner's list shows it: never the token, only its first characters. */
public record ApiTokenView(
    long id,
    String name,
    String prefix,
    String createdBy,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public static ApiTokenView of(ApiToken t, String createdBy) {
    return new ApiTokenView(
        t.getId(),
        t.getName(),
        t.getPrefix(),
        createdBy,
        t.getCreatedAt(),
        t.getLastUsedAt(),
        t.getRevokedAt());
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
