package com.marketplace.contracts.entity;

import com.marketplace.files.entity.FileOwner;
import com.marketplace.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Work handed in on a milestone, with its files. */
@Entity
@Table(name = "submission")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Submission {

  /** The owner of the files handed in; they follow the contract's rule. */
  public static final FileOwner FILES = new FileOwner("SUBMISSION");

  public static final int NOTE_MAX = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "milestone_id", nullable = false, updatable = false)
  private long milestoneId;

  @Column(updatable = false)
  @Size(max = NOTE_MAX)
  private String note;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  private long submittedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Submission() {}

  public Submission(
      long contractId, long milestoneId, String note, long submittedBy, Instant createdAt) {
    this.contractId = contractId;
    this.milestoneId = milestoneId;
    if (note != null && note.strip().length() > NOTE_MAX) {
      throw new InvalidInputException("The note may have at most " + NOTE_MAX + " characters.");
    }
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.submittedBy = submittedBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getContractId() {
    return contractId;
  }

  public long getMilestoneId() {
    return milestoneId;
  }

  public String getNote() {
    return note;
  }

  public long getSubmittedBy() {
    return submittedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
