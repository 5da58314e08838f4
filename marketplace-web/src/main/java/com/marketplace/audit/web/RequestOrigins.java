package com.marketplace.audit.web;

import com.marketplace.audit.control.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the audit log where each request comes from (client address, user agent, page or API). The
 * security mechanism runs before any filter, so it fills the origin too ({@link #fill}) for what it
 * records itself (remember-me sign-ins, API token use).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestOrigins extends HttpFilter {

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    fill(origin, request);
    chain.doFilter(request, response);
  }

  /** Fills the request's origin, once per request. */
  public static void fill(RequestOrigin origin, HttpServletRequest request) {
    if (!origin.isPresent()) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      origin.use(
          request.getRemoteAddr(), request.getHeader("User-Agent"), path.startsWith("/api/"));
    }
  }
}
