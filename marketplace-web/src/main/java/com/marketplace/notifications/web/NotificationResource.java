package com.marketplace.notifications.web;

import com.marketplace.notifications.boundary.Notifications;
import com.marketplace.notifications.boundary.Preferences;
import com.marketplace.notifications.entity.Channel;
import com.marketplace.notifications.entity.NoticeType;
import com.marketplace.notifications.entity.NotificationView;
import com.marketplace.notifications.entity.PreferenceView;
import com.marketplace.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notifications. */
@Path("notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject Notifications notifications;
  @Inject Preferences preferences;

  @GET
  public List<NotificationView> latest(
      @QueryParam("first") @DefaultValue("0") @Min(0) int first,
      @QueryParam("max") @DefaultValue("20") @Min(1) @Max(100) int max) {
    return notifications.latest(first, max);
  }

  @GET
  @Path("unread")
  public long unread() {
    return notifications.unread();
  }

  @POST
  @Path("read")
  public Response markAllRead() {
    notifications.markAllRead();
    return Response.noContent().build();
  }

  public record Choice(NoticeType type, Channel channel, boolean enabled) {}

  @GET
  @Path("preferences")
  public List<PreferenceView> preferences() {
    return preferences.mine();
  }

  @PUT
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<PreferenceView> choose(Choice choice) {
    if (choice == null || choice.type() == null || choice.channel() == null) {
      throw new InvalidInputException("Name the event type and the channel (IN_APP or EMAIL).");
    }
    return preferences.set(choice.type(), choice.channel(), choice.enabled());
  }

  @POST
  @Path("{id}/read")
  public Response markRead(@PathParam("id") long id) {
    notifications.markRead(id);
    return Response.noContent().build();
  }
}
