package com.marketplace.jobs.entity;

import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A job as the board and dashboards list it. */
public record JobCard(
    long id,
    String title,
    String excerpt,
    Category category,
    JobKind kind,
    Money budget,
    String currency,
    List<String> skills,
    LocalDate deadline,
    JobStatus status,
    String clientName,
    Instant postedAt) {

  public static JobCard of(Job j, String clientName) {
    String d = j.getDescription();
    return new JobCard(
        j.getId(),
        j.getTitle(),
        d.length() > 180 ? d.substring(0, 177) + "…" : d,
        j.getCategory(),
        j.getKind(),
        j.getBudget(),
        j.getCurrency(),
        j.getSkills(),
        j.getDeadline(),
        j.getStatus(),
        clientName,
        j.getCreatedAt());
  }
}
