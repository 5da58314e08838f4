package com.marketplace.contracts.entity;

import com.marketplace.files.entity.FileView;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.platform.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A contract as its page shows it to one caller: the caller's side and the actions the state
 * machine allows that side now. Every amount is in the contract's {@code currency}. An hourly
 * contract ({@code weekly}) has its rate and weekly cap instead of milestones, and is {@code
 * paused} while its current week's escrow is not held.
 */
public record ContractView(
    long id,
    Long jobId,
    String title,
    JobKind kind,
    String currency,
    ContractStatus status,
    long clientId,
    String clientName,
    long freelancerId,
    String freelancerName,
    Instant createdAt,
    Money total,
    Money held,
    Money released,
    Long currentMilestoneId,
    List<MilestoneLine> milestones,
    List<SubmissionLine> submissions,
    List<HistoryLine> history,
    DisputeLine dispute,
    List<ReviewView> reviews,
    Party myParty,
    Set<ContractAction> allowed,
    boolean cancelAskedByMe,
    boolean cancelAskedByOther,
    boolean reviewedByMe,
    boolean weekly,
    Money hourlyRate,
    Integer weeklyCapHours,
    boolean paused) {

  public boolean may(String action) {
    return allowed.contains(ContractAction.valueOf(action));
  }

  public record MilestoneLine(
      long id,
      int position,
      String title,
      Money amount,
      MilestoneStatus status,
      Instant reviewDueAt,
      Money released) {}

  public record SubmissionLine(
      long id, long milestoneId, String note, String by, Instant at, List<FileView> files) {}

  public record HistoryLine(Instant at, String actor, String action, String detail) {}

  public record DisputeLine(
      long id,
      String openedBy,
      String reason,
      Instant openedAt,
      Contract.Resolution resolution,
      Money toFreelancer,
      Money toClient,
      String resolvedBy,
      String note,
      Instant resolvedAt) {}
}
