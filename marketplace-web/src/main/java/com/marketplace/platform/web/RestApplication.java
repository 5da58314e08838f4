package com.marketplace.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API. Errors are RFC 9457 problem documents ({@link ProblemMappers}). Payara serves its
 * OpenAPI document at {@code /openapi}, from these annotations and the resources'.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Marketplace API",
            version = "1",
            description =
                "A workspace's JSON API. Members sign in (POST /api/v1/t/{slug}/session) and send"
                    + " the session cookie; every change (POST, PUT, DELETE) must carry the header"
                    + " X-Requested-With. A program reads with one of the workspace's API tokens"
                    + " instead (Authorization: Bearer <token>; the owner makes them): only the"
                    + " operations that name the apiToken scheme, GET only, and a limited number of"
                    + " requests a minute (429 with Retry-After beyond it). Amounts are minor units"
                    + " of the workspace's currency; errors are RFC 9457 problem documents."),
    components =
        @Components(
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = RestApplication.SESSION,
                  type = SecuritySchemeType.APIKEY,
                  in = SecuritySchemeIn.COOKIE,
                  apiKeyName = "JSESSIONID",
                  description = "The session of a signed-in member"),
              @SecurityScheme(
                  securitySchemeName = RestApplication.API_TOKEN,
                  type = SecuritySchemeType.HTTP,
                  scheme = "bearer",
                  description = "One of the workspace's API tokens: reads only")
            }),
    security = @SecurityRequirement(name = RestApplication.SESSION))
public class RestApplication extends Application {

  /** The security scheme of a signed-in member's session, in the OpenAPI document. */
  public static final String SESSION = "session";

  /** The security scheme of an API token, in the OpenAPI document. */
  public static final String API_TOKEN = "apiToken";
}
