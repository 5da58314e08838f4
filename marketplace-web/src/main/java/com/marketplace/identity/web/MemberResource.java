package com.marketplace.identity.web;

import com.marketplace.identity.boundary.AccountLinks;
import com.marketplace.identity.boundary.Members;
import com.marketplace.identity.entity.MemberView;
import com.marketplace.platform.web.RestApplication;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The owner's member directory over the API; the boundary checks role and tenant. The directory may
 * also be read with an API token.
 */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workspace")
public class MemberResource {

  @Inject Members members;
  @Inject AccountLinks links;

  @GET
  @Operation(summary = "The workspace's members, oldest first")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public List<MemberView> list(
      @QueryParam("first") @DefaultValue("0") @Min(0) int first,
      @QueryParam("max") @DefaultValue("20") @Min(1) @Max(100) int max) {
    return members.list(first, max);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A member of the workspace")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public MemberView get(@PathParam("id") long id) {
    return members.get(id);
  }

  /** Emails a member without a password (a portal account) the link to set one: 202. */
  @POST
  @Path("{id}/invitation")
  @Operation(summary = "Emails a member without a password (a portal account) the invite link")
  public Response invite(@PathParam("id") long id) {
    links.invite(id);
    return Response.status(Response.Status.ACCEPTED)
        .entity(new AccountResource.Outcome("The invite is on its way."))
        .build();
  }

  @POST
  @Path("{id}/suspension")
  public MemberView suspend(@PathParam("id") long id) {
    return members.suspend(id);
  }

  @POST
  @Path("{id}/reinstatement")
  public MemberView reinstate(@PathParam("id") long id) {
    return members.reinstate(id);
  }
}
