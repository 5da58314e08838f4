package com.marketplace.subscriptions.web;

import com.marketplace.invoicing.entity.InvoiceProfile;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Pages;
import com.marketplace.subscriptions.boundary.BillingProfile;
import com.marketplace.subscriptions.boundary.Plans;
import com.marketplace.subscriptions.entity.BillingInterval;
import com.marketplace.subscriptions.entity.PlanTerms;
import com.marketplace.subscriptions.entity.PlanView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The owner's plans (S1): the active ones, the archived too on request (in the URL); a plan written
 * or changed in a dialog, archived and restored. Beside them, the billing details the workspace
 * prints as the issuer of its subscription invoices. Every action goes back to the list
 * (POST-redirect-GET); a refusal shows as a message on it.
 */
@Named
@ViewScoped
public class PlanList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Plans plans;
  @Inject BillingProfile billing;

  private boolean archived;
  private List<PlanView> list = List.of();

  // the dialog
  private Long editing;
  private String name;
  private String description;
  private Money price;
  private BillingInterval interval = BillingInterval.MONTHLY;

  private Integer trialDays;

  // the workspace as issuer
  private String businessName;

  private String address;

  private String country;

  private String taxId;

  private boolean billingReady;

  /** Runs after the view parameters are set. */
  public void init() {
    list = plans.list(archived);
    InvoiceProfile profile = billing.get();
    businessName = profile.getBusinessName();
    address = profile.getAddress();
    country = profile.getCountryCode();
    taxId = profile.getTaxId();
    billingReady = taxId != null;
  }

  /** The dialog for a new plan. */
  public void startNew() {
    editing = null;
    name = null;
    description = null;
    price = null;
    interval = BillingInterval.MONTHLY;
    trialDays = null;
  }

  /** The dialog for a plan's change. */
  public void edit(long planId) {
    PlanView p = plans.get(planId);
    editing = p.id();
    name = p.name();
    description = p.description();
    price = p.price();
    interval = p.interval();
    trialDays = p.trialDays();
  }

  public String save() {
    if (price == null) {
      throw new InvalidInputException("Enter the plan's price.");
    }
    var terms =
        new PlanTerms(
            name, description, price.minorUnits(), interval, trialDays == null ? 0 : trialDays);
    if (editing == null) {
      return done("“" + plans.create(terms).name() + "” is offered from now on.");
    }
    return done(
        "“"
            + plans.change(editing, terms).name()
            + "” is changed; a new price applies from each subscriber's next period.");
  }

  public String archive(long planId) {
    return done("“" + plans.archive(planId).name() + "” is archived: nobody new can take it.");
  }

  public String restore(long planId) {
    return done("“" + plans.restore(planId).name() + "” is offered again.");
  }

  public String saveBilling() {
    billing.write(businessName, address, country, taxId);
    return done("Billing details saved.");
  }

  private String done(String message) {
    Pages.info(message);
    return "/app/owner/plans?faces-redirect=true" + (archived ? "&archived=true" : "");
  }

  public BillingInterval[] getIntervals() {
    return BillingInterval.values();
  }

  public List<PlanView> getList() {
    return list;
  }

  public boolean isEditingPlan() {
    return editing != null;
  }

  /** Whether the workspace's invoices can be issued: its tax id is written down. */
  public boolean isBillingReady() {
    return billingReady;
  }

  public boolean isArchived() {
    return archived;
  }

  public void setArchived(boolean archived) {
    this.archived = archived;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Money getPrice() {
    return price;
  }

  public void setPrice(Money price) {
    this.price = price;
  }

  public BillingInterval getInterval() {
    return interval;
  }

  public void setInterval(BillingInterval interval) {
    this.interval = interval;
  }

  public Integer getTrialDays() {
    return trialDays;
  }

  public void setTrialDays(Integer trialDays) {
    this.trialDays = trialDays;
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

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getTaxId() {
    return taxId;
  }

  public void setTaxId(String taxId) {
    this.taxId = taxId;
  }
}
