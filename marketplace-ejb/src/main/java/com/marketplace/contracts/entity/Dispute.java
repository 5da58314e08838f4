package com.marketplace.contracts.entity;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A dispute on a contract and, once decided, the owner's decision and who made it. */
@Entity
@Table(name = "dispute")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = Dispute.OF_CONTRACT,
    query = "SELECT d FROM Dispute d WHERE d.contractId = :contract ORDER BY d.openedAt DESC")
public class Dispute {

  /** A contract's disputes, newest first. */
  public static final String OF_CONTRACT = "Dispute.ofContract";

  /**
   * The longest text said on a contract: a dispute's reason, the owner's note on it, a request for
   * changes and a review.
   */
  public static final int TEXT_MAX = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private long openedBy;

  @Column(nullable = false, updatable = false)
  @Size(max = TEXT_MAX)
  private String reason;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Enumerated(EnumType.STRING)
  private Contract.Resolution resolution;

  @Column(name = "to_freelancer")
  private Long toFreelancer;

  @Column(name = "to_client")
  private Long toClient;

  @Column(name = "resolved_by")
  private Long resolvedBy;

  @Column(name = "resolution_note")
  @Size(max = TEXT_MAX)
  private String resolutionNote;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Version private long version;

  protected Dispute() {}

  public Dispute(long contractId, long openedBy, String reason, Instant openedAt) {
    this.contractId = contractId;
    this.openedBy = openedBy;
    this.reason = text(reason, "Say why you open the dispute.");
    this.openedAt = openedAt;
  }

  public void resolved(
      Contract.Resolution resolution,
      Money toFreelancer,
      Money toClient,
      long owner,
      String note,
      Instant at) {
    toFreelancer.requireSameCurrency(toClient);
    this.resolution = resolution;
    this.toFreelancer = toFreelancer.minorUnits();
    this.toClient = toClient.minorUnits();
    this.resolvedBy = owner;
    this.resolutionNote = text(note, "Note the reason for the decision.");
    this.resolvedAt = at;
  }

  /** The text stripped, or a refusal when there is none or more than {@link #TEXT_MAX}. */
  public static String text(String value, String missing) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(missing);
    }
    if (value.strip().length() > TEXT_MAX) {
      throw new InvalidInputException("Please keep it under " + TEXT_MAX + " characters.");
    }
    return value.strip();
  }

  public boolean open() {
    return resolvedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getContractId() {
    return contractId;
  }

  public long getOpenedBy() {
    return openedBy;
  }

  public String getReason() {
    return reason;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Contract.Resolution getResolution() {
    return resolution;
  }

  public Long getToFreelancer() {
    return toFreelancer;
  }

  public Long getToClient() {
    return toClient;
  }

  public Long getResolvedBy() {
    return resolvedBy;
  }

  public String getResolutionNote() {
    return resolutionNote;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }
}
