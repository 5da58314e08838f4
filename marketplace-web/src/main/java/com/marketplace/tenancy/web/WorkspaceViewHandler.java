package com.marketplace.tenancy.web;

import com.marketplace.tenancy.entity.TenantView;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Keeps the workspace path in form actions: a form on {@code /t/acme/login} posts back to {@code
 * /t/acme/login}, so the workspace is resolved the same way on the postback.
 */
public class WorkspaceViewHandler extends ViewHandlerWrapper {

  private static final Map<String, String> PRETTY =
      Map.of(
          "/workspace.xhtml", "",
          "/login.xhtml", "/login",
          "/register.xhtml", "/register",
          "/portal-login.xhtml", "/portal",
          "/forgot.xhtml", "/forgot",
          "/reset.xhtml", "/reset",
          "/verify.xhtml", "/verify",
          "/welcome.xhtml", "/welcome");

  public WorkspaceViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    Object workspace = context.getExternalContext().getRequestMap().get(WorkspaceFilter.WORKSPACE);
    String suffix = PRETTY.get(viewId);
    if (workspace instanceof TenantView tenant && suffix != null) {
      return context.getExternalContext().getRequestContextPath() + "/t/" + tenant.slug() + suffix;
    }
    return super.getActionURL(context, viewId);
  }
}
