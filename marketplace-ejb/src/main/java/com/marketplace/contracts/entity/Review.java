package com.marketplace.contracts.entity;

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

/** One side's review of the other after a completed contract: 1–5 stars and a text. */
@Entity
@Table(name = "review")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Review {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private long authorId;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(nullable = false, updatable = false)
  private int stars;

  @Column(nullable = false, updatable = false)
  @Size(max = Dispute.TEXT_MAX)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Review() {}

  public Review(
      long contractId, long authorId, long subjectId, int stars, String text, Instant at) {
    if (stars < 1 || stars > 5) {
      throw new InvalidInputException("Give between 1 and 5 stars.");
    }
    this.contractId = contractId;
    this.authorId = authorId;
    this.subjectId = subjectId;
    this.stars = stars;
    this.text = Dispute.text(text, "Write a few words about the work together.");
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getContractId() {
    return contractId;
  }

  public long getAuthorId() {
    return authorId;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public int getStars() {
    return stars;
  }

  public String getText() {
    return text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
