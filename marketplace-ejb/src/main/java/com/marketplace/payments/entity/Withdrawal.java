package com.marketplace.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Money a member takes out: held in the ledger until the payout is paid or fails. */
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
public class Withdrawal extends ProviderPayment {

  public static final String BY_KEY = "Withdrawal.byKey";
  public static final String BY_PROVIDER_REF = "Withdrawal.byProviderRef";

  @Column(name = "payout_account", nullable = false, updatable = false)
  private String payoutAccount;

  @Column(name = "hold_id", nullable = false, updatable = false)
  private long holdId;

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
    super(memberId, amount, currency, provider, providerRef, idempotencyKey, createdAt);
    this.payoutAccount = payoutAccount;
    this.holdId = holdId;
  }

  public String getPayoutAccount() {
    return payoutAccount;
  }

  public long getHoldId() {
    return holdId;
  }
}
