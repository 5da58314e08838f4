package com.marketplace.identity.entity;

import java.time.Instant;

/**
 * A token just made: the only answer that carries the token itself. The workspace keeps only its
 * hash, so it cannot be shown again.
 */
public record IssuedApiToken(long id, String name, String prefix, Instant createdAt, String token) {

  public static IssuedApiToken of(ApiToken t, ApiTokenSecret secret) {
    return new IssuedApiToken(
        t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), secret.value());
  }
}
