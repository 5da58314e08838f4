package com.marketplace.subscriptions.web;

import com.marketplace.subscriptions.boundary.SubscriptionMetrics;
import com.marketplace.subscriptions.entity.BusinessMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The business's figures over the API (S5, S6): MRR, subscribers, churn, ARPU and revenue now, and
 * MRR and revenue month by month.
 */
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

  @Inject SubscriptionMetrics metrics;

  @GET
  public BusinessMetrics metrics() {
    return metrics.now();
  }

  @GET
  @Path("months")
  public List<BusinessMetrics.Month> months() {
    return metrics.months();
  }
}
