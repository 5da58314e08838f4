package com.marketplace.desk.entity;

import java.util.List;

/**
 * The entries a decision decided, and those it found decided already (by an earlier click, a retry
 * or the workspace) and left as they were.
 */
public record TimeDecisionResult(List<Long> decided, List<Long> alreadyDecided) {

  public TimeDecisionResult {
    decided = List.copyOf(decided);
    alreadyDecided = List.copyOf(alreadyDecided);
  }
}
