package com.marketplace.jobs.entity;

import com.marketplace.files.entity.FileView;
import com.marketplace.platform.Money;
import java.time.Instant;
import java.util.List;

/** A proposal as its freelancer and the job's client see it. */
public record ProposalView(
    long id,
    long jobId,
    String jobTitle,
    JobKind jobKind,
    long freelancerId,
    String freelancerName,
    String coverLetter,
    Money amount,
    String currency,
    int timelineDays,
    ProposalStatus status,
    Instant createdAt,
    Long contractId,
    List<FileView> attachments) {}
