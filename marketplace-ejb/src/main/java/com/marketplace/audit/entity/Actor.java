package com.marketplace.audit.entity;

/**
 * Who an audit event names as having acted, as they were at that moment. Email and name are copied
 * as text so the row stays readable after they change.
 */
public record Actor(ActorKind kind, Long memberId, String email, String name) {

  public static Actor member(long memberId, String email, String name) {
    return new Actor(ActorKind.MEMBER, memberId, email, name);
  }

  /** Somebody not signed in, e.g. trying to: the email they typed, if any. */
  public static Actor anonymous(String email) {
    return new Actor(ActorKind.ANONYMOUS, null, email, null);
  }

  /** A program with one of the workspace's API tokens. */
  public static Actor apiToken(long tokenId, String tokenName) {
    return new Actor(
        ActorKind.API_TOKEN, null, null, "API token " + tokenName + " (#" + tokenId + ")");
  }

  /** The application itself: scheduled work, message consumers. */
  public static Actor system() {
    return new Actor(ActorKind.SYSTEM, null, null, "System");
  }
}
