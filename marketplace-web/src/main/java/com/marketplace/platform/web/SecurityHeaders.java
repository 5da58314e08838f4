package com.marketplace.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response and one policy for every cookie we set (the remember-me cookie
 * of the security mechanism included): HttpOnly, SameSite=Lax, and Secure when the request came
 * over HTTPS (directly or through a proxy that says so).
 *
 * <p>The content security policy allows scripts only from the application itself; Faces and
 * PrimeFaces render inline event handlers and scripts, so inline scripts stay allowed for now, but
 * nothing may be framed, embedded as a plugin, posted to another site or loaded from one.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean secure = isSecure(request);
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (secure) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, new CookiePolicy(response, secure));
  }

  static boolean isSecure(HttpServletRequest request) {
    return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }

  /** Applies the cookie policy to every cookie added to the response. */
  static final class CookiePolicy extends HttpServletResponseWrapper {

    private final boolean secure;

    CookiePolicy(HttpServletResponse response, boolean secure) {
      super(response);
      this.secure = secure;
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookie.setHttpOnly(true);
      if (cookie.getAttribute("SameSite") == null) {
        cookie.setAttribute("SameSite", "Lax");
      }
      if (secure) {
        cookie.setSecure(true);
      }
      super.addCookie(cookie);
    }
  }
}
