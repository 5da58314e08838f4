package com.marketplace.jobs.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.jobs.boundary.Jobs;
import com.marketplace.jobs.boundary.Proposals;
import com.marketplace.jobs.control.Board;
import com.marketplace.jobs.entity.Category;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.JobPosting;
import com.marketplace.jobs.entity.JobSearch;
import com.marketplace.jobs.entity.JobView;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.jobs.entity.ProposalView;
import com.marketplace.jobs.entity.Skills;
import com.marketplace.platform.Money;
import com.marketplace.tenancy.web.Workspace;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The job board over the API (M2, M3). Amounts are in minor units of the workspace currency; the
 * boundaries check roles, ownership and tenant.
 */
@Path("jobs")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobResource {

  @Inject Jobs jobs;
  @Inject Proposals proposals;
  @Inject Contracts contracts;
  @Inject Workspace workspace;

  public record NewJob(
      @Size(max = Job.TITLE_MAX) String title,
      @Size(max = Job.DESCRIPTION_MAX) String description,
      Category category,
      @Size(max = Skills.TEXT_MAX) String skills,
      JobKind kind,
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long budget,
      LocalDate deadline) {}

  public record NewProposal(
      @Size(max = Proposal.COVER_LETTER_MAX) String coverLetter,
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long amount,
      @NotNull @Min(1) @Max(Proposal.TIMELINE_DAYS_MAX) Integer timelineDays) {}

  /** The most jobs a page holds. */
  public static final int PAGE_MAX = 100;

  /**
   * A page of the board: {@code total} matches, or at least that many when {@code more} is true
   * (counting stops at {@link Jobs#COUNT_LIMIT}; narrower filters reach the rest).
   */
  public record Page(long total, boolean more, List<JobCard> jobs) {}

  @GET
  public Page search(
      @QueryParam("q") @Size(max = JobSearch.TEXT_MAX) String text,
      @QueryParam("category") Category category,
      @QueryParam("skill") @Size(max = Skills.TEXT_MAX) String skill,
      @QueryParam("min") @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long min,
      @QueryParam("max") @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long max,
      @QueryParam("type") JobKind kind,
      @QueryParam("first") @DefaultValue("0") @Min(0) @Max(Board.COUNT_LIMIT) int first,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PAGE_MAX) int size) {
    var search = new JobSearch(text, category, skill, min, max, kind);
    var matches = jobs.count(search);
    return new Page(matches.value(), matches.capped(), jobs.search(search, first, size));
  }

  @POST
  public Response post(@Valid @NotNull NewJob job) {
    JobView posted =
        jobs.post(
            new JobPosting(
                job.title(),
                job.description(),
                job.category(),
                job.skills(),
                job.kind(),
                workspace.money(job.budget()),
                job.deadline()),
            List.of());
    return Response.status(Response.Status.CREATED).entity(posted).build();
  }

  @GET
  @Path("{id}")
  public JobView get(@PathParam("id") long id) {
    return jobs.get(id);
  }

  @GET
  @Path("{id}/proposals")
  public List<ProposalView> proposals(@PathParam("id") long id) {
    return proposals.forJob(id);
  }

  @POST
  @Path("{id}/proposals")
  public Response apply(@PathParam("id") long id, @Valid @NotNull NewProposal proposal) {
    var sent =
        proposals.apply(
            id,
            proposal.coverLetter(),
            workspace.money(proposal.amount()),
            proposal.timelineDays(),
            List.of());
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  @POST
  @Path("{id}/closure")
  public JobView close(@PathParam("id") long id) {
    return jobs.close(id);
  }
}
