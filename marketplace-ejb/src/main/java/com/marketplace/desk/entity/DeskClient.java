package com.marketplace.desk.entity;

import com.marketplace.identity.entity.Member;
import com.marketplace.platform.ConflictException;
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
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A client in one freelancer's book (H1). Only that freelancer sees it. Linked to a client member
 * of the workspace, approvals (and later invoices) reach that member; otherwise it is external and
 * known by its email. A client with invoiced time is archived, never deleted.
 */
@Entity
@Table(name = "desk_client")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class DeskClient {

  public static final int NAME_MAX = 120;
  public static final int EMAIL_MAX = Member.EMAIL_MAX;
  public static final int PHONE_MAX = 40;
  public static final int COMPANY_MAX = 120;
  public static final int NOTES_MAX = 4000;
  public static final int ADDRESS_MAX = 500;
  public static final int TAX_ID_MAX = 40;

  private static final Pattern PHONE = Pattern.compile("^[+()0-9 ./-]{3,40}$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "freelancer_id", nullable = false, updatable = false)
  private long freelancerId;

  @Column(nullable = false)
  private String name;

  private String email;
  private String phone;
  private String company;
  private String notes;

  /** Where invoices to the client are addressed, printed on them. */
  @Column(name = "billing_address")
  private String billingAddress;

  /** ISO 3166 alpha-2, printed on invoices and read by e-invoicing. */
  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "tax_id")
  private String taxId;

  @Column(name = "member_id")
  private Long memberId;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected DeskClient() {}

  public DeskClient(long freelancerId, ClientDetails details, Instant now) {
    this.freelancerId = freelancerId;
    this.createdAt = now;
    change(details);
  }

  /** Replaces what the freelancer wrote down; the link to a member is checked by the caller. */
  public void change(ClientDetails details) {
    this.name = Texts.required(details.name(), "client's name", NAME_MAX);
    this.email = email(details.email());
    this.phone = phone(details.phone());
    this.company = Texts.optional(details.company(), "company", COMPANY_MAX);
    this.notes = Texts.optional(details.notes(), "notes", NOTES_MAX);
    this.memberId = details.memberId();
    bill(details.billingAddress(), details.countryCode(), details.taxId());
  }

  /** Optional here; when given, it follows the rule every address in the workspace follows. */
  static String email(String value) {
    return value == null || value.isBlank() ? null : Member.normaliseEmail(value);
  }

  static String phone(String value) {
    String phone = Texts.optional(value, "phone number", PHONE_MAX);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidInputException(
          "A phone number has digits, spaces and + ( ) . - / only, such as +49 30 1234567.");
    }
    return phone;
  }

  public void archive() {
    archived = true;
  }

  public void restore() {
    archived = false;
  }

  /**
   * Refuses to delete a client something still hangs on: one with invoiced time is kept for its
   * invoices (archived, never deleted), one with projects keeps them. Only a client without any
   * project may go.
   */
  public void requireDeletable(long projects, long invoicedEntries) {
    if (invoicedEntries > 0) {
      throw new ConflictException(
          "“"
              + name
              + "” has invoiced time and is kept for its invoices. Archive the client instead.");
    }
    if (projects > 0) {
      throw new ConflictException(
          "“" + name + "” has projects. Archive the client instead, or delete its projects first.");
    }
  }

  /**
   * Links a client not yet linked to anyone to the portal account made for its email, so its holder
   * approves the client's time like a client member would.
   */
  public boolean linkPortalAccount(long portalMemberId) {
    if (memberId != null) {
      return false;
    }
    memberId = portalMemberId;
    return true;
  }

  public boolean ownedBy(long memberId) {
    return freelancerId == memberId;
  }

  /** The client's billing details: address, country code, tax id (all optional). */
  private void bill(String address, String country, String tax) {
    this.billingAddress = Texts.optional(address, "billing address", ADDRESS_MAX);
    String code = Texts.optional(country, "country", 2);
    if (code != null) {
      code = code.toUpperCase(java.util.Locale.ROOT);
      if (!java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA2)
          .contains(code)) {
        throw new InvalidInputException(
            "“" + country.strip() + "” is not a country code (e.g. DE).");
      }
    }
    this.countryCode = code;
    this.taxId = Texts.optional(tax, "tax id", TAX_ID_MAX);
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

  public Long getId() {
    return id;
  }

  public long getFreelancerId() {
    return freelancerId;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getCompany() {
    return company;
  }

  public String getNotes() {
    return notes;
  }

  public Long getMemberId() {
    return memberId;
  }

  public boolean isArchived() {
    return archived;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
