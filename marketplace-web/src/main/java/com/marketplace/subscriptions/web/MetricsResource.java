package com.marketplace.subscriptions.web;

import com.marketplace.platform.web.RestApplication;
import com.marketplace.subscriptions.boundary.SubscriptionMetrics;
import com.marketplace.subscriptions.entity.BusinessMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The business's figures over the API (S5, S6): MRR, subscribers, churn, ARPU and revenue now, and
 * MRR and revenue month by month.
 */
@Tag(name = "Subscriptions")
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

  @Inject SubscriptionMetrics metrics;

  @GET
  @Operation(summary = "MRR, subscribers, churn, ARPU and revenue now")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public BusinessMetrics metrics() {
    return metrics.now();
  }

  @GET
  @Path("months")
  @Operation(summary = "MRR and revenue for each of the last twelve months")
  @SecurityRequirement(name = RestApplication.API_TOKEN)
  @SecurityRequirement(name = RestApplication.SESSION)
  public List<BusinessMetrics.Month> months() {
    return metrics.months();
  }
}
