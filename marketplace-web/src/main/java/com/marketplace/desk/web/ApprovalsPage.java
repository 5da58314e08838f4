package com.marketplace.desk.web;

import com.marketplace.desk.boundary.TimeApprovals;
import com.marketplace.desk.entity.PendingTime;
import com.marketplace.desk.entity.PendingWeek;
import com.marketplace.desk.entity.PendingWeek.PendingEntry;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.desk.entity.TimeDecision.Verdict;
import com.marketplace.desk.entity.TimeDecisionResult;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeWording;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A client member's time to approve (H4): the submitted entries of their freelancers' projects,
 * grouped by project and week with the totals the database added up, ticked and approved or
 * rejected together with one comment (required to reject). A decision on entries decided meanwhile
 * (another tab, the workspace's automatic approval) passes them over and says so.
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/app/desk/approvals.xhtml";

  static final TimeWording ZONE = TimeFormats.ZONE;

  @Inject TimeApprovals approvals;

  private PendingTime pending = PendingTime.of(List.of());
  private List<Row> rows = List.of();
  private List<Row> selected = new ArrayList<>();
  private String comment;

  /** One entry in the table, with the project and week it is grouped under. */
  public record Row(PendingWeek group, PendingEntry entry) implements Serializable {

    private static final long serialVersionUID = 1L;

    public long id() {
      return entry.id();
    }

    /** Groups sort by week, then project: "2026-11-23 Logo #12". */
    public String groupKey() {
      return group.week() + " " + group.projectName() + " #" + group.projectId();
    }
  }

  public void load() {
    pending = approvals.pending();
    List<Row> all = new ArrayList<>();
    for (PendingWeek week : pending.weeks()) {
      week.items().forEach(entry -> all.add(new Row(week, entry)));
    }
    rows = all;
  }

  public void approve() {
    decide(Verdict.APPROVE);
  }

  public void reject() {
    decide(Verdict.REJECT);
  }

  private void decide(Verdict verdict) {
    if (selected == null || selected.isEmpty()) {
      throw new InvalidInputException("Tick the entries to decide first.");
    }
    var decision = new TimeDecision(verdict, comment);
    TimeDecisionResult result = approvals.decide(selected.stream().map(Row::id).toList(), decision);
    var decided = new HashSet<>(result.decided());
    long seconds =
        selected.stream()
            .filter(r -> decided.contains(r.id()))
            .mapToLong(r -> r.entry().seconds())
            .sum();
    String done =
        result.decided().isEmpty()
            ? "Nothing changed."
            : (decision.approves() ? "Approved " : "Rejected ")
                + TimeEntry.entries(result.decided().size(), seconds)
                + ".";
    int already = result.alreadyDecided().size();
    Pages.info(
        done
            + (already == 0
                ? ""
                : " "
                    + already
                    + (already == 1 ? " entry was" : " entries were")
                    + " decided already and stayed as they were."));
    Pages.redirect(PATH);
  }

  // What the page shows

  /** "Week of 23 Nov 2026 – 29 Nov 2026". */
  public String week(LocalDate monday) {
    return "Week of " + TimeFormats.weekSpan(monday);
  }

  /** "Mon 23 Nov". */
  public String day(Instant at) {
    return TimeFormats.day(at);
  }

  /** "09:12". */
  public String clockTime(Instant at) {
    return TimeFormats.clockTime(at);
  }

  public String length(long seconds) {
    return TimeEntry.length(seconds);
  }

  public String entries(long count, long seconds) {
    return TimeEntry.entries(count, seconds);
  }

  public String getZoneLabel() {
    return ZONE.label();
  }

  public PendingTime getPending() {
    return pending;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Row> getSelected() {
    return selected;
  }

  public void setSelected(List<Row> selected) {
    this.selected = selected;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
