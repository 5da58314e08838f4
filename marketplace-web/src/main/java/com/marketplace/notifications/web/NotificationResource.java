package com.marketplace.notifications.web;

import com.marketplace.notifications.boundary.Notifications;
import com.marketplace.notifications.entity.NotificationView;
import jakarta.inject.Inject;
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

/** The caller's own notifications. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject Notifications notifications;

  @GET
  public List<NotificationView> latest(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("20") int max) {
    return notifications.latest(first, max);
  }

  @POST
  @Path("{id}/read")
  public Response markRead(@PathParam("id") long id) {
    notifications.markRead(id);
    return Response.noContent().build();
  }
}
