package com.marketplace.audit.control;

import com.marketplace.audit.entity.Actor;

/**
 * Names an actor by id as they are now, for the row the log keeps. The feature that keeps members
 * and API tokens answers it, so the log depends on no feature and every feature may record into it.
 */
public interface ActorNames {

  /** The member of the workspace the transaction is scoped to; without email and name if gone. */
  Actor member(long memberId);

  /** The program holding one of the workspace's API tokens. */
  Actor apiToken(long tokenId);
}
