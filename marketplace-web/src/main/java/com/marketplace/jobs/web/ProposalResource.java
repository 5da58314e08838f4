package com.marketplace.jobs.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.web.ContractReplies;
import com.marketplace.contracts.web.ContractResource;
import com.marketplace.jobs.boundary.Proposals;
import com.marketplace.jobs.entity.ProposalView;
import com.marketplace.tenancy.web.Workspace;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A proposal's own actions: withdraw (its freelancer), shortlist, decline and hire (the client).
 */
@Path("proposals")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

  @Inject Proposals proposals;
  @Inject Contracts contracts;
  @Inject ContractReplies replies;
  @Inject Workspace workspace;

  /**
   * A hire: on a fixed-price job the milestones it starts with (none: one for the proposed amount);
   * on an hourly job the weekly cap of hours, and no milestones.
   */
  public record Hire(
      @Valid @Size(max = Contract.MAX_MILESTONES) List<ContractResource.NewMilestone> milestones,
      @Min(value = Contract.MIN_WEEKLY_CAP_HOURS, message = CAP)
          @Max(value = Contract.MAX_WEEKLY_CAP_HOURS, message = CAP)
          Integer weeklyCapHours) {}

  private static final String CAP =
      "between "
          + Contract.MIN_WEEKLY_CAP_HOURS
          + " and "
          + Contract.MAX_WEEKLY_CAP_HOURS
          + " hours a week";

  @GET
  public List<ProposalView> mine() {
    return proposals.mine();
  }

  @GET
  @Path("{id}")
  public ProposalView get(@PathParam("id") long id) {
    return proposals.get(id);
  }

  @POST
  @Path("{id}/withdrawal")
  public ProposalView withdraw(@PathParam("id") long id) {
    return proposals.withdraw(id);
  }

  @POST
  @Path("{id}/shortlisting")
  public ProposalView shortlist(@PathParam("id") long id) {
    return proposals.shortlist(id);
  }

  @POST
  @Path("{id}/declining")
  public ProposalView decline(@PathParam("id") long id) {
    return proposals.decline(id);
  }

  @POST
  @Path("{id}/hire")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hire(@PathParam("id") long id, @Valid Hire hire) {
    long contract =
        contracts.hire(
            id,
            hire == null || hire.milestones() == null
                ? List.of()
                : hire.milestones().stream().map(m -> m.plan(workspace)).toList(),
            hire == null ? null : hire.weeklyCapHours());
    return Response.status(Response.Status.CREATED).entity(replies.of(contract)).build();
  }
}
