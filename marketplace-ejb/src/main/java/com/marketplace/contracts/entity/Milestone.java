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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A fixed-price part of a contract. Its state changes only through {@link Contract}, which knows
 * whether the contract allows it. Its amounts are in the contract's currency (the rows keep minor
 * units; the currency is the contract's).
 */
@Entity
@Table(name = "milestone")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Milestone {

  public static final int TITLE_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contract_id", nullable = false, updatable = false)
  private Contract contract;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false)
  @Size(max = TITLE_MAX)
  private String title;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MilestoneStatus status;

  @Column(name = "hold_id")
  private Long holdId;

  @Column(name = "review_due_at")
  private Instant reviewDueAt;

  @Column(nullable = false)
  private long released;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Version private long version;

  protected Milestone() {}

  Milestone(Contract contract, int position, String title, Money amount) {
    if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
      throw new InvalidInputException(
          "Each milestone needs a title (at most " + TITLE_MAX + " characters).");
    }
    if (!amount.isPositive()) {
      throw new InvalidInputException("A milestone's amount must be greater than zero.");
    }
    amount.requirePositive();
    this.contract = contract;
    this.position = position;
    this.title = title.strip();
    this.amount = amount.minorUnits();
    this.status = MilestoneStatus.PENDING;
  }

  void funded(long holdId) {
    this.holdId = holdId;
    this.status = MilestoneStatus.FUNDED;
  }

  void submitted(Instant reviewDueAt) {
    this.status = MilestoneStatus.SUBMITTED;
    this.reviewDueAt = reviewDueAt;
  }

  void backToWork() {
    this.status = MilestoneStatus.FUNDED;
    this.reviewDueAt = null;
  }

  void pauseReview() {
    this.reviewDueAt = null;
  }

  /** Settles the held funds: {@code toFreelancer} gross went to the freelancer, the rest back. */
  void settle(Money toFreelancer, Instant at) {
    long gross = toFreelancer.requireCurrency(contract.currency()).minorUnits();
    this.released = gross;
    this.releasedAt = gross > 0 ? at : null;
    this.reviewDueAt = null;
    this.status =
        gross == amount
            ? MilestoneStatus.RELEASED
            : gross == 0 ? MilestoneStatus.REFUNDED : MilestoneStatus.SPLIT;
  }

  void cancel() {
    this.status = MilestoneStatus.CANCELLED;
  }

  public Long getId() {
    return id;
  }

  public Contract getContract() {
    return contract;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public Money getAmount() {
    return contract.money(amount);
  }

  public MilestoneStatus getStatus() {
    return status;
  }

  public Long getHoldId() {
    return holdId;
  }

  public Instant getReviewDueAt() {
    return reviewDueAt;
  }

  /** Gross amount released to the freelancer (before the fee). */
  public Money getReleased() {
    return contract.money(released);
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }
}
