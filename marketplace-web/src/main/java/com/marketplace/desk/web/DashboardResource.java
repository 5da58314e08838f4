package com.marketplace.desk.web;

import com.marketplace.desk.boundary.DeskDashboard;
import com.marketplace.desk.entity.DeskFigures;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The freelancer's dashboard figures over the API (H7), as the dashboard page shows them. */
@Path("desk/dashboard")
@Tag(name = "Desk")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject DeskDashboard dashboard;

  @GET
  public DeskFigures figures() {
    return dashboard.figures();
  }
}
