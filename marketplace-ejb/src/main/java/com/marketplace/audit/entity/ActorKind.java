package com.marketplace.audit.entity;

/**
 * Who acted: a signed-in member, a program with an API token, somebody not signed in, or the
 * application itself.
 */
public enum ActorKind {
  MEMBER,
  API_TOKEN,
  ANONYMOUS,
  SYSTEM
}
