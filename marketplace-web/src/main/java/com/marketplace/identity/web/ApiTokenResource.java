package com.marketplace.identity.web;

import com.marketplace.identity.boundary.ApiTokens;
import com.marketplace.identity.entity.ApiToken;
import com.marketplace.identity.entity.ApiTokenView;
import com.marketplace.identity.entity.IssuedApiToken;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The owner's API tokens (S6), for a signed-in owner only (never with a token): make one (the
 * answer carries the token, the only time it is shown), list them (name and first characters),
 * revoke one.
 */
@Path("workspace/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workspace")
public class ApiTokenResource {

  @Inject ApiTokens tokens;

  public record NewToken(@NotNull @Size(min = 1, max = ApiToken.NAME_MAX) String name) {}

  @GET
  @Operation(summary = "The workspace's API tokens, newest first (never the tokens themselves)")
  public List<ApiTokenView> list(
      @QueryParam("first") @DefaultValue("0") @Min(0) int first,
      @QueryParam("max") @DefaultValue("20") @Min(1) @Max(100) int max) {
    return tokens.list(first, max);
  }

  @POST
  @Operation(summary = "Make an API token; the answer is the only time the token is shown")
  public Response create(@Valid @NotNull NewToken request) {
    IssuedApiToken issued = tokens.create(request.name());
    return Response.created(URI.create("workspace/api-tokens/" + issued.id()))
        .entity(issued)
        .build();
  }

  @POST
  @Path("{id}/revocation")
  @Operation(summary = "Revoke an API token for good")
  public ApiTokenView revoke(@PathParam("id") long id) {
    return tokens.revoke(id);
  }
}
