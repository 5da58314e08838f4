package com.marketplace.portal.web;

import com.marketplace.platform.web.Pages;
import com.marketplace.portal.boundary.Portal;
import com.marketplace.portal.entity.PortalAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * My account: name, phone and billing address, the password, and log out on all devices. The form
 * binds only these fields; the boundary changes nothing else whatever is posted.
 */
@Named
@RequestScoped
public class PortalAccountPage {

  @Inject Portal portal;
  @Inject com.marketplace.identity.web.CurrentMember currentMember;

  private PortalAccount account;
  private String name;
  private String phone;
  private String billingAddress;
  private String currentPassword;
  private String newPassword;

  public void load() {
    account = portal.account();
    if (name == null) {
      name = account.name();
      phone = account.phone();
      billingAddress = account.billingAddress();
    }
  }

  public String save() {
    portal.changeDetails(name, phone, billingAddress);
    Pages.info("Your details are saved.");
    return "/portal/account?faces-redirect=true";
  }

  public String changePassword() {
    portal.changePassword(currentPassword, newPassword);
    Pages.info("Your password is changed.");
    return "/portal/account?faces-redirect=true";
  }

  public void logOutEverywhere() throws jakarta.servlet.ServletException {
    portal.logOutEverywhere();
    currentMember.signOut();
  }

  /** Read once per request, also when a refused form is shown again without the view action. */
  public PortalAccount getAccount() {
    if (account == null) {
      account = portal.account();
    }
    return account;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getBillingAddress() {
    return billingAddress;
  }

  public void setBillingAddress(String billingAddress) {
    this.billingAddress = billingAddress;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
