package com.marketplace.contracts.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.contracts.entity.ContractView;
import com.marketplace.contracts.entity.Dispute;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.contracts.entity.MilestonePlan;
import com.marketplace.contracts.entity.Submission;
import com.marketplace.files.web.Uploads;
import com.marketplace.hourly.boundary.HourlyContracts;
import com.marketplace.hourly.entity.HourlyView;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contracts over the API (M4–M9). Each action is a POST of its own resource; the state machine in
 * the boundary refuses what the caller's side may not do now (403 for the wrong side, 409 for the
 * wrong state, with the allowed actions in the detail). An hourly contract also answers with its
 * weekly escrow ({@link ContractReplies}), and its client resumes it once paused.
 */
@Path("contracts")
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

  @Inject Contracts contracts;
  @Inject HourlyContracts hourly;
  @Inject ContractReplies replies;
  @Inject Workspace workspace;

  public record Comment(@Size(max = Dispute.TEXT_MAX) String text) {}

  /** The owner's decision; {@code toFreelancer} (minor units) counts for a split only. */
  public record Resolution(
      Contract.Resolution decision,
      @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long toFreelancer,
      @Size(max = Dispute.TEXT_MAX) String note) {}

  /** A milestone as the API plans it: its amount in minor units of the workspace's currency. */
  public record NewMilestone(
      @Size(max = Milestone.TITLE_MAX) String title,
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long amount) {

    public MilestonePlan plan(Workspace workspace) {
      return new MilestonePlan(title, workspace.money(amount));
    }
  }

  public record NewReview(
      @NotNull(message = STARS) @Min(value = 1, message = STARS) @Max(value = 5, message = STARS)
          Integer stars,
      @Size(max = Dispute.TEXT_MAX) String text) {}

  private static final String STARS = "give between 1 and 5 stars";

  @GET
  public List<ContractSummary> mine() {
    return contracts.mine();
  }

  @GET
  @Path("{id}")
  public Object get(@PathParam("id") long id) {
    return replies.of(id);
  }

  /** An hourly contract's rate, cap, pause and weeks; 404 for a fixed-price one. */
  @GET
  @Path("{id}/weeks")
  public HourlyView weeks(@PathParam("id") long id) {
    return hourly.weeks(id);
  }

  /** The client tries a paused hourly contract's week again (409 while the wallet is short). */
  @POST
  @Path("{id}/resumption")
  public Object resume(@PathParam("id") long id) {
    hourly.resume(id);
    return replies.of(id);
  }

  /** Either party ends an hourly contract (again: nothing more happens). */
  @POST
  @Path("{id}/end")
  public Object end(@PathParam("id") long id) {
    hourly.end(id);
    return replies.of(id);
  }

  @POST
  @Path("{id}/milestones")
  public ContractView addMilestone(
      @PathParam("id") long id, @Valid @NotNull NewMilestone milestone) {
    contracts.addMilestone(id, milestone.plan(workspace));
    return contracts.get(id);
  }

  @POST
  @Path("{id}/milestones/{milestone}/funding")
  public ContractView fund(@PathParam("id") long id, @PathParam("milestone") long milestone) {
    contracts.fund(id, milestone);
    return contracts.get(id);
  }

  /** Multipart form: an optional {@code note} and any number of file parts. */
  @POST
  @Path("{id}/submissions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ContractView submit(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
    var form = Uploads.of(parts, "note", Submission.NOTE_MAX);
    contracts.submit(id, form.text(), form.files());
    return contracts.get(id);
  }

  @POST
  @Path("{id}/approval")
  public ContractView approve(@PathParam("id") long id) {
    contracts.approve(id);
    return contracts.get(id);
  }

  @POST
  @Path("{id}/change-request")
  public ContractView requestChanges(@PathParam("id") long id, @Valid Comment comment) {
    contracts.requestChanges(id, comment == null ? null : comment.text());
    return contracts.get(id);
  }

  @POST
  @Path("{id}/dispute")
  public ContractView dispute(@PathParam("id") long id, @Valid Comment reason) {
    contracts.openDispute(id, reason == null ? null : reason.text());
    return contracts.get(id);
  }

  @POST
  @Path("{id}/resolution")
  public ContractView resolve(@PathParam("id") long id, @Valid @NotNull Resolution resolution) {
    contracts.resolve(
        id,
        resolution.decision(),
        resolution.toFreelancer() == null ? null : workspace.money(resolution.toFreelancer()),
        resolution.note());
    return contracts.get(id);
  }

  @POST
  @Path("{id}/cancellation")
  public ContractView cancel(@PathParam("id") long id) {
    contracts.cancel(id);
    return contracts.get(id);
  }

  @POST
  @Path("{id}/reviews")
  public ContractView review(@PathParam("id") long id, @Valid @NotNull NewReview review) {
    contracts.review(id, review.stars(), review.text());
    return contracts.get(id);
  }
}
