package com.marketplace.jobs.entity;

/** Open jobs take proposals; a job is filled when its client hires, or closed by the client. */
public enum JobStatus {
  OPEN,
  HIRED,
  CLOSED
}
