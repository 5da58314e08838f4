package com.marketplace.payments.entity;

import com.marketplace.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Money a member adds by card: credited to the wallet only once the provider confirms it. The
 * member's idempotency key is the member's own: another member's equal key is another top-up.
 */
@Entity
@Table(name = "top_up")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = TopUp.BY_KEY,
    query = "SELECT p FROM TopUp p WHERE p.memberId = :member AND p.idempotencyKey = :key")
@NamedQuery(
    name = TopUp.BY_PROVIDER_REF,
    query = "SELECT p FROM TopUp p WHERE p.provider = :provider AND p.providerRef = :ref")
public class TopUp extends ProviderPayment {

  public static final String BY_KEY = "TopUp.byKey";
  public static final String BY_PROVIDER_REF = "TopUp.byProviderRef";

  /**
   * The card's last four digits, to tell a replay from another payment under the same key. No card
   * number is kept, not even as a digest, which could be searched.
   */
  @Column(name = "card_last4", updatable = false)
  private String cardLast4;

  protected TopUp() {}

  public TopUp(
      long memberId,
      Money amount,
      String provider,
      String idempotencyKey,
      CardNumber card,
      Instant createdAt,
      Instant checkAt) {
    super(memberId, amount, provider, idempotencyKey, createdAt, checkAt);
    this.cardLast4 = card.last4();
  }

  /** The idempotency key the provider is given for this top-up: one charge per top-up. */
  public static String providerKey(long topUpId) {
    return "top-up:" + topUpId;
  }

  public String providerKey() {
    return providerKey(getId());
  }

  /** Whether a request under this top-up's key asks for the same payment again. */
  public boolean sameRequest(Money amount, CardNumber card) {
    return getAmount().equals(amount)
        && (cardLast4 == null || Objects.equals(cardLast4, card.last4()));
  }

  public String getCardLast4() {
    return cardLast4;
  }
}
