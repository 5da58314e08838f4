package com.marketplace.payments.entity;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Money a member takes out: held in the ledger until the payout is paid or fails. The hold is taken
 * in the transaction that writes the row, so a committed withdrawal always has one.
 */
@Entity
@Table(name = "withdrawal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = Withdrawal.BY_KEY,
    query = "SELECT p FROM Withdrawal p WHERE p.memberId = :member AND p.idempotencyKey = :key")
@NamedQuery(
    name = Withdrawal.BY_PROVIDER_REF,
    query = "SELECT p FROM Withdrawal p WHERE p.provider = :provider AND p.providerRef = :ref")
public class Withdrawal extends ProviderPayment {

  public static final String BY_KEY = "Withdrawal.byKey";
  public static final String BY_PROVIDER_REF = "Withdrawal.byProviderRef";

  @Column(name = "payout_account", nullable = false, updatable = false)
  private String payoutAccount;

  @Column(name = "hold_id")
  private Long holdId;

  protected Withdrawal() {}

  public Withdrawal(
      long memberId,
      Money amount,
      String provider,
      String idempotencyKey,
      String payoutAccount,
      Instant createdAt,
      Instant checkAt) {
    super(memberId, amount, provider, idempotencyKey, createdAt, checkAt);
    this.payoutAccount = requireAccount(payoutAccount);
  }

  public static final int ACCOUNT_MAX = 60;

  /** A payout account as withdrawals accept it: present, at most 60 characters, trimmed. */
  public static String requireAccount(String payoutAccount) {
    if (payoutAccount == null
        || payoutAccount.isBlank()
        || payoutAccount.strip().length() > ACCOUNT_MAX) {
      throw new InvalidInputException("Enter the bank account to pay out to.");
    }
    return payoutAccount.strip();
  }

  /** The ledger's key (and reference) for the hold: the withdrawal's, so the member's too. */
  public String ledgerKey() {
    return "withdrawal:" + getId();
  }

  /** The idempotency key the provider is given for this withdrawal: one payout per withdrawal. */
  public static String providerKey(long withdrawalId) {
    return "withdrawal:" + withdrawalId;
  }

  public String providerKey() {
    return providerKey(getId());
  }

  /** The ledger hold that keeps the amount until the payout is final; set once. */
  public void held(long holdId) {
    if (this.holdId != null && this.holdId != holdId) {
      throw new IllegalStateException("Withdrawal " + getId() + " is already held");
    }
    this.holdId = holdId;
  }

  /** Whether a request under this withdrawal's key asks for the same payout again. */
  public boolean sameRequest(Money amount, String payoutAccount) {
    return getAmount().equals(amount) && this.payoutAccount.equals(requireAccount(payoutAccount));
  }

  public String getPayoutAccount() {
    return payoutAccount;
  }

  public long getHoldId() {
    if (holdId == null) {
      throw new IllegalStateException("Withdrawal " + getId() + " has no hold");
    }
    return holdId;
  }
}
