package com.marketplace.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Money a member adds by card: credited to the wallet only once the provider confirms it. */
@Entity
@Table(name = "top_up")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(name = TopUp.BY_KEY, query = "SELECT p FROM TopUp p WHERE p.idempotencyKey = :key")
@NamedQuery(
    name = TopUp.DUE,
    query = "SELECT p FROM TopUp p WHERE p.status = :pending AND p.settleAfter <= :now")
@NamedQuery(
    name = TopUp.BY_PROVIDER_REF,
    query = "SELECT p FROM TopUp p WHERE p.provider = :provider AND p.providerRef = :ref")
public class TopUp extends ProviderPayment {

  public static final String BY_KEY = "TopUp.byKey";
  public static final String BY_PROVIDER_REF = "TopUp.byProviderRef";
  public static final String DUE = "TopUp.due";

  /** When a charge the provider left pending is to be settled by our own scan (sandbox). */
  @Column(name = "settle_after")
  private Instant settleAfter;

  protected TopUp() {}

  public TopUp(
      long memberId,
      long amount,
      String currency,
      String provider,
      String providerRef,
      String idempotencyKey,
      Instant settleAfter,
      Instant createdAt) {
    super(memberId, amount, currency, provider, providerRef, idempotencyKey, createdAt);
    this.settleAfter = settleAfter;
  }
}
