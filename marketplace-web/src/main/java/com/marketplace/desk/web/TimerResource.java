package com.marketplace.desk.web;

import com.marketplace.desk.boundary.TimeTracking;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryView;
import com.marketplace.desk.entity.TimerView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's timer over the API (H3): start one on a project (refused with 409 naming the running
 * one, unless {@code replace} stops that one and starts this one in one step), read it (204 when
 * none runs), stop it.
 */
@Path("desk/timer")
@Tag(name = "Desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimerResource {

  @Inject TimeTracking time;

  public record StartTimer(
      @NotNull @Positive Long projectId,
      @Size(max = TimeEntry.NOTE_MAX) String note,
      Boolean replace) {}

  @POST
  public Response start(@Valid @NotNull StartTimer request) {
    TimerView started =
        time.start(request.projectId(), request.note(), Boolean.TRUE.equals(request.replace()));
    return Response.status(Response.Status.CREATED).entity(started).build();
  }

  @GET
  public Response running() {
    return time.running()
        .map(timer -> Response.ok(timer).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @POST
  @Path("stop")
  public TimeEntryView stop() {
    return time.stop();
  }
}
