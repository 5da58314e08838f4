package com.marketplace.identity.web;

import com.marketplace.identity.boundary.ApiTokens;
import com.marketplace.identity.entity.Role;
import com.marketplace.platform.tenant.ApiClientRef;
import com.marketplace.platform.web.ProblemMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * Signs in API calls that carry one of a workspace's API tokens ({@code Authorization: Bearer
 * <token>}, under {@code /api/v1/} only) as a program of that workspace: the caller principal is an
 * {@link ApiClientRef}, so the token names the workspace (no slug in the path is needed), and its
 * only group is {@link Role.Names#API}. Nothing is kept between requests: no session, no cookie. An
 * unknown, revoked or garbled token is answered 401 at once, never passed on as an anonymous call.
 * What such a caller may then do is {@link ApiTokenGate}'s to decide.
 */
@ApplicationScoped
public class BearerTokens {

  private static final String SCHEME_NAME = "Bearer";

  @Inject ApiTokens tokens;

  /** The token an API call presents, if it presents one. */
  static Optional<String> presented(HttpServletRequest request) {
    return presented(
        request.getRequestURI().substring(request.getContextPath().length()),
        request.getHeader("Authorization"));
  }

  /**
   * The token of an {@code Authorization} header of a request to this path (within the
   * application), if it is a bearer token of an API call; whatever follows the scheme is the token,
   * well-formed or not.
   */
  static Optional<String> presented(String path, String authorization) {
    if (authorization == null
        || !path.startsWith("/api/v1/")
        || !authorization.regionMatches(true, 0, SCHEME_NAME, 0, SCHEME_NAME.length())
        || (authorization.length() > SCHEME_NAME.length()
            && authorization.charAt(SCHEME_NAME.length()) != ' ')) {
      return Optional.empty();
    }
    return Optional.of(authorization.substring(SCHEME_NAME.length()).strip());
  }

  AuthenticationStatus authenticate(
      String presented,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<ApiClientRef> client = tokens.authenticate(presented);
    if (client.isEmpty()) {
      return refuse(request, response);
    }
    return context.notifyContainerAboutLogin(
        new CallerPrincipal(client.get().principalName()), Set.of(Role.Names.API));
  }

  /** 401 as a problem document, written and sent here: nothing else runs for this request. */
  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      response.setHeader(
          "WWW-Authenticate", "Bearer realm=\"marketplace\", error=\"invalid_token\"");
      ProblemMappers.write(
          response,
          401,
          "Unauthorized",
          "The API token is unknown or was revoked.",
          request.getRequestURI());
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
