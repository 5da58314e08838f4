package com.marketplace.identity.web;

import com.marketplace.identity.boundary.Members;
import com.marketplace.identity.entity.MemberView;
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
import java.util.List;

/** The owner's member directory over the API; the boundary checks role and tenant. */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

  @Inject Members members;

  @GET
  public List<MemberView> list(
      @QueryParam("first") @DefaultValue("0") @Min(0) int first,
      @QueryParam("max") @DefaultValue("20") @Min(1) @Max(100) int max) {
    return members.list(first, max);
  }

  @GET
  @Path("{id}")
  public MemberView get(@PathParam("id") long id) {
    return members.get(id);
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
