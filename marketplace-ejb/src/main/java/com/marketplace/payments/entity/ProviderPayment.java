package com.marketplace.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What top-ups and withdrawals share: an amount a member moves through a provider, known there by
 * the provider's reference, pending until the provider reports the outcome.
 */
@MappedSuperclass
public abstract class ProviderPayment {

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

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected ProviderPayment() {}

  protected ProviderPayment(
      long memberId,
      long amount,
      String currency,
      String provider,
      String providerRef,
      String idempotencyKey,
      Instant createdAt) {
    this.memberId = memberId;
    this.amount = amount;
    this.currency = currency;
    this.provider = provider;
    this.providerRef = providerRef;
    this.idempotencyKey = idempotencyKey;
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

  /** As the member sees it. */
  public PaymentView view() {
    return new PaymentView(id, amount, currency, status, failure);
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
}
