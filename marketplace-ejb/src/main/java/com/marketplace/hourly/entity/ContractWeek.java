package com.marketplace.hourly.entity;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One week of an hourly contract and its escrow: what was held, how much approved time was paid
 * from it (gross, before the fee), and what went back to the client when it closed. Amounts are
 * minor units of the contract's currency; the money itself moves through the ledger, and this
 * records what moved once it did.
 */
@Entity
@Table(name = "contract_week")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ContractWeek {

  /** How long an unfunded week waits before the scan tries its hold again. */
  public static final Duration RETRY_AFTER = Duration.ofMinutes(1);

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "week_start", nullable = false, updatable = false)
  private LocalDate weekStart;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WeekStatus status;

  @Column(name = "hold_id")
  private Long holdId;

  @Column(nullable = false)
  private long held;

  @Column(name = "approved_seconds", nullable = false)
  private long approvedSeconds;

  @Column(nullable = false)
  private long released;

  @Column(nullable = false)
  private long refunded;

  @Column(name = "retry_at")
  private Instant retryAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected ContractWeek() {}

  /** A week of the contract about to be funded; unfunded until its hold is taken. */
  public ContractWeek(long contractId, Week week, Instant now) {
    this.contractId = contractId;
    this.weekStart = week.start();
    this.startsAt = week.startsAt();
    this.endsAt = week.endsAt();
    this.status = WeekStatus.UNFUNDED;
    this.retryAt = now;
    this.createdAt = now;
  }

  /**
   * What {@code seconds} of work are worth at an hourly rate, rounded half-even to minor units (an
   * entry at a time, so each payment is what its entry shows).
   */
  public static Money worth(Money hourlyRate, long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("Negative time: " + seconds);
    }
    return Money.of(
        BigDecimal.valueOf(hourlyRate.minorUnits())
            .multiply(BigDecimal.valueOf(seconds))
            .divide(SECONDS_PER_HOUR, 0, RoundingMode.HALF_EVEN)
            .longValueExact(),
        hourlyRate.currency());
  }

  /** The hold of {@code amount} was taken: time may be tracked in the week up to its cap. */
  public void funded(long holdId, Money amount) {
    if (status != WeekStatus.UNFUNDED) {
      throw new IllegalStateException("Week " + weekStart + " is " + status + " already");
    }
    this.holdId = holdId;
    this.held = amount.requirePositive().minorUnits();
    this.status = WeekStatus.FUNDED;
    this.retryAt = null;
  }

  /** The hold could not be taken now; the scan tries again from {@code now + RETRY_AFTER}. */
  public void unfunded(Instant now) {
    if (status != WeekStatus.UNFUNDED) {
      throw new IllegalStateException("Week " + weekStart + " is " + status + " already");
    }
    this.retryAt = now.plus(RETRY_AFTER);
  }

  /** Whether an unfunded week's hold is due to be tried again. */
  public boolean retryDue(Instant now) {
    return status == WeekStatus.UNFUNDED && (retryAt == null || !retryAt.isAfter(now));
  }

  /**
   * What of {@code worth} the hold can still pay: all of it, except where rounding each entry up
   * would take the week's entries past what was held (never more than the cap's hours are tracked).
   */
  public long payable(long worth) {
    requireFunded();
    return Math.min(worth, remaining());
  }

  /** An approved entry of {@code seconds} was paid {@code gross} from the hold. */
  public void paid(long seconds, long gross) {
    requireFunded();
    if (gross < 0 || gross > remaining()) {
      throw new IllegalArgumentException(
          "Cannot pay " + gross + " from week " + weekStart + " holding " + remaining());
    }
    approvedSeconds += seconds;
    released += gross;
  }

  /**
   * Closes the week, {@code refund} (all that is left of a funded week's hold) having gone back to
   * the client.
   */
  public void close(long refund, Instant now) {
    if (status == WeekStatus.CLOSED) {
      throw new IllegalStateException("Week " + weekStart + " is closed already");
    }
    if (refund != remaining()) {
      throw new IllegalArgumentException(
          "Closing week " + weekStart + " refunds its " + remaining() + ", not " + refund);
    }
    this.refunded += refund;
    this.status = WeekStatus.CLOSED;
    this.closedAt = now;
    this.retryAt = null;
  }

  private void requireFunded() {
    if (status != WeekStatus.FUNDED) {
      throw new ConflictException(
          "The escrow of "
              + week().label()
              + " is "
              + (status == WeekStatus.CLOSED
                  ? "closed: what it did not pay went back to the client."
                  : "not held."));
    }
  }

  /** What the hold still holds. */
  public long remaining() {
    return held - released - refunded;
  }

  public Week week() {
    return new Week(weekStart);
  }

  public Long getId() {
    return id;
  }

  public long getContractId() {
    return contractId;
  }

  public LocalDate getWeekStart() {
    return weekStart;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public WeekStatus getStatus() {
    return status;
  }

  public Long getHoldId() {
    return holdId;
  }

  public long getHeld() {
    return held;
  }

  public long getApprovedSeconds() {
    return approvedSeconds;
  }

  public long getReleased() {
    return released;
  }

  public long getRefunded() {
    return refunded;
  }

  public Instant getRetryAt() {
    return retryAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
