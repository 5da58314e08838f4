package com.marketplace.portal.web;

import com.marketplace.platform.tenant.CallerTenant;
import com.marketplace.platform.web.ProblemMappers;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The portal's doors. A workspace whose owner closed the portal answers 404 on the portal's sign-in
 * ({@code /t/{slug}/portal}), pages ({@code /portal/...}) and API ({@code /api/v1/portal/...}). A
 * portal account reaches the API only there and at its session ({@code /api/v1/session...}): member
 * pages are closed to it by the view access rules (web.xml), the member API by this filter, before
 * any resource runs (the boundaries refuse it too, this makes the answer the same 403).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PortalGate extends HttpFilter {

  private static final Pattern SIGN_IN = Pattern.compile("/t/([a-z0-9-]{1,40})/portal/?");

  @Inject Tenants tenants;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/v1/");
    boolean portalApi = path.startsWith("/api/v1/portal/") || path.equals("/api/v1/portal");
    var signIn = SIGN_IN.matcher(path);
    if (signIn.matches()) {
      Optional<Boolean> open =
          tenants.findBySlug(signIn.group(1)).map(t -> tenants.portalEnabled(t.id()));
      if (open.isPresent() && !open.get()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    } else if (path.startsWith("/portal/") || portalApi) {
      Optional<Long> tenant = CallerTenant.of(request.getRemoteUser());
      if (tenant.isPresent() && !tenants.portalEnabled(tenant.get())) {
        refuse(response, portalApi, 404, "Not found", "This workspace has no client portal.");
        return;
      }
    }
    if (api
        && !portalApi
        && request.isUserInRole("PORTAL")
        && !path.startsWith("/api/v1/session")) {
      refuse(response, true, 403, "Forbidden", "The portal's API is under /api/v1/portal.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(
      HttpServletResponse response, boolean api, int status, String title, String detail)
      throws IOException {
    if (api) {
      ProblemMappers.write(response, status, title, detail, null);
    } else {
      response.sendError(status);
    }
  }
}
