package com.marketplace.desk.web;

import com.marketplace.desk.boundary.Projects;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectChangeView;
import com.marketplace.desk.entity.ProjectPlan;
import com.marketplace.desk.entity.ProjectRow;
import com.marketplace.desk.entity.ProjectSearch;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.desk.entity.ProjectView;
import com.marketplace.platform.Money;
import com.marketplace.tenancy.web.Workspace;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A freelancer's projects over the API (H2): list them by client and status, plan and replan them,
 * move them from stage to stage, read their budget use and history. The rate and a money budget are
 * in minor units of the workspace's currency, a budget in hours is in minutes. Another freelancer's
 * project answers 404.
 */
@Path("desk/projects")
@Tag(name = "Desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

  @Inject Projects projects;
  @Inject Workspace workspace;

  /** What a project is agreed as, for one of the caller's clients. */
  public record ProjectRequest(
      @NotNull @Positive Long clientId,
      @NotBlank @Size(max = Project.NAME_MAX) String name,
      @Size(max = Project.DESCRIPTION_MAX) String description,
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long rate,
      @Positive @Max(Project.BUDGET_MINUTES_MAX) Long budgetMinutes,
      @Positive @Max(Money.MAX_MINOR_UNITS) Long budgetAmount,
      LocalDate deadline) {

    ProjectPlan plan(Workspace workspace) {
      return new ProjectPlan(
          name,
          description,
          workspace.money(rate),
          budgetMinutes,
          budgetAmount == null ? null : workspace.money(budgetAmount),
          deadline);
    }
  }

  public record StatusChange(@NotNull ProjectStatus status) {}

  /** A page of projects and how many match in all. */
  public record Page(long total, List<ProjectRow> projects) {}

  @GET
  public Page list(
      @QueryParam("client") @Positive Long client,
      @QueryParam("status") ProjectStatus status,
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(ClientResource.FIRST_MAX) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(ClientResource.PAGE_MAX) int size) {
    var search = new ProjectSearch(client, status);
    return new Page(projects.count(search), projects.list(search, first, size));
  }

  @POST
  public Response create(@Valid @NotNull ProjectRequest project) {
    long id = projects.create(project.clientId(), project.plan(workspace));
    return Response.status(Response.Status.CREATED).entity(projects.get(id)).build();
  }

  @GET
  @Path("{id}")
  public ProjectView get(@PathParam("id") long id) {
    return projects.get(id);
  }

  @PUT
  @Path("{id}")
  public ProjectView replan(@PathParam("id") long id, @Valid @NotNull ProjectRequest project) {
    projects.replan(id, project.clientId(), project.plan(workspace));
    return projects.get(id);
  }

  @POST
  @Path("{id}/status")
  public ProjectView moveTo(@PathParam("id") long id, @Valid @NotNull StatusChange change) {
    projects.moveTo(id, change.status());
    return projects.get(id);
  }

  @GET
  @Path("{id}/history")
  public List<ProjectChangeView> history(@PathParam("id") long id) {
    return projects.history(id);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    projects.delete(id);
    return Response.noContent().build();
  }
}
