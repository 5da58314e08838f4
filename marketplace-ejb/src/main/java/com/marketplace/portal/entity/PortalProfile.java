package com.marketplace.portal.entity;

import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** What a portal account keeps about itself besides its name: phone and billing address. */
@Entity
@Table(name = "portal_profile")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class PortalProfile {

  public static final int PHONE_MAX = 40;
  public static final int ADDRESS_MAX = 500;

  @Id
  @Column(name = "member_id")
  private Long memberId;

  private String phone;

  @Column(name = "billing_address")
  private String billingAddress;

  @Version private long version;

  protected PortalProfile() {}

  public PortalProfile(long memberId) {
    this.memberId = memberId;
  }

  /** The holder's own contact details; blank clears one. */
  public void describe(String phone, String billingAddress) {
    String p = Texts.optional(phone, "phone", PHONE_MAX);
    if (p != null && !p.matches("[0-9+()./ -]{3,40}")) {
      throw new com.marketplace.platform.InvalidInputException(
          "The phone number may hold digits, spaces and + ( ) . / - only.");
    }
    this.phone = p;
    this.billingAddress = Texts.optional(billingAddress, "billing address", ADDRESS_MAX);
  }

  public String getPhone() {
    return phone;
  }

  public String getBillingAddress() {
    return billingAddress;
  }
}
