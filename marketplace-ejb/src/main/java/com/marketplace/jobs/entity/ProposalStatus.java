package com.marketplace.jobs.entity;

/** Where a proposal stands with the job's client. */
public enum ProposalStatus {
  SUBMITTED("Submitted"),
  SHORTLISTED("Shortlisted"),
  DECLINED("Declined"),
  WITHDRAWN("Withdrawn"),
  HIRED("Hired");

  private final String label;

  ProposalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still in the running: may be shortlisted, declined, hired or withdrawn. */
  public boolean active() {
    return this == SUBMITTED || this == SHORTLISTED;
  }
}
