package com.marketplace.subscriptions.entity;

import com.marketplace.identity.entity.Member;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.payments.entity.CardNumber;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Whom the workspace bills (S2): a member, who pays from the wallet, or someone known only for
 * billing, who pays by card. The card is the provider's token (the sandbox's tokens are its test
 * card numbers); only its last four digits are ever shown.
 */
@Entity
@Table(name = "customer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Customer {

  public static final int NAME_MAX = 120;
  public static final int EMAIL_MAX = Member.EMAIL_MAX;
  public static final int ADDRESS_MAX = Recipient.ADDRESS_MAX;
  public static final int TAX_ID_MAX = Recipient.TAX_ID_MAX;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String email;

  @Column(name = "billing_address")
  private String billingAddress;

  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "tax_id")
  private String taxId;

  @Column(name = "card_token")
  private String cardToken;

  @Column(name = "card_last4")
  private String cardLast4;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Customer() {}

  /** A customer; a member's name and email are theirs unless others are given. */
  public Customer(CustomerDetails details, Member member, Instant now) {
    this.memberId = member == null ? null : member.getId();
    this.createdAt = now;
    change(
        new CustomerDetails(
            details.memberId(),
            blank(details.name()) && member != null ? member.getDisplayName() : details.name(),
            blank(details.email()) && member != null ? member.getEmail() : details.email(),
            details.billingAddress(),
            details.countryCode(),
            details.taxId(),
            details.card()));
  }

  /** New contact and billing details; a card given replaces the one kept, none keeps it. */
  public void change(CustomerDetails details) {
    this.name = Texts.required(details.name(), "customer's name", NAME_MAX);
    String mail = Texts.required(details.email(), "customer's email", EMAIL_MAX);
    if (!EMAIL.matcher(mail).matches()) {
      throw new InvalidInputException("Enter a valid email address.");
    }
    this.email = mail.toLowerCase(Locale.ROOT);
    this.billingAddress = Texts.optional(details.billingAddress(), "billing address", ADDRESS_MAX);
    this.countryCode = Recipient.country(details.countryCode());
    this.taxId = Texts.optional(details.taxId(), "tax id", TAX_ID_MAX);
    if (!blank(details.card())) {
      CardNumber card = CardNumber.parse(details.card());
      this.cardToken = card.digits();
      this.cardLast4 = card.last4();
    }
  }

  /** The customer's own new card (from the portal); nothing else of theirs changes. */
  public void replaceCard(String number) {
    if (blank(number)) {
      throw new InvalidInputException("Enter the card number.");
    }
    CardNumber card = CardNumber.parse(number);
    this.cardToken = card.digits();
    this.cardLast4 = card.last4();
  }

  /** How the customer pays: members from their wallet, others by their card. */
  public PaymentMethod paymentMethod() {
    return memberId != null ? PaymentMethod.WALLET : PaymentMethod.CARD;
  }

  /** The card to charge; empty-handed customers are refused when billed (and dunned). */
  public CardNumber card() {
    if (cardToken == null) {
      throw new InvalidInputException("No card on file for " + name + ".");
    }
    return new CardNumber(cardToken);
  }

  /** Whom the customer's invoices are for. */
  public Recipient recipient() {
    return new Recipient(null, memberId, name, email, billingAddress, countryCode, taxId);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** How a customer pays. */
  public enum PaymentMethod {
    WALLET,
    CARD
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getBillingAddress() {
    return billingAddress;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public String getTaxId() {
    return taxId;
  }

  public String getCardLast4() {
    return cardLast4;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
