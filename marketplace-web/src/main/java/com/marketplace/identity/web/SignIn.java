package com.marketplace.identity.web;

import com.marketplace.identity.control.SignInThrottle;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.web.Pages;
import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.TenantView;
import com.marketplace.tenancy.web.Workspace;
import com.marketplace.tenancy.web.WorkspaceFilter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/** The sign-in page: a workspace's own ({@code /t/{slug}/login}) or the generic one. */
@Named
@RequestScoped
public class SignIn {

  @Inject SecurityContext security;
  @Inject Workspace workspace;
  @Inject Tenants tenants;
  @Inject TenantContext tenantContext;
  @Inject SignInThrottle throttle;

  /** Flash entry: the email just used to join, to fill in. */
  static final String EMAIL = "signIn.email";

  private String workspaceSlug;
  private String email;
  private String password;
  private boolean rememberMe;

  @PostConstruct
  void fillIn() {
    var context = FacesContext.getCurrentInstance();
    if (context != null && context.getExternalContext().getFlash().get(EMAIL) instanceof String e) {
      email = e;
    }
  }

  public void submit() {
    Optional<TenantView> target =
        workspace.isPresent()
            ? Optional.of(workspace.getCurrent())
            : tenants.findBySlug(workspaceSlug);
    if (target.isEmpty()) {
      Pages.error("There is no workspace at that address.");
      return;
    }
    tenantContext.use(target.get().id());
    var request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    throttle.attempt(email, request.getRemoteAddr());
    if (authenticate(target.get(), email, password, rememberMe) != AuthenticationStatus.SUCCESS) {
      Pages.error("The email or password is not right.");
      return;
    }
    Pages.redirect(request.isUserInRole("PORTAL") ? "/portal/index.xhtml" : "/app/index.xhtml");
  }

  /** Signs a member in for this request and the session; remembers the workspace for next time. */
  public AuthenticationStatus authenticate(
      TenantView tenant, String email, String password, boolean remember) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, password))
                .rememberMe(remember)
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      var cookie = new Cookie(WorkspaceFilter.LAST_WORKSPACE_COOKIE, tenant.slug());
      cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
      cookie.setMaxAge(365 * 24 * 60 * 60);
      cookie.setHttpOnly(true);
      response.addCookie(cookie);
    }
    return status;
  }

  public String getWorkspaceSlug() {
    return workspaceSlug;
  }

  public void setWorkspaceSlug(String workspaceSlug) {
    this.workspaceSlug = workspaceSlug;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isRememberMe() {
    return rememberMe;
  }

  public void setRememberMe(boolean rememberMe) {
    this.rememberMe = rememberMe;
  }
}
