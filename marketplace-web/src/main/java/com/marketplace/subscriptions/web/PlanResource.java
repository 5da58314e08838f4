package com.marketplace.subscriptions.web;

import com.marketplace.platform.Money;
import com.marketplace.platform.web.RestApplication;
import com.marketplace.subscriptions.boundary.Plans;
import com.marketplace.subscriptions.entity.BillingInterval;
import com.marketplace.subscriptions.entity.Plan;
import com.marketplace.subscriptions.entity.PlanTerms;
import com.marketplace.subscriptions.entity.PlanView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The workspace's plans over the API (S1); prices in minor units of the workspace's currency. */
@Tag(name = "Subscriptions")
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

  @Inject Plans plans;

  /** A plan as the API writes it. */
  public record PlanRequest(
      @NotBlank @Size(max = Plan.NAME_MAX) String name,
      @Size(max = Plan.DESCRIPTION_MAX) String description,
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long price,
      @NotNull BillingInterval interval,
      @NotNull @Min(0) @Max(Plan.TRIAL_DAYS_MAX) Integer trialDays) {

    PlanTerms terms() {
      return new PlanTerms(name, description, price, interval, trialDays);
    }
  }

  @GET
  @Operation(summary = "The workspace's plans")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public List<PlanView> list(@QueryParam("archived") @DefaultValue("false") boolean archived) {
    return plans.list(archived);
  }

  @POST
  public Response create(@Valid @NotNull PlanRequest plan) {
    return Response.status(Response.Status.CREATED).entity(plans.create(plan.terms())).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A plan")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public PlanView get(@PathParam("id") long id) {
    return plans.get(id);
  }

  @PUT
  @Path("{id}")
  public PlanView change(@PathParam("id") long id, @Valid @NotNull PlanRequest plan) {
    return plans.change(id, plan.terms());
  }

  @POST
  @Path("{id}/archival")
  public PlanView archive(@PathParam("id") long id) {
    return plans.archive(id);
  }

  @POST
  @Path("{id}/restoration")
  public PlanView restore(@PathParam("id") long id) {
    return plans.restore(id);
  }
}
