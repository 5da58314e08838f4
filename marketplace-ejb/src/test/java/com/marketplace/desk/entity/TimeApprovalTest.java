package com.marketplace.desk.entity;

import static com.marketplace.desk.entity.TimeEntryTest.at;
import static com.marketplace.desk.entity.TimeEntryTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.desk.entity.TimeDecision.Verdict;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of submitting time and deciding on it (H4), on the entry and the decision. */
class TimeApprovalTest {

  static final Instant NOW = TimeEntryTest.NOW;

  static TimeEntry entry() {
    return TimeEntry.manual(7, 3, at("09:00"), at("10:30"), "Layout", NOW);
  }

  @Test
  void aFinishedDraftIsSubmittedAndThenNoLongerChanges() {
    var entry = entry();
    assertThat(entry.isSubmittable()).isTrue();
    assertThat(entry.wasSubmitted()).isFalse();

    assertThat(entry.submit(NOW)).isEqualTo(TimeEntryStatus.DRAFT);

    assertThat(entry.getStatus()).isEqualTo(TimeEntryStatus.SUBMITTED);
    assertThat(entry.getSubmittedAt()).isEqualTo(NOW);
    assertThat(entry.awaitsDecision()).isTrue();
    assertThat(entry.wasSubmitted()).isTrue();
    assertThat(entry.isEditable()).isFalse();
    assertThat(entry.isSubmittable()).isFalse();
    assertThatThrownBy(() -> entry.change(at("09:00"), at("10:00"), null, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "This entry is submitted and waits for the client's decision: it cannot change now.");
    assertThatThrownBy(entry::requireEditable).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> entry.submit(NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aRunningTimerIsNotSubmitted() {
    var timer = TimeEntry.start(7, 3, null, at("09:00"));
    assertThat(timer.isSubmittable()).isFalse();
    assertThatThrownBy(() -> timer.submit(NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("A running timer cannot be submitted: stop it first.");
    assertThat(timer.getStatus()).isEqualTo(TimeEntryStatus.DRAFT);
  }

  @Test
  void invoicedTimeIsNotSubmitted() throws Exception {
    var entry = entry();
    set(entry, "invoiceId", 99L);
    assertThat(entry.isSubmittable()).isFalse();
    assertThatThrownBy(() -> entry.submit(NOW))
        .hasMessage("This entry is invoiced and can no longer be changed.");
  }

  @Test
  void anApprovedEntryNeverChangesAgain() {
    var entry = entry();
    entry.submit(NOW);
    entry.decide(new TimeDecision(Verdict.APPROVE, "  Looks right "));

    assertThat(entry.getStatus()).isEqualTo(TimeEntryStatus.APPROVED);
    assertThat(entry.getComment()).isEqualTo("Looks right");
    assertThat(entry.isEditable()).isFalse();
    assertThat(entry.isSubmittable()).isFalse();
    assertThatThrownBy(() -> entry.change(at("09:00"), at("10:00"), null, NOW))
        .hasMessage("This entry is approved and can no longer be changed.");
    assertThatThrownBy(() -> entry.submit(NOW))
        .hasMessage("This entry is approved and can no longer be changed.");
    assertThatThrownBy(() -> entry.decide(new TimeDecision(Verdict.REJECT, "No")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This entry is approved and waits for no decision.");
  }

  @Test
  void aRejectedEntryIsFixedAndSubmittedAgain() {
    var entry = entry();
    entry.submit(NOW);
    entry.decide(new TimeDecision(Verdict.REJECT, "This was the other project"));
    assertThat(entry.getStatus()).isEqualTo(TimeEntryStatus.REJECTED);
    assertThat(entry.getComment()).isEqualTo("This was the other project");
    assertThat(entry.isSubmittable()).isTrue();

    entry.change(at("09:00"), at("10:00"), "Layout, first half", NOW);
    assertThat(entry.getStatus()).isEqualTo(TimeEntryStatus.DRAFT);
    Instant later = NOW.plus(Duration.ofHours(1));
    assertThat(entry.submit(later)).isEqualTo(TimeEntryStatus.DRAFT);
    assertThat(entry.getSubmittedAt()).isEqualTo(later);
    assertThat(entry.getComment()).as("the rejection's comment lives on in the history").isNull();
    entry.decide(new TimeDecision(Verdict.APPROVE, null));
    assertThat(entry.getStatus()).isEqualTo(TimeEntryStatus.APPROVED);
  }

  @Test
  void aDraftWaitsForNoDecision() {
    var entry = entry();
    assertThatThrownBy(() -> entry.decide(new TimeDecision(Verdict.APPROVE, null)))
        .hasMessage("This entry is draft and waits for no decision.");
    assertThat(entry.waitingSince(NOW)).isFalse();
  }

  @Test
  void aRejectionSaysWhyAndCommentsAreBounded() {
    assertThatThrownBy(() -> new TimeDecision(Verdict.REJECT, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The reason for the rejection is required.");
    assertThatThrownBy(() -> new TimeDecision(Verdict.REJECT, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new TimeDecision(null, "Fine"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new TimeDecision(Verdict.APPROVE, "x".repeat(TimeDecision.COMMENT_MAX + 1)))
        .hasMessage("The comment may have at most 1000 characters.");
    assertThat(new TimeDecision(Verdict.APPROVE, " ").comment()).isNull();
    assertThat(new TimeDecision(Verdict.REJECT, "Too long").outcome())
        .isEqualTo(TimeEntryStatus.REJECTED);
  }

  @Test
  void theWorkspaceApprovesAfterItsDaysOfSilenceAndSaysSo() {
    assertThat(TimeDecision.automatic(5).comment())
        .isEqualTo("Approved automatically after 5 days");
    assertThat(TimeDecision.automatic(1).comment()).isEqualTo("Approved automatically after 1 day");
    assertThat(TimeDecision.automatic(5).approves()).isTrue();

    var entry = entry();
    entry.submit(NOW);
    assertThat(entry.waitingSince(NOW.minus(Duration.ofDays(5)))).isFalse();
    assertThat(entry.waitingSince(NOW)).isTrue();
    entry.decide(TimeDecision.automatic(5));
    assertThat(entry.waitingSince(NOW.plus(Duration.ofDays(9)))).isFalse();
  }

  @Test
  void theHistoryKeepsWhoDecidedWhatAndWhy() throws Exception {
    var submitted = TimeEntryChange.submitted(9, 7, NOW, TimeEntryStatus.REJECTED);
    assertThat(submitted.getAction()).isEqualTo(TimeEntryChange.Action.SUBMITTED);
    assertThat(submitted.getBefore()).isEqualTo("Rejected");
    assertThat(submitted.getAfter()).isEqualTo("Submitted");
    assertThat(submitted.madeBy(7)).isTrue();

    var rejected =
        TimeEntryChange.decided(9, 4L, NOW, new TimeDecision(Verdict.REJECT, "Wrong week"));
    var view = TimeEntryChangeView.of(rejected, "Cleo Client");
    assertThat(view.what()).isEqualTo("Rejected");
    assertThat(view.memberName()).isEqualTo("Cleo Client");
    assertThat(view.before()).isEqualTo("Submitted");
    assertThat(view.after()).isEqualTo("Rejected");
    assertThat(view.comment()).isEqualTo("Wrong week");

    var automatic = TimeEntryChange.decided(9, null, NOW, TimeDecision.automatic(3));
    assertThat(automatic.madeBy(7)).isFalse();
    var byNobody = TimeEntryChangeView.of(automatic, null);
    assertThat(byNobody.memberId()).isNull();
    assertThat(byNobody.memberName()).isEqualTo(TimeEntryChangeView.AUTOMATIC);
    assertThat(byNobody.what()).isEqualTo("Approved");
    assertThat(byNobody.comment()).isEqualTo("Approved automatically after 3 days");
  }

  @Test
  void weeksRunFromMondayInTheWorkspacesZone() {
    assertThat(TimeWording.monday(LocalDate.parse("2026-11-29")))
        .isEqualTo(LocalDate.parse("2026-11-23"));
    assertThat(TimeWording.monday(LocalDate.parse("2026-11-23")))
        .isEqualTo(LocalDate.parse("2026-11-23"));
    assertThat(TimeWording.UTC.monday(Instant.parse("2026-11-29T23:59:59Z")))
        .isEqualTo(LocalDate.parse("2026-11-23"));
    assertThat(TimeWording.UTC.monday(Instant.parse("2026-11-30T00:00:00Z")))
        .isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(TimeWording.UTC.startOf(LocalDate.parse("2026-11-23")))
        .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
  }

  @Test
  void countsOfTimeReadAsPeopleSayThem() {
    assertThat(TimeEntry.entries(1, 2700)).isEqualTo("1 entry (45 min)");
    assertThat(TimeEntry.entries(3, 16200)).isEqualTo("3 entries (4 h 30 min)");
  }
}
