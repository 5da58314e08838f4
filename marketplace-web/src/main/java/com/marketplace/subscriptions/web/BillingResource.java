package com.marketplace.subscriptions.web;

import com.marketplace.platform.NotFoundException;
import com.marketplace.subscriptions.boundary.BillingRuns;
import com.marketplace.subscriptions.entity.BillingRunView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner's billing run over the API: start one (202, its progress to poll), read the latest. */
@Tag(name = "Subscriptions")
@Path("billing")
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

  @Inject BillingRuns runs;

  @POST
  @Path("runs")
  public Response start() {
    return Response.accepted(runs.start()).build();
  }

  @GET
  @Path("runs/latest")
  public BillingRunView latest() {
    return runs.latestRun().orElseThrow(() -> new NotFoundException("No billing run yet."));
  }
}
