package com.marketplace.jobs.entity;

import com.marketplace.files.entity.FileView;
import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A job's detail as the side panel shows it, with what the caller may do: apply (a freelancer who
 * has not), or see its proposals (its client and the owner).
 */
public record JobView(
    long id,
    String title,
    String description,
    Category category,
    JobKind kind,
    Money budget,
    String currency,
    List<String> skills,
    LocalDate deadline,
    JobStatus status,
    long clientId,
    String clientName,
    Instant postedAt,
    long proposalCount,
    List<FileView> attachments,
    ProposalView myProposal,
    boolean mayApply,
    boolean isMine) {}
