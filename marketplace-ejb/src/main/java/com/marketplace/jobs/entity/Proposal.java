package com.marketplace.jobs.entity;

import com.marketplace.files.entity.FileOwner;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A freelancer's offer for a job: one per freelancer and job. */
@Entity
@Table(name = "proposal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Proposal {

  /** The owner of a proposal's attachments; they follow the proposal's rule. */
  public static final FileOwner FILES = new FileOwner("PROPOSAL");

  public static final int COVER_LETTER_MAX = 5_000;

  /** The longest a freelancer may say the work takes. */
  public static final int TIMELINE_DAYS_MAX = 365;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id", nullable = false, updatable = false)
  private long jobId;

  @Column(name = "freelancer_id", nullable = false, updatable = false)
  private long freelancerId;

  @Column(name = "cover_letter", nullable = false)
  @Size(max = COVER_LETTER_MAX)
  private String coverLetter;

  @Column(nullable = false)
  private long amount;

  @Column(name = "timeline_days", nullable = false)
  private int timelineDays;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Proposal() {}

  public Proposal(
      long jobId,
      long freelancerId,
      String coverLetter,
      long amount,
      int timelineDays,
      Instant now) {
    this.jobId = jobId;
    this.freelancerId = freelancerId;
    this.coverLetter = Texts.required(coverLetter, "cover letter", COVER_LETTER_MAX);
    if (amount <= 0) {
      throw new InvalidInputException("The proposed amount must be greater than zero.");
    }
    if (timelineDays < 1 || timelineDays > TIMELINE_DAYS_MAX) {
      throw new InvalidInputException(
          "The timeline must be between 1 and " + TIMELINE_DAYS_MAX + " days.");
    }
    this.amount = amount;
    this.timelineDays = timelineDays;
    this.status = ProposalStatus.SUBMITTED;
    this.createdAt = now;
  }

  public void withdraw() {
    move(ProposalStatus.WITHDRAWN, "withdrawn");
  }

  public void shortlist() {
    if (status != ProposalStatus.SUBMITTED) {
      throw new ConflictException(
          "Only a submitted proposal can be shortlisted; this one is " + label() + ".");
    }
    status = ProposalStatus.SHORTLISTED;
  }

  public void decline() {
    move(ProposalStatus.DECLINED, "declined");
  }

  public void hired() {
    move(ProposalStatus.HIRED, "hired");
  }

  private void move(ProposalStatus next, String verb) {
    if (!status.active()) {
      throw new ConflictException(
          "This proposal is " + label() + " and can no longer be " + verb + ".");
    }
    status = next;
  }

  private String label() {
    return status.label().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the member is one of its two sides: the freelancer who sent it or its job's client. */
  public boolean hasParty(Job job, long memberId) {
    if (job.getId() == null || job.getId() != jobId) {
      throw new IllegalArgumentException("Job " + job.getId() + " is not this proposal's job.");
    }
    return memberId == freelancerId || memberId == job.getClientId();
  }

  /**
   * Who may see the proposal and its attachments: its two sides and the workspace's owner. To
   * anyone else it does not exist.
   */
  public boolean visibleTo(Job job, long memberId, boolean workspaceOwner) {
    return workspaceOwner || hasParty(job, memberId);
  }

  public Long getId() {
    return id;
  }

  public long getJobId() {
    return jobId;
  }

  public long getFreelancerId() {
    return freelancerId;
  }

  public String getCoverLetter() {
    return coverLetter;
  }

  public long getAmount() {
    return amount;
  }

  public int getTimelineDays() {
    return timelineDays;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
