package com.marketplace.conversations.entity;

/** What a conversation is about. */
public enum ContextType {
  /** A freelancer's question about a job, before applying. */
  JOB,
  PROPOSAL,
  CONTRACT
}
