package com.marketplace.portal.web;

import com.marketplace.portal.boundary.Portal;
import com.marketplace.portal.entity.HelpPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The help page: the owner's FAQ (sanitized HTML) and contact details. */
@Named
@RequestScoped
public class PortalHelpView {

  @Inject Portal portal;

  private HelpPage page;

  public void load() {
    page = portal.help();
  }

  public HelpPage getPage() {
    return page;
  }
}
