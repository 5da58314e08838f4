package com.marketplace.desk.web;

import com.marketplace.desk.boundary.Clients;
import com.marketplace.desk.entity.ClientDetails;
import com.marketplace.desk.entity.ClientView;
import com.marketplace.platform.web.Pages;
import com.marketplace.portal.boundary.PortalInvites;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A client's page (H1): details (edited in a dialog), its projects with the hours tracked on them,
 * and archive, restore or delete. Every action goes back to a page (POST-redirect-GET).
 */
@Named
@ViewScoped
public class ClientPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Clients clients;
  @Inject ProjectForm projectForm;
  @Inject PortalInvites invites;

  private long id;
  private ClientView client;
  private String name;
  private String email;
  private String phone;
  private String company;
  private String notes;
  private String billingAddress;
  private String countryCode;
  private String taxId;

  public void load() {
    client = clients.get(id);
    name = client.name();
    email = client.email();
    phone = client.phone();
    company = client.company();
    notes = client.notes();
    billingAddress = client.billingAddress();
    countryCode = client.countryCode();
    taxId = client.taxId();
    projectForm.forClient(id);
  }

  public String save() {
    clients.change(
        id,
        new ClientDetails(
            name,
            email,
            phone,
            company,
            notes,
            client.memberId(),
            billingAddress,
            countryCode,
            taxId));
    return done("Saved.");
  }

  /** Makes the client's portal account if there is none yet and emails the invite link. */
  public String invite() {
    String sentTo = invites.inviteClient(id);
    return done("The invite to the portal is on its way to " + sentTo + ".");
  }

  public String archive() {
    clients.archive(id);
    return done("Archived: the client is out of your list, with its projects and time kept.");
  }

  public String restore() {
    clients.restore(id);
    return done("Restored to your list of clients.");
  }

  public String delete() {
    clients.delete(id);
    Pages.info("“" + client.name() + "” was deleted.");
    return "/app/desk/clients?faces-redirect=true";
  }

  private String done(String message) {
    Pages.info(message);
    return "/app/desk/client?faces-redirect=true&id=" + id;
  }

  public ClientView getClient() {
    return client;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getBillingAddress() {
    return billingAddress;
  }

  public void setBillingAddress(String billingAddress) {
    this.billingAddress = billingAddress;
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
}
