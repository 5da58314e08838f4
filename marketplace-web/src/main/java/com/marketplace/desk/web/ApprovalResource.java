package com.marketplace.desk.web;

import com.marketplace.desk.boundary.TimeApprovals;
import com.marketplace.desk.entity.PendingTime;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.desk.entity.TimeDecisionResult;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client member's approvals over the API (H4): the time submitted to them, by project and week
 * with totals, and decisions on many entries at once (a comment is required to reject). Entries
 * decided already are answered as such, never as an error; others' entries are not found.
 */
@Path("desk/approvals")
@Tag(name = "Desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {

  @Inject TimeApprovals approvals;

  public record Decision(
      @NotNull @Size(min = 1, max = TimeApprovals.MOST_AT_ONCE)
          List<@NotNull @Positive Long> entryIds,
      @NotNull TimeDecision.Verdict decision,
      @Size(max = TimeDecision.COMMENT_MAX) String comment) {}

  @GET
  public PendingTime pending() {
    return approvals.pending();
  }

  @POST
  public TimeDecisionResult decide(@Valid @NotNull Decision decision) {
    return approvals.decide(
        decision.entryIds(), new TimeDecision(decision.decision(), decision.comment()));
  }
}
