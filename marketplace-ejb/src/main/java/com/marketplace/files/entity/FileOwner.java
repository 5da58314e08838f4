package com.marketplace.files.entity;

/** What a file is attached to; it decides who may download it. */
public enum FileOwner {
  /** A job's attachment: every member of the workspace may read it, as they may read the job. */
  JOB,
  /** A proposal's attachment: the freelancer, the job's client and the owner. */
  PROPOSAL,
  /** Delivered work: the two parties of the contract and the owner. */
  SUBMISSION,
  /** A freelancer's portfolio: every member of the workspace. */
  PORTFOLIO,
  /** A message's attachment: the conversation's two participants and the owner. */
  MESSAGE
}
