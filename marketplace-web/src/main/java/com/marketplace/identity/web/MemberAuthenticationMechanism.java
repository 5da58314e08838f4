package com.marketplace.identity.web;

import com.marketplace.tenancy.web.WorkspaceFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in against our own members (T5). The sign-in page hands the credential over through
 * {@code SecurityContext.authenticate}; the session keeps the caller afterwards, and a remember-me
 * cookie (when asked for) signs them in again once the session is gone. Protected pages send an
 * anonymous visitor to the sign-in page of the workspace they last used.
 */
@ApplicationScoped
@AutoApplySession
@RememberMe(
    cookieName = "MARKETPLACE_REMEMBER_ME",
    cookieMaxAgeSeconds = 14 * 24 * 60 * 60,
    isRememberMeExpression = "#{self.isRememberMe(httpMessageContext)}")
public class MemberAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    if (context.isProtected()) {
      return context.redirect(
          request.getContextPath() + WorkspaceFilter.signInPath(request.getCookies()));
    }
    return context.doNothing();
  }

  public boolean isRememberMe(HttpMessageContext context) {
    return context.getAuthParameters().isRememberMe();
  }
}
