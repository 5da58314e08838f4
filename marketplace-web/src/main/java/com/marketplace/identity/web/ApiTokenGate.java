package com.marketplace.identity.web;

import com.marketplace.identity.control.ApiRateLimit;
import com.marketplace.platform.TooManyRequestsException;
import com.marketplace.platform.tenant.ApiClientRef;
import com.marketplace.platform.web.ProblemMappers;
import com.marketplace.platform.web.RestApplication;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * What a program with an API token may do: read, only the endpoints that accept the token, at most
 * so often. Each of its requests counts against the token's rate limit ({@link ApiRateLimit}: 429
 * with {@code Retry-After}); anything but GET or HEAD is refused (403), and so is a GET of an
 * endpoint that does not declare the token (403).
 *
 * <p>An endpoint opts in by declaring the token's security scheme on its resource method (or
 * class): {@code @SecurityRequirement(name = RestApplication.API_TOKEN)} (with {@code
 * RestApplication.SESSION} beside it when members read it too), which also shows in the OpenAPI
 * document; the boundary it calls must grant {@code Role.Names.API} as well.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiTokenGate implements ContainerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD");

  @Context ResourceInfo resource;
  @Inject ApiRateLimit rateLimit;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    Optional<ApiClientRef> client =
        ApiClientRef.parse(principal == null ? null : principal.getName());
    if (client.isEmpty()) {
      return;
    }
    try {
      rateLimit.take(client.get().tokenId());
    } catch (TooManyRequestsException e) {
      request.abortWith(
          Response.fromResponse(
                  ProblemMappers.problem(429, e.title(), e.getMessage(), request.getUriInfo()))
              .header("Retry-After", e.retryAfterSeconds())
              .build());
      return;
    }
    if (!READS.contains(request.getMethod())) {
      request.abortWith(
          ProblemMappers.problem(
              403,
              "Forbidden",
              "An API token only reads; changes are made by a signed-in member.",
              request.getUriInfo()));
      return;
    }
    if (!acceptsToken(resource.getResourceMethod(), resource.getResourceClass())) {
      request.abortWith(
          ProblemMappers.problem(
              403,
              "Forbidden",
              "This endpoint cannot be read with an API token.",
              request.getUriInfo()));
    }
  }

  /** Whether a resource method (or its class) declares the API token's security scheme. */
  static boolean acceptsToken(Method method, Class<?> resourceClass) {
    return method != null
        && method.isAnnotationPresent(GET.class)
        && (declaresToken(method) || (resourceClass != null && declaresToken(resourceClass)));
  }

  static boolean declaresToken(AnnotatedElement element) {
    var single = Arrays.stream(element.getAnnotationsByType(SecurityRequirement.class));
    var grouped =
        Optional.ofNullable(element.getAnnotation(SecurityRequirements.class)).stream()
            .flatMap(g -> Arrays.stream(g.value()));
    return java.util.stream.Stream.concat(single, grouped)
        .anyMatch(r -> RestApplication.API_TOKEN.equals(r.name()));
  }
}
