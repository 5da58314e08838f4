package com.marketplace.invoicing.entity;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * What an issuer prints on its invoices (business name, address, country, tax id, how to pay), the
 * prefix of its numbers, its usual payment terms, and when its recipients are reminded: days
 * relative to the due date, negative before it (-3: three days before), positive after.
 */
@Entity
@Table(name = "invoice_profile")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = InvoiceProfile.OF_ISSUER,
    query = "SELECT p FROM InvoiceProfile p WHERE p.issuerKey = :issuer")
public class InvoiceProfile {

  public static final String OF_ISSUER = "InvoiceProfile.ofIssuer";
  public static final int NAME_MAX = 120;
  public static final int ADDRESS_MAX = 500;
  public static final int INSTRUCTIONS_MAX = 500;
  public static final int PREFIX_MAX = 12;
  public static final String DEFAULT_COUNTRY = "DE";
  public static final String DEFAULT_REMINDERS = "-3,1,7,14";
  private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,12}");
  private static final Pattern REMINDERS = Pattern.compile("^$|^-?\\d{1,3}(,-?\\d{1,3}){0,7}$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issuer_key", nullable = false, updatable = false)
  private String issuerKey;

  @Column(name = "business_name")
  private String businessName;

  private String address;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(name = "tax_id")
  private String taxId;

  @Column(name = "invoice_prefix", nullable = false)
  private String invoicePrefix;

  @Column(name = "payment_terms_days", nullable = false)
  private int paymentTermsDays;

  @Column(name = "payment_instructions")
  private String paymentInstructions;

  @Column(name = "reminder_days", nullable = false)
  private String reminderDays;

  @Version private long version;

  protected InvoiceProfile() {}

  /** The profile an issuer has before writing one: numbers INV-…, 14 days, the usual reminders. */
  public static InvoiceProfile standard(String issuerKey) {
    var p = new InvoiceProfile();
    p.issuerKey = issuerKey;
    p.countryCode = DEFAULT_COUNTRY;
    p.invoicePrefix = "INV";
    p.paymentTermsDays = 14;
    p.reminderDays = DEFAULT_REMINDERS;
    return p;
  }

  public void write(
      String businessName,
      String address,
      String countryCode,
      String taxId,
      String invoicePrefix,
      int paymentTermsDays,
      String paymentInstructions,
      String reminderDays) {
    this.businessName = Texts.optional(businessName, "business name", NAME_MAX);
    this.address = Texts.optional(address, "address", ADDRESS_MAX);
    String country = Recipient.country(countryCode);
    this.countryCode = country == null ? DEFAULT_COUNTRY : country;
    this.taxId = Texts.optional(taxId, "tax id", Recipient.TAX_ID_MAX);
    String prefix = invoicePrefix == null ? "" : invoicePrefix.strip().toUpperCase(Locale.ROOT);
    if (!PREFIX.matcher(prefix).matches()) {
      throw new InvalidInputException(
          "The number prefix is 1 to " + PREFIX_MAX + " letters or digits, e.g. INV.");
    }
    this.invoicePrefix = prefix;
    if (paymentTermsDays < 0 || paymentTermsDays > Invoice.TERMS_DAYS_MAX) {
      throw new InvalidInputException(
          "Payment terms are 0 to " + Invoice.TERMS_DAYS_MAX + " days.");
    }
    this.paymentTermsDays = paymentTermsDays;
    this.paymentInstructions =
        Texts.optional(paymentInstructions, "payment instructions", INSTRUCTIONS_MAX);
    String days = reminderDays == null ? "" : reminderDays.replace(" ", "");
    if (!REMINDERS.matcher(days).matches()) {
      throw new InvalidInputException(
          "Reminders are days from the due date separated by commas, e.g. -3,1,7,14 (at most 8).");
    }
    this.reminderDays = days;
  }

  /** The reminder days, in order (before the due date first). */
  public List<Integer> reminders() {
    if (reminderDays.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(reminderDays.split(","))
        .map(Integer::valueOf)
        .sorted()
        .distinct()
        .toList();
  }

  public String getIssuerKey() {
    return issuerKey;
  }

  public String getBusinessName() {
    return businessName;
  }

  public String getAddress() {
    return address;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public String getTaxId() {
    return taxId;
  }

  public String getInvoicePrefix() {
    return invoicePrefix;
  }

  public int getPaymentTermsDays() {
    return paymentTermsDays;
  }

  public String getPaymentInstructions() {
    return paymentInstructions;
  }

  public String getReminderDays() {
    return reminderDays;
  }
}
