package com.marketplace.subscriptions.web;

import com.marketplace.platform.Money;
import com.marketplace.platform.web.RestApplication;
import com.marketplace.subscriptions.boundary.Subscriptions;
import com.marketplace.subscriptions.entity.ChangePreview;
import com.marketplace.subscriptions.entity.SubscriptionStatus;
import com.marketplace.subscriptions.entity.SubscriptionView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workspace's subscriptions over the API (S3): subscribe, read, list by status, customer or
 * plan; preview a plan change and confirm it with the previewed amount; cancel now or at the
 * period's end, or keep it after all.
 */
@Tag(name = "Subscriptions")
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

  public static final int FIRST_MAX = 1_000_000;

  @Inject Subscriptions subscriptions;

  /** A new subscription: the customer, the plan, the day it starts (today when left out). */
  public record SubscribeRequest(
      @NotNull @Positive Long customerId, @NotNull @Positive Long planId, LocalDate startOn) {}

  /** A plan change as previewed: {@code net} is the preview's amount (minor units). */
  public record ChangeRequest(
      @NotNull @Positive Long planId,
      @NotNull @Min(-Money.MAX_MINOR_UNITS) @Max(Money.MAX_MINOR_UNITS) Long net) {}

  /** A page of subscriptions and how many match in all. */
  public record Page(long total, List<SubscriptionView> subscriptions) {}

  @POST
  public Response subscribe(@Valid @NotNull SubscribeRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(subscriptions.subscribe(request.customerId(), request.planId(), request.startOn()))
        .build();
  }

  @GET
  @Operation(summary = "The workspace's subscriptions, newest first")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public Page list(
      @QueryParam("status") SubscriptionStatus status,
      @QueryParam("customer") @Positive Long customerId,
      @QueryParam("plan") @Positive Long planId,
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(FIRST_MAX) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Subscriptions.PAGE_MAX) int size) {
    return new Page(
        subscriptions.count(status, customerId, planId),
        subscriptions.list(status, customerId, planId, first, size));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A subscription with its bills")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public SubscriptionView get(@PathParam("id") long id) {
    return subscriptions.get(id);
  }

  @GET
  @Path("{id}/change-preview")
  public ChangePreview preview(
      @PathParam("id") long id, @QueryParam("plan") @NotNull @Positive Long planId) {
    return subscriptions.previewChange(id, planId);
  }

  @POST
  @Path("{id}/plan-change")
  public SubscriptionView change(@PathParam("id") long id, @Valid @NotNull ChangeRequest change) {
    return subscriptions.changePlan(id, change.planId(), change.net());
  }

  @POST
  @Path("{id}/cancellation")
  public SubscriptionView cancel(
      @PathParam("id") long id, @QueryParam("at") @DefaultValue("period-end") String at) {
    return "now".equals(at) ? subscriptions.cancelNow(id) : subscriptions.cancelAtPeriodEnd(id);
  }

  @POST
  @Path("{id}/resumption")
  public SubscriptionView keep(@PathParam("id") long id) {
    return subscriptions.keep(id);
  }
}
