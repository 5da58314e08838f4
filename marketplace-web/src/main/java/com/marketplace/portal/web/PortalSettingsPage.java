package com.marketplace.portal.web;

import com.marketplace.platform.web.Pages;
import com.marketplace.portal.boundary.PortalAdministration;
import com.marketplace.portal.entity.PortalSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The owner's portal page: open or close the portal (after a confirmation), the help page. */
@Named
@RequestScoped
public class PortalSettingsPage {

  @Inject PortalAdministration administration;

  private boolean enabled;
  private String faq;
  private String contact;
  private boolean loaded;

  public void load() {
    if (!loaded) {
      PortalSettings s = administration.settings();
      enabled = s.enabled();
      faq = s.faq();
      contact = s.contact();
      loaded = true;
    }
  }

  public String save() {
    administration.change(new PortalSettings(enabled, faq, contact));
    Pages.info(enabled ? "The client portal is open." : "The client portal is closed.");
    return "/app/owner/portal?faces-redirect=true";
  }

  public String getPreview() {
    return administration.preview(faq);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
    loaded = true;
  }

  public String getFaq() {
    return faq;
  }

  public void setFaq(String faq) {
    this.faq = faq;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }
}
