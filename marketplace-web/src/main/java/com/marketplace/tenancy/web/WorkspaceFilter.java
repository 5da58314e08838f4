package com.marketplace.tenancy.web;

import com.marketplace.platform.tenant.CallerTenant;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.web.ProblemMappers;
import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.TenantView;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the workspace of every request (T2): from the path slug on public pages ({@code
 * /t/{slug}}, {@code /t/{slug}/login}, {@code /t/{slug}/register}) and API calls ({@code
 * /api/v1/t/{slug}/...}), from the signed-in principal everywhere else (a member's, or the
 * workspace of an API token, so token calls need no slug). A signed-in member or token asking for
 * another workspace is refused.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class WorkspaceFilter extends HttpFilter {

  /** Request attribute holding the {@link TenantView} of the request, if any. */
  public static final String WORKSPACE = "marketplace.workspace";

  public static final String LAST_WORKSPACE_COOKIE = "MARKETPLACE_WORKSPACE";

  static final Map<String, String> PUBLIC_VIEWS =
      Map.of(
          "", "/workspace.xhtml",
          "/login", "/login.xhtml",
          "/register", "/register.xhtml",
          "/portal", "/portal-login.xhtml",
          "/forgot", "/forgot.xhtml",
          "/reset", "/reset.xhtml",
          "/verify", "/verify.xhtml",
          "/welcome", "/welcome.xhtml",
          "/logo", "/workspace-logo");

  private static final Pattern WEB = Pattern.compile("/t/([a-z0-9-]{1,40})(/[a-z]*)?/?");
  private static final Pattern PROFILE =
      Pattern.compile("/t/([a-z0-9-]{1,40})/freelancers/([0-9]{1,18})/?");
  private static final Pattern API = Pattern.compile("/api/v1/t/([a-z0-9-]{1,40})(/.*)?");

  @Inject Tenants tenants;
  @Inject TenantContext tenantContext;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/pulse/")) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Long> caller = CallerTenant.of(request.getRemoteUser());
    var web = WEB.matcher(path);
    var api = API.matcher(path);
    var profile = PROFILE.matcher(path);
    if (web.matches() || api.matches() || profile.matches()) {
      String slug = web.matches() ? web.group(1) : api.matches() ? api.group(1) : profile.group(1);
      Optional<TenantView> workspace = tenants.findBySlug(slug);
      if (workspace.isEmpty()) {
        refuse(response, api.matches(), 404, "Not found", "There is no workspace at this address.");
        return;
      }
      long tenantId = workspace.get().id();
      if (caller.isPresent() && caller.get() != tenantId) {
        refuse(
            response,
            api.matches(),
            403,
            "Forbidden",
            "You are signed in to a different workspace; sign out first.");
        return;
      }
      tenantContext.use(tenantId);
      request.setAttribute(WORKSPACE, workspace.get());
      if (profile.matches()) {
        request
            .getRequestDispatcher("/freelancer.xhtml?id=" + profile.group(2))
            .forward(request, response);
        return;
      }
      if (web.matches()) {
        String view = PUBLIC_VIEWS.get(web.group(2) == null ? "" : web.group(2));
        if ("/portal".equals(web.group(2)) && !tenants.portalEnabled(tenantId)) {
          view = null; // the owner closed the client portal
        }
        if (view == null) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        request.getRequestDispatcher(view).forward(request, response);
        return;
      }
    } else if (caller.isPresent()) {
      tenantContext.use(caller.get());
      request.setAttribute(WORKSPACE, tenants.get(caller.get()));
    }
    chain.doFilter(request, response);
  }

  /** Pages get the friendly error page; API callers an RFC 9457 problem document. */
  private static void refuse(
      HttpServletResponse response, boolean api, int status, String title, String detail)
      throws IOException {
    if (!api) {
      response.sendError(status);
      return;
    }
    ProblemMappers.write(response, status, title, detail, null);
  }

  /** Where an anonymous visitor signs in: their last workspace's page, or the generic one. */
  public static String signInPath(Cookie[] cookies) {
    return Arrays.stream(cookies == null ? new Cookie[0] : cookies)
        .filter(c -> LAST_WORKSPACE_COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(v -> v.matches("[a-z0-9-]{1,40}"))
        .findFirst()
        .map(slug -> "/t/" + slug + "/login")
        .orElse("/login.xhtml");
  }
}
