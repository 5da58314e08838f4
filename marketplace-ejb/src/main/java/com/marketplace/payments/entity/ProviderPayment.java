package com.marketplace.payments.entity;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What top-ups and withdrawals share: an amount a member moves through a provider under the
 * member's idempotency key, pending until the provider reports the outcome.
 *
 * <p>The row is written, and so the key claimed, before the provider is called; the provider's
 * reference is recorded when it answers. Until the payment is final, {@code checkAt} says when the
 * settlement scan asks the provider about it again: soon after the claim in case the answer is
 * never recorded, or when a provider that answered "pending" said it would know.
 */
@MappedSuperclass
public abstract class ProviderPayment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "amount", nullable = false, updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", nullable = false, updatable = false))
  private Money amount;

  @Column(nullable = false, updatable = false)
  private String provider;

  /** Null until the provider has answered. */
  @Column(name = "provider_ref")
  private String providerRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentStatus status;

  private String failure;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  private String idempotencyKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** When the settlement scan asks the provider about this pending payment; null: never. */
  @Column(name = "check_at")
  private Instant checkAt;

  @Version private long version;

  protected ProviderPayment() {}

  protected ProviderPayment(
      long memberId,
      Money amount,
      String provider,
      String idempotencyKey,
      Instant createdAt,
      Instant checkAt) {
    this.memberId = memberId;
    this.amount = amount.requirePositive();
    this.provider = provider;
    this.idempotencyKey = requireKey(idempotencyKey);
    this.status = PaymentStatus.PENDING;
    this.createdAt = createdAt;
    this.checkAt = checkAt;
  }

  /** The longest idempotency key a member may send. */
  public static final int KEY_MAX = 120;

  /** A member's idempotency key as the payments accept it: present, at most 120 characters. */
  public static String requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > KEY_MAX) {
      throw new InvalidInputException("Every payment needs an idempotency key.");
    }
    return key;
  }

  /**
   * Records the provider's reference for this payment. The provider answers one idempotency key
   * with one payment, so a second answer names the same one; another reference means the provider
   * mixed payments up, which nothing may settle silently.
   */
  public void answeredAs(String reference) {
    if (reference == null) {
      return; // refused, or never made: the provider has no payment to name
    }
    if (providerRef == null) {
      providerRef = reference;
    } else if (!providerRef.equals(reference)) {
      throw new IllegalStateException(
          "Payment " + id + " is " + providerRef + " at the provider, not " + reference);
    }
  }

  /** Whether the settlement scan should ask the provider about this payment now. */
  public boolean dueForCheck(Instant now) {
    return !status.isFinal() && checkAt != null && !checkAt.isAfter(now);
  }

  /** The provider said it will know the outcome later: ask again then (null: wait to be told). */
  public void checkAgainAt(Instant at) {
    if (!status.isFinal()) {
      checkAt = at;
    }
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
    this.checkAt = null;
    return true;
  }

  /** As the member sees it. */
  public PaymentView view() {
    return new PaymentView(id, amount, amount.currencyCode(), status, failure);
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public Money getAmount() {
    return amount;
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

  public Instant getCheckAt() {
    return checkAt;
  }
}
