package com.marketplace.jobs.entity;

import com.marketplace.platform.Money;
import java.time.LocalDate;

/** What a client fills in to post a job; the budget is in the workspace's currency. */
public record JobPosting(
    String title,
    String description,
    Category category,
    String skills,
    JobKind kind,
    Money budget,
    LocalDate deadline) {}
