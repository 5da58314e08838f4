package com.marketplace.identity.web;

import com.marketplace.audit.boundary.AuditLog;
import com.marketplace.identity.boundary.Members;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.tenant.MemberRef;
import com.marketplace.platform.web.Pages;
import com.marketplace.tenancy.web.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in member for the templates and the sign-out actions. */
@Named
@RequestScoped
public class CurrentMember {

  @Inject HttpServletRequest request;
  @Inject AuditLog auditLog;
  @Inject Members members;
  @Inject Workspace workspace;

  private MemberView member;

  @PostConstruct
  void load() {
    if (MemberRef.parse(request.getRemoteUser()).isPresent()) {
      member = members.me();
    }
  }

  public MemberView getMember() {
    return member;
  }

  public boolean isSignedIn() {
    return member != null;
  }

  public boolean hasRole(String role) {
    return member != null && member.role() == Role.valueOf(role);
  }

  /** The dashboard of the member's role. */
  public String getHome() {
    return member == null
        ? "/index.xhtml"
        : member.role() == Role.PORTAL
            ? "/portal/index.xhtml"
            : "/app/" + member.role().name().toLowerCase(java.util.Locale.ROOT) + "/index.xhtml";
  }

  public void goHome() {
    Pages.redirect(getHome());
  }

  public void signOut() throws ServletException {
    if (member != null) {
      auditLog.signingOut();
    }
    endSession();
  }

  private void endSession() throws ServletException {
    String slug = workspace.isPresent() ? workspace.getCurrent().slug() : null;
    boolean portal = hasRole("PORTAL");
    request.logout();
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    Pages.redirect(slug == null ? "/" : "/t/" + slug + (portal ? "/portal" : ""));
  }

  /** Ends remembered sign-ins on every device, then this session. */
  public void signOutEverywhere() throws ServletException {
    if (member != null) {
      members.forgetMyDevices();
    }
    endSession();
  }
}
