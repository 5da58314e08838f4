package com.marketplace.contracts.entity;

/** Who acts on a contract: its two sides, the workspace owner, or the auto-release timer. */
public enum Party {
  CLIENT("the client"),
  FREELANCER("the freelancer"),
  OWNER("the workspace owner"),
  TIMER("the auto-release timer");

  private final String label;

  Party(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
