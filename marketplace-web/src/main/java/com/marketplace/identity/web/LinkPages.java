package com.marketplace.identity.web;

import com.marketplace.identity.boundary.AccountLinks;
import com.marketplace.identity.entity.LinkPurpose;
import com.marketplace.identity.entity.LinkRefusedException;
import com.marketplace.platform.web.Pages;
import com.marketplace.tenancy.web.Workspace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages the account emails lead to ({@code /t/{slug}/verify}, {@code reset}, {@code welcome})
 * and the "forgot password" page. Opening a link changes nothing: the page says whether the link
 * can be used and asks for the one click (or the new password) that uses it; a link that cannot be
 * used says why and offers to send a new one to the address the old one went to.
 */
@Named
@RequestScoped
public class LinkPages {

  @Inject AccountLinks links;
  @Inject Workspace workspace;
  @Inject HttpServletRequest request;

  private String token;
  private String email;
  private String password;
  private String problem;

  /** On opening a link page: whether the link can be used ({@link #getProblem} says why not). */
  public void check(String purpose) {
    if (!workspace.isPresent()) {
      Pages.redirect("/index.xhtml");
      return;
    }
    problem = links.problemWith(token, LinkPurpose.valueOf(purpose)).orElse(null);
  }

  public void requestReset() {
    Pages.info(links.requestReset(email, request.getRemoteAddr()));
    Pages.redirect(base() + "/forgot");
  }

  public void verify() {
    try {
      links.verifyEmail(token);
      Pages.info("Thank you: your email address is confirmed.");
      Pages.redirect(request.getRemoteUser() == null ? base() + "/login" : "/app/account.xhtml");
    } catch (LinkRefusedException refused) {
      refuse(refused);
    }
  }

  public void reset() {
    try {
      links.resetPassword(token, password);
      Pages.info("Your password is changed, and every other sign-in ended. Sign in with it now.");
      Pages.redirect(base() + "/login");
    } catch (LinkRefusedException refused) {
      refuse(refused);
    }
  }

  public void accept() {
    try {
      links.acceptInvite(token, password);
      Pages.info("Your password is set. Sign in with your email and the new password.");
      Pages.redirect(base() + "/login");
    } catch (LinkRefusedException refused) {
      refuse(refused);
    }
  }

  public void renew(String purpose) {
    Pages.info(links.renew(token, LinkPurpose.valueOf(purpose), request.getRemoteAddr()));
    Pages.redirect(base() + "/login");
  }

  private void refuse(LinkRefusedException refused) {
    problem = refused.getMessage();
    Pages.error(problem);
  }

  private String base() {
    return "/t/" + workspace.getCurrent().slug();
  }

  public String getProblem() {
    return problem;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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
}
