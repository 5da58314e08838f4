package com.marketplace.invoicing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Whom an invoice or a quote is for, as kept with it: the CRM client and the member (who may see
 * and pay or accept it in the app), and the details printed on it, which stay as they were when it
 * went out however the client changes later.
 */
@Embeddable
public class Addressee {

  @Column(name = "desk_client_id", updatable = false)
  private Long deskClientId;

  @Column(name = "recipient_member_id", updatable = false)
  private Long memberId;

  @Column(name = "recipient_name", nullable = false)
  private String name;

  @Column(name = "recipient_email")
  private String email;

  @Column(name = "recipient_address")
  private String address;

  @Column(name = "recipient_country")
  private String countryCode;

  @Column(name = "recipient_tax_id")
  private String taxId;

  protected Addressee() {}

  Addressee(Recipient recipient) {
    this.deskClientId = recipient.deskClientId();
    this.memberId = recipient.memberId();
    printed(recipient);
  }

  /** Takes the details to print; whom the document is for stays. */
  void printed(Recipient details) {
    this.name = details.name();
    this.email = details.email();
    this.address = details.address();
    this.countryCode = details.countryCode();
    this.taxId = details.taxId();
  }

  boolean isMember(long member) {
    return memberId != null && memberId == member;
  }

  /**
   * For the member, or for the email a portal account holds (its CRM client's or customer's
   * address, whichever issuer wrote it).
   */
  boolean isFor(long member, String portalEmail) {
    return isMember(member)
        || (portalEmail != null && email != null && email.strip().equalsIgnoreCase(portalEmail));
  }

  Recipient recipient() {
    return new Recipient(deskClientId, memberId, name, email, address, countryCode, taxId);
  }

  Long getDeskClientId() {
    return deskClientId;
  }

  Long getMemberId() {
    return memberId;
  }

  String getName() {
    return name;
  }
}
