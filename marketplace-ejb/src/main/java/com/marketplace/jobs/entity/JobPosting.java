package com.marketplace.jobs.entity;

import java.time.LocalDate;

/** What a client fills in to post a job; the budget is in minor units of the workspace currency. */
public record JobPosting(
    String title,
    String description,
    Category category,
    String skills,
    JobKind kind,
    long budget,
    LocalDate deadline) {}
