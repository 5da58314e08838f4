package com.marketplace.identity.web;

import com.marketplace.identity.boundary.AccountLinks;
import com.marketplace.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** My account: change the password, or have the confirmation email sent again. */
@Named
@RequestScoped
public class AccountPage {

  @Inject AccountLinks links;
  @Inject HttpServletRequest request;

  private String currentPassword;
  private String newPassword;

  public void changePassword() {
    long epoch = links.changePassword(currentPassword, newPassword);
    MemberSession.of(request)
        .ifPresent(
            s ->
                new MemberSession(s.tenantId(), s.memberId(), epoch, s.signedInAt(), s.lastSeenAt())
                    .keepOn(request));
    Pages.info("Your password is changed; you were signed out everywhere else.");
    Pages.redirect("/app/account.xhtml");
  }

  public void resendVerification() {
    Pages.info(links.resendVerification(request.getRemoteAddr()));
    Pages.redirect("/app/account.xhtml");
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
