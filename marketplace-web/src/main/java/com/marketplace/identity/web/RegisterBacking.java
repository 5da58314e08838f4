package com.marketplace.identity.web;

import com.marketplace.identity.boundary.Registration;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.web.Pages;
import com.marketplace.tenancy.web.Workspace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Joining a workspace as a client or freelancer (T4); then on to signing in, with the email filled
 * in. The page answers the same whether or not the email already had an account here.
 */
@Named
@RequestScoped
public class RegisterBacking {

  @Inject Registration registration;
  @Inject Workspace workspace;

  private String displayName;
  private String email;
  private String password;
  private Role role = Role.CLIENT;

  public void submit() {
    if (!workspace.isPresent()) {
      Pages.error("Open the sign-up page of a workspace to join it.");
      return;
    }
    // the same answer whether or not the email already had an account: no signing in here, which
    // would happen only for a new one
    Pages.info(registration.join(displayName, email, password, role));
    FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SignIn.EMAIL, email);
    Pages.redirect("/t/" + workspace.getCurrent().slug() + "/login");
  }

  public Role[] getRoles() {
    return new Role[] {Role.CLIENT, Role.FREELANCER};
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
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

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
