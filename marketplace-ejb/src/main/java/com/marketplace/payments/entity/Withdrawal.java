package com.marketplace.payments.entity;

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
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "withdrawal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = Withdrawal.BY_KEY,
    query = "SELECT p FROM Withdrawal p WHERE p.idempotencyKey = :key")
@NamedQuery(
    name = Withdrawal.BY_PROVIDER_REF,
    query = "SELECT p FROM Withdrawal p WHERE p.provider = :provider AND p.providerRef = :ref")
public class Withdrawal {

  public static final String BY_KEY = "Withdrawal.byKey";
  public static final String BY_PROVIDER_REF = "Withdrawal.byProviderRef";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(name = "provider_ref", nullable = false)
  private String providerRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentStatus status;

  private String failure;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  private String idempotencyKey;

  @Column(name = "payout_account", nullable = false, updatable = false)
  private String payoutAccount;

  @Column(name = "hold_id", nullable = false, updatable = false)
  private long holdId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Withdrawal() {}

  public Withdrawal(
      long memberId,
      long amount,
      String currency,
      String provider,
      String providerRef,
      String idempotencyKey,
      String payoutAccount,
      long holdId,
      Instant createdAt) {
    this.memberId = memberId;
    this.amount = amount;
    this.currency = currency;
    this.provider = provider;
    this.providerRef = providerRef;
    this.idempotencyKey = idempotencyKey;
    this.payoutAccount = payoutAccount;
    this.holdId = holdId;
    this.status = PaymentStatus.PENDING;
    this.createdAt = createdAt;
  }

  /**
   * Moves a pending payment to its final state; answers false (and changes nothing) when it is
   * already final, so a replayed or late provider event is harmless.
   */
  public boolean settle(PaymentStatus outcome, String failure) {
    if (status.isFinal() || !outcome.isFinal()) {
      return false;
    }
    this.status = outcome;
    this.failure = failure;
    return true;
  }

  public void assignProviderRef(String providerRef) {
    this.providerRef = providerRef;
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public long getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public String getProvider() {
    return provider;
  }

  public String getProviderRef() {
    return providerRef;
  }

  public PaymentStatus getStatus() {
    return status;
  }

  public String getFailure() {
    return failure;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getPayoutAccount() {
    return payoutAccount;
  }

  public long getHoldId() {
    return holdId;
  }
}
