package com.marketplace.tenancy.web;

import com.marketplace.tenancy.entity.TenantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The workspace of the current request for templates: name, slug, branding. */
@Named
@RequestScoped
public class Workspace {

  @Inject HttpServletRequest request;

  public TenantView getCurrent() {
    return request.getAttribute(WorkspaceFilter.WORKSPACE) instanceof TenantView t ? t : null;
  }

  public boolean isPresent() {
    return getCurrent() != null;
  }

  /** The brand colour, or the product's own when outside a workspace. */
  public String getColour() {
    return isPresent() ? getCurrent().primaryColour() : "#3b4cca";
  }
}
