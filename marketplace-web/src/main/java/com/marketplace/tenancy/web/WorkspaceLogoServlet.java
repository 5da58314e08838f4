package com.marketplace.tenancy.web;

import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.TenantView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Serves a workspace's logo at {@code /t/{slug}/logo} (forwarded here by the filter). */
@WebServlet("/workspace-logo")
public class WorkspaceLogoServlet extends HttpServlet {

  @Inject Tenants tenants;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!(request.getAttribute(WorkspaceFilter.WORKSPACE) instanceof TenantView workspace)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var logo = tenants.logo(workspace.id());
    if (logo.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(logo.get().mediaType());
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(logo.get().content());
  }
}
