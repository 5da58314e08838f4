package com.marketplace.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.jobs.entity.JobKind;
import com.marketplace.platform.AccessDeniedException;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTest {

  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  final List<String> money = new ArrayList<>();

  static Money eur(long cents) {
    return Money.of(cents, "EUR");
  }

  Contract contract(long... amounts) {
    var plan = new ArrayList<MilestonePlan>();
    for (int i = 0; i < amounts.length; i++) {
      plan.add(new MilestonePlan("M" + (i + 1), eur(amounts[i])));
    }
    var c = new Contract(1L, 2L, 10, 20, "Job", JobKind.FIXED, "EUR", plan, NOW);
    long id = 100;
    for (Milestone m : c.getMilestones()) {
      setId(m, id++);
    }
    return c;
  }

  long fund(Contract c, long milestone) {
    c.fund(
        Party.CLIENT,
        milestone,
        m -> {
          money.add("hold " + m.getAmount());
          return 500 + m.getId();
        });
    return milestone;
  }

  @Test
  void holdsAtMostTwentyMilestonesFromTheHireOn() {
    long[] twenty = new long[Contract.MAX_MILESTONES];
    java.util.Arrays.fill(twenty, 100);
    var full = contract(twenty);
    assertThat(full.total()).isEqualTo(eur(2_000));
    assertThatThrownBy(() -> full.addMilestone(Party.CLIENT, new MilestonePlan("One more", eur(1))))
        .isInstanceOf(ConflictException.class)
        .hasMessage("A contract has at most 20 milestones.");
    long[] tooMany = new long[Contract.MAX_MILESTONES + 1];
    java.util.Arrays.fill(tooMany, 100);
    assertThatThrownBy(() -> contract(tooMany))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("A contract has at most 20 milestones.");
  }

  @Test
  void aMilestoneBeyondTheLedgersCapIsRefusedSoTheirSumCannotOverflow() {
    assertThatThrownBy(() -> contract(Long.MAX_VALUE, Long.MAX_VALUE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("too large");
    assertThat(contract(Money.MAX_MINOR_UNITS, Money.MAX_MINOR_UNITS).total())
        .isEqualTo(eur(2 * Money.MAX_MINOR_UNITS));
  }

  @Test
  void aSubmissionNoteOrARequestedChangeBeyondItsLimitIsRefusedNotCut() {
    String longest = "n".repeat(Submission.NOTE_MAX);
    assertThat(new Submission(1, 2, longest, 3, NOW).getNote()).isEqualTo(longest);
    assertThatThrownBy(() -> new Submission(1, 2, longest + "n", 3, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most " + Submission.NOTE_MAX);
    assertThat(Dispute.text(" fine ", "Say it.")).isEqualTo("fine");
    assertThatThrownBy(() -> Dispute.text("c".repeat(Dispute.TEXT_MAX + 1), "Say it."))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void isSeenByItsTwoSidesAndTheWorkspaceOwnerOnly() {
    var c = contract(100);
    assertThat(c.visibleTo(10, false)).isTrue();
    assertThat(c.visibleTo(20, false)).isTrue();
    assertThat(c.visibleTo(30, true)).isTrue();
    assertThat(c.visibleTo(30, false)).isFalse();
  }

  @Test
  void walksOpenInProgressUnderReviewCompletedMilestoneByMilestone() {
    var c = contract(100, 200);
    assertThat(c.getStatus()).isEqualTo(ContractStatus.OPEN);
    fund(c, 100);
    assertThat(c.getStatus()).isEqualTo(ContractStatus.IN_PROGRESS);
    c.submit(Party.FREELANCER, NOW.plusSeconds(60));
    assertThat(c.getStatus()).isEqualTo(ContractStatus.UNDER_REVIEW);
    c.requestChanges(Party.CLIENT);
    assertThat(c.getStatus()).isEqualTo(ContractStatus.IN_PROGRESS);
    assertThat(c.current().orElseThrow().getReviewDueAt()).isNull();
    c.submit(Party.FREELANCER, NOW.plusSeconds(60));
    c.approve(Party.CLIENT, NOW, m -> m.getAmount());
    assertThat(c.getStatus()).isEqualTo(ContractStatus.OPEN);
    assertThat(c.released()).isEqualTo(eur(100));
    fund(c, 101);
    c.submit(Party.FREELANCER, NOW);
    c.approve(Party.TIMER, NOW, m -> m.getAmount());
    assertThat(c.getStatus()).isEqualTo(ContractStatus.COMPLETED);
    assertThat(c.released()).isEqualTo(eur(300));
    assertThat(money).containsExactly("hold EUR 1.00", "hold EUR 2.00");
  }

  @Test
  void refusesWrongSidesAndSkippedStepsNamingWhatIsPossible() {
    var c = contract(100);
    assertThatThrownBy(() -> c.submit(Party.FREELANCER, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("This contract is open: you cannot submit work now.")
        .hasMessageContaining("fund a milestone (the client)");
    assertThatThrownBy(() -> fund(c, 100, Party.FREELANCER))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Only the client can fund a milestone.");
    fund(c, 100);
    assertThatThrownBy(() -> c.approve(Party.CLIENT, NOW, m -> eur(0)))
        .isInstanceOf(ConflictException.class);
    c.submit(Party.FREELANCER, NOW);
    assertThatThrownBy(() -> c.approve(Party.FREELANCER, NOW, m -> eur(0)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Only the client can approve the work.");
    assertThatThrownBy(() -> c.requestChanges(Party.TIMER))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> c.resolve(Party.OWNER, Contract.Resolution.RELEASE, eur(0), NOW, (m, s) -> {}))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> fund(c, 100)).isInstanceOf(ConflictException.class);
  }

  @Test
  void disputeSplitsAcrossHeldMilestonesAndCancelsUnfundedOnes() {
    var c = contract(100, 200, 50);
    fund(c, 100);
    fund(c, 101);
    c.dispute(Party.FREELANCER);
    assertThat(c.getStatus()).isEqualTo(ContractStatus.DISPUTED);
    assertThatThrownBy(
            () -> c.resolve(Party.OWNER, Contract.Resolution.SPLIT, eur(300), NOW, (m, s) -> {}))
        .isInstanceOf(InvalidInputException.class);
    List<String> shares = new ArrayList<>();
    c.resolve(
        Party.OWNER,
        Contract.Resolution.SPLIT,
        eur(150),
        NOW,
        (m, s) -> shares.add(m.getTitle() + ":" + s));
    assertThat(shares).containsExactly("M1:EUR 1.00", "M2:EUR 0.50");
    assertThat(c.getStatus()).isEqualTo(ContractStatus.COMPLETED);
    assertThat(c.getMilestones())
        .extracting(Milestone::getStatus)
        .containsExactly(
            MilestoneStatus.RELEASED, MilestoneStatus.SPLIT, MilestoneStatus.CANCELLED);
    assertThat(c.released()).isEqualTo(eur(150));
  }

  @Test
  void cancellationNeedsTheOtherSideAndRefundsWhatIsHeld() {
    var c = contract(100);
    fund(c, 100);
    List<String> refunds = new ArrayList<>();
    assertThat(c.cancel(Party.CLIENT, 10, (m, s) -> refunds.add(m.getTitle()))).isFalse();
    assertThatThrownBy(() -> c.cancel(Party.CLIENT, 10, (m, s) -> {}))
        .isInstanceOf(ConflictException.class);
    assertThat(c.cancel(Party.FREELANCER, 20, (m, s) -> refunds.add(m.getTitle()))).isTrue();
    assertThat(refunds).containsExactly("M1");
    assertThat(c.getStatus()).isEqualTo(ContractStatus.CANCELLED);
    assertThat(c.getMilestones().get(0).getStatus()).isEqualTo(MilestoneStatus.REFUNDED);
  }

  @Test
  void amountsAreInTheContractsCurrency() {
    var c = contract(100, 250);
    assertThat(c.total()).isEqualTo(eur(350));
    assertThat(c.held()).isEqualTo(eur(0));
    fund(c, 100);
    assertThat(c.held()).isEqualTo(eur(100));
    assertThatThrownBy(
            () -> c.addMilestone(Party.CLIENT, new MilestonePlan("M3", Money.of(100, "USD"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("EUR");
    assertThatThrownBy(() -> c.addMilestone(Party.CLIENT, new MilestonePlan("M3", eur(0))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("A milestone's amount must be greater than zero.");
  }

  private void fund(Contract c, long milestone, Party party) {
    c.fund(party, milestone, m -> 1);
  }

  private static void setId(Milestone m, long id) {
    try {
      Field f = Milestone.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(m, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
