package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoiceProfile;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a freelancer prints on their invoices (H5): business name, address, country, tax id, the
 * prefix of their numbers, usual payment terms, how to pay, and when recipients are reminded.
 */
@Named
@ViewScoped
public class InvoiceSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Invoices invoices;

  @Size(max = InvoiceProfile.NAME_MAX)
  private String businessName;

  @Size(max = InvoiceProfile.ADDRESS_MAX)
  private String address;

  @Size(max = 2)
  private String countryCode;

  @Size(max = Recipient.TAX_ID_MAX)
  private String taxId;

  @Size(max = InvoiceProfile.PREFIX_MAX)
  private String prefix;

  @NotNull
  @Min(0)
  @Max(Invoice.TERMS_DAYS_MAX)
  private Integer termsDays;

  @Size(max = InvoiceProfile.INSTRUCTIONS_MAX)
  private String instructions;

  @Size(max = 40)
  private String reminderDays;

  public void load() {
    fill(invoices.profile());
  }

  public String save() {
    invoices.writeProfile(
        businessName, address, countryCode, taxId, prefix, termsDays, instructions, reminderDays);
    Pages.info("Saved. New invoices print these details.");
    return "/app/invoices/settings?faces-redirect=true";
  }

  private void fill(InvoiceProfile p) {
    businessName = p.getBusinessName();
    address = p.getAddress();
    countryCode = p.getCountryCode();
    taxId = p.getTaxId();
    prefix = p.getInvoicePrefix();
    termsDays = p.getPaymentTermsDays();
    instructions = p.getPaymentInstructions();
    reminderDays = p.getReminderDays();
  }

  public String getBusinessName() {
    return businessName;
  }

  public void setBusinessName(String businessName) {
    this.businessName = businessName;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public String getTaxId() {
    return taxId;
  }

  public void setTaxId(String taxId) {
    this.taxId = taxId;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public Integer getTermsDays() {
    return termsDays;
  }

  public void setTermsDays(Integer termsDays) {
    this.termsDays = termsDays;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public String getReminderDays() {
    return reminderDays;
  }

  public void setReminderDays(String reminderDays) {
    this.reminderDays = reminderDays;
  }
}
