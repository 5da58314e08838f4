package com.marketplace.platform.web;

import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.TooManyRequestsException;
import com.marketplace.platform.transaction.LostRaces;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Every API error as an RFC 9457 problem document; never a stack trace. */
public final class ProblemMappers {

  public static final String PROBLEM_JSON = "application/problem+json";

  /** What a request that lost a race to another one (even after running again) is told. */
  public static final String CHANGED_MEANWHILE =
      "This was changed by someone else at the same moment. Reload it and try again.";

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  public static Response problem(int status, String title, String detail, UriInfo uri) {
    return response(status, body(status, title, detail, path(uri)));
  }

  private static Response response(int status, String body) {
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getPath();
  }

  /** A refused command as its problem; one that may be tried later says when (Retry-After). */
  static Response refused(MarketplaceException e, UriInfo uri) {
    Response problem = problem(e.status(), e.title(), e.getMessage(), uri);
    return e instanceof TooManyRequestsException later
        ? Response.fromResponse(problem).header("Retry-After", later.retryAfterSeconds()).build()
        : problem;
  }

  /** Writes a problem document as the whole response, for filters and servlets. */
  public static void write(
      HttpServletResponse response, int status, String title, String detail, String instance)
      throws IOException {
    response.setStatus(status);
    response.setContentType(PROBLEM_JSON);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body(status, title, detail, instance));
  }

  public static String body(int status, String title, String detail, String instance) {
    return body(status, title, detail, instance, null);
  }

  /**
   * A problem document; {@code invalidParams}, when given, lists each refused field with its reason
   * ({@code "invalid-params": [{"name": "amount", "reason": "..."}]}).
   */
  static String body(
      int status, String title, String detail, String instance, Map<String, String> invalidParams) {
    var body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (instance != null) {
      body.add("instance", instance);
    }
    if (invalidParams != null && !invalidParams.isEmpty()) {
      var params = Json.createArrayBuilder();
      invalidParams.forEach(
          (name, reason) ->
              params.add(Json.createObjectBuilder().add("name", name).add("reason", reason)));
      JsonArray list = params.build();
      body.add("invalid-params", list);
    }
    return body.build().toString();
  }

  /** A 400 naming each field and why it was refused. */
  static Response invalid(Map<String, String> reasons, UriInfo uri) {
    String detail =
        reasons.entrySet().stream()
            .map(r -> r.getKey() + ": " + r.getValue())
            .collect(Collectors.joining("; ", "", "."));
    return response(400, body(400, "Bad Request", detail, path(uri), reasons));
  }

  @Provider
  public static class Refused implements ExceptionMapper<MarketplaceException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(MarketplaceException e) {
      return refused(e, uri);
    }
  }

  /** A body or parameter out of its bounds (Bean Validation): 400 naming each field. */
  @Provider
  public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      return invalid(InvalidFields.of(e), uri);
    }
  }

  @Provider
  public static class Denied implements ExceptionMapper<EJBAccessException> {
    @Context UriInfo uri;
    @Context jakarta.ws.rs.core.SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
      Principal caller = security.getUserPrincipal();
      return caller == null
          ? problem(401, "Unauthorized", "Sign in first.", uri)
          : problem(403, "Forbidden", "You are not allowed to do that.", uri);
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
      // a body cut off at its limit fails whatever was reading it (JSON, say): the limit answers
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BodyLimits.TooLarge tooLarge) {
          return problem(413, "Content Too Large", tooLarge.getMessage(), uri);
        }
      }
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof MarketplaceException refused) {
          return refused(refused, uri);
        }
        if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
          return problem(403, "Forbidden", "You are not allowed to do that.", uri);
        }
        if (LostRaces.isLostRace(t)) {
          return problem(409, "Conflict", CHANGED_MEANWHILE, uri);
        }
        if (t instanceof ConstraintViolationException invalid) {
          return invalid(InvalidFields.of(invalid), uri);
        }
        if (t instanceof jakarta.json.bind.JsonbException
            || t instanceof jakarta.json.JsonException) {
          var fields = InvalidFields.unreadable(t);
          if (!fields.isEmpty()) {
            return invalid(fields, uri);
          }
          return problem(
              400,
              "Bad Request",
              "The request body could not be read: check that it is JSON with the documented"
                  + " fields, types and values.",
              uri);
        }
      }
      if (e instanceof WebApplicationException web) {
        int status = web.getResponse().getStatus();
        return problem(status, web.getResponse().getStatusInfo().getReasonPhrase(), null, uri);
      }
      LOG.log(Level.SEVERE, "Unexpected API failure", e);
      return problem(500, "Internal Server Error", "Something went wrong on our side.", uri);
    }
  }
}
