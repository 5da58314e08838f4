package com.marketplace.identity.web;

import com.marketplace.audit.control.RequestOrigin;
import com.marketplace.audit.web.RequestOrigins;
import com.marketplace.identity.boundary.Authentication;
import com.marketplace.identity.entity.Role;
import com.marketplace.identity.entity.SessionStamp;
import com.marketplace.platform.tenant.MemberRef;
import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.web.WorkspaceFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Form sign-in against our own members (T5). The sign-in page hands the credential over through
 * {@code SecurityContext.authenticate}; a remember-me cookie (when asked for) signs them in again
 * once the session is gone. Protected pages send an anonymous visitor to the sign-in page of the
 * workspace they last used.
 *
 * <p>An API call with an API token ({@code Authorization: Bearer}) is signed in by that token alone
 * ({@link BearerTokens}), on that request only.
 *
 * <p>The session keeps only who signed in ({@link MemberSession}); every request gives the
 * container the caller and their group afresh, read from the member's row: a suspended member or
 * one who logged out all devices is refused at their next request on any instance, a changed role
 * applies at once, and no request depends on groups the container restored by itself.
 */
@ApplicationScoped
@RememberMe(
    cookieName = "MARKETPLACE_REMEMBER_ME",
    cookieMaxAgeSeconds = 14 * 24 * 60 * 60,
    isRememberMeExpression = "#{self.isRememberMe(httpMessageContext)}")
public class MemberAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;
  @Inject Authentication authentication;
  @Inject BearerTokens bearerTokens;
  @Inject RequestOrigin origin;
  @Inject Tenants tenants;
  @Inject Clock clock;

  /** A portal session ends after this long without a request (P6). */
  @Inject
  @ConfigProperty(name = "marketplace.portal.idle-seconds", defaultValue = "900")
  long portalIdleSeconds;

  /** A portal session ends this long after its sign-in, however busy (P6). */
  @Inject
  @ConfigProperty(name = "marketplace.portal.max-seconds", defaultValue = "28800")
  long portalMaxSeconds;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    RequestOrigins.fill(origin, request);
    Optional<String> token = BearerTokens.presented(request);
    if (token.isPresent()) {
      return bearerTokens.authenticate(token.get(), request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, identityStores.validate(credential));
    }
    if (isResource(request) && !context.isProtected()) {
      return context.doNothing();
    }
    Optional<SessionStamp> session = restore(request);
    if (session.isPresent()) {
      return notify(context, session.get());
    }
    if (context.isProtected()) {
      String signIn = WorkspaceFilter.signInPath(request.getCookies());
      if (request.getRequestURI().startsWith(request.getContextPath() + "/portal/")
          && signIn.startsWith("/t/")) {
        signIn = signIn.substring(0, signIn.length() - "/login".length()) + "/portal";
      }
      return context.redirect(request.getContextPath() + signIn);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    MemberSession.forget(request);
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  public boolean isRememberMe(HttpMessageContext context) {
    return context.getAuthParameters().isRememberMe();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    Optional<SessionStamp> stamp =
        result.getStatus() == CredentialValidationResult.Status.VALID
            ? MemberRef.parse(result.getCallerPrincipal().getName())
                .flatMap(authentication::stamp)
                .filter(this::portalOpenTo)
            : Optional.empty();
    if (stamp.isEmpty()) {
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    MemberSession.of(stamp.get(), clock.instant()).keepOn(request);
    return notify(context, stamp.get());
  }

  /** The member of this session if they may still use it; otherwise the session forgets them. */
  private Optional<SessionStamp> restore(HttpServletRequest request) {
    Optional<MemberSession> kept = MemberSession.of(request);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Optional<SessionStamp> current =
        authentication
            .stamp(kept.get().member())
            .filter(kept.get()::stillValid)
            .filter(this::portalOpenTo);
    if (current.isPresent() && current.get().role() == Role.PORTAL) {
      Instant now = clock.instant();
      if (kept.get()
          .expired(
              now, Duration.ofSeconds(portalIdleSeconds), Duration.ofSeconds(portalMaxSeconds))) {
        current = Optional.empty();
      } else {
        kept.get().seen(request, now);
      }
    }
    if (current.isEmpty()) {
      MemberSession.forget(request);
    }
    return current;
  }

  /** A portal account signs in only while its workspace's portal is open. */
  private boolean portalOpenTo(SessionStamp stamp) {
    return stamp.role() != Role.PORTAL || tenants.portalEnabled(stamp.member().tenantId());
  }

  /**
   * Scripts, styles and images of the pages, and the pulse open pages ask for: served to anyone, no
   * need to know who asks (and the pulse must not keep a session alive).
   */
  private static boolean isResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/pulse/");
  }

  private static AuthenticationStatus notify(HttpMessageContext context, SessionStamp stamp) {
    return context.notifyContainerAboutLogin(
        new CallerPrincipal(stamp.member().principalName()), Set.of(stamp.role().name()));
  }
}
