package com.marketplace.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * Refuses state-changing API calls that may come from another site (cross-site request forgery):
 * the session and remember-me cookies would authenticate them. A change must carry the header
 * {@value #HEADER} (which a cross-site form cannot send, and which no other site may add without a
 * CORS preflight we never grant), and must not come from another origin by the browser's own
 * account ({@code Sec-Fetch-Site}, {@code Origin}). Payment providers' webhooks are signed instead.
 */
@Provider
@PreMatching
public class SameOrigin implements ContainerRequestFilter {

  public static final String HEADER = "X-Requested-With";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod()) || isWebhook(request.getUriInfo())) {
      return;
    }
    String site = request.getHeaderString("Sec-Fetch-Site");
    boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
    if (crossSite || !sameOrigin(request) || isBlank(request.getHeaderString(HEADER))) {
      request.abortWith(
          ProblemMappers.problem(
              403,
              "Forbidden",
              "Changes through the API must come from this site and carry the "
                  + HEADER
                  + " header.",
              request.getUriInfo()));
    }
  }

  private static boolean isWebhook(UriInfo uri) {
    return uri.getPath().startsWith("webhooks/") || uri.getPath().startsWith("/webhooks/");
  }

  /** No Origin header (not a browser, or a same-origin GET-like request) or this very origin. */
  private static boolean sameOrigin(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (origin == null) {
      return true;
    }
    String forwarded = request.getHeaderString("X-Forwarded-Host");
    String host = forwarded != null ? forwarded.split(",")[0] : request.getHeaderString("Host");
    try {
      URI from = URI.create(origin.strip());
      String authority =
          from.getPort() == -1 ? from.getHost() : from.getHost() + ":" + from.getPort();
      return host != null && authority != null && authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
