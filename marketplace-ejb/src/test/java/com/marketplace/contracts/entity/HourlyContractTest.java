package com.marketplace.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.jobs.entity.Category;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.JobPosting;
import com.marketplace.jobs.entity.JobStatus;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.jobs.entity.ProposalStatus;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hiring on an hourly job: a contract paid by the week at the rate, up to the client's cap. */
class HourlyContractTest {

  static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
  static final long CLIENT = 10;
  static final long FREELANCER = 20;

  Job job(JobKind kind) {
    var job =
        new Job(
            CLIENT,
            new JobPosting(
                "Support", "Weekend support", Category.SUPPORT, "", kind, eur(4_500), null),
            "EUR",
            NOW,
            LocalDate.of(2026, 3, 4));
    set(job, Job.class, "id", 1L);
    return job;
  }

  Proposal proposal(long amount) {
    var p = new Proposal(1, FREELANCER, "I can help.", amount, 7, NOW);
    set(p, Proposal.class, "id", 2L);
    return p;
  }

  static Money eur(long cents) {
    return Money.of(cents, "EUR");
  }

  @Test
  void anHourlyHireIsPaidByTheWeekAtTheProposedRateUpToTheCap() {
    var job = job(JobKind.HOURLY);
    var proposal = proposal(4_000);
    var c = Contract.hire(job, proposal, List.of(), 10, NOW);
    assertThat(c.isPaidWeekly()).isTrue();
    assertThat(c.getKind()).isEqualTo(JobKind.HOURLY);
    assertThat(c.getStatus()).isEqualTo(ContractStatus.IN_PROGRESS);
    assertThat(c.getMilestones()).isEmpty();
    assertThat(c.getHourlyRate()).isEqualTo(eur(4_000));
    assertThat(c.getWeeklyCapHours()).isEqualTo(10);
    assertThat(c.weeklyHold()).isEqualTo(eur(40_000));
    assertThat(c.isPaused()).isFalse();
    assertThat(job.getStatus()).isEqualTo(JobStatus.HIRED);
    assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.HIRED);
  }

  @Test
  void anHourlyContractEndsOnceAndStopsPausing() {
    var c = Contract.hire(job(JobKind.HOURLY), proposal(4_000), List.of(), 10, NOW);
    c.pause();
    Instant later = NOW.plusSeconds(3600);
    assertThat(c.end(later)).isTrue();
    assertThat(c.getStatus()).isEqualTo(ContractStatus.COMPLETED);
    assertThat(c.getEndedAt()).isEqualTo(later);
    assertThat(c.isPaused()).isFalse();
    assertThat(c.end(later.plusSeconds(60))).isFalse();
    assertThat(c.getEndedAt()).isEqualTo(later);
  }

  @Test
  void theCapIsOneToEightyHours() {
    for (Integer cap : new Integer[] {null, 0, 81, -5}) {
      assertThatThrownBy(() -> Contract.hire(job(JobKind.HOURLY), proposal(4_000), null, cap, NOW))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("Set a weekly cap of 1 to 80 hours for an hourly contract.");
    }
    assertThat(Contract.hire(job(JobKind.HOURLY), proposal(4_000), null, 1, NOW).weeklyHold())
        .isEqualTo(eur(4_000));
    assertThat(Contract.hire(job(JobKind.HOURLY), proposal(4_000), null, 80, NOW).weeklyHold())
        .isEqualTo(eur(320_000));
  }

  @Test
  void milestonesAreForFixedPriceJobsAndCapsForHourlyOnes() {
    assertThatThrownBy(
            () ->
                Contract.hire(
                    job(JobKind.HOURLY),
                    proposal(4_000),
                    List.of(new MilestonePlan("Week one", eur(40_000))),
                    10,
                    NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("paid by the week");
    assertThatThrownBy(() -> Contract.hire(job(JobKind.FIXED), proposal(4_000), null, 10, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("A weekly cap is for hourly jobs");
    var fixed = Contract.hire(job(JobKind.FIXED), proposal(4_000), null, null, NOW);
    assertThat(fixed.isPaidWeekly()).isFalse();
    assertThat(fixed.getHourlyRate()).isNull();
    assertThat(fixed.getMilestones()).hasSize(1);
    assertThatThrownBy(fixed::pause).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noMilestoneStepAppliesToAnHourlyContract() {
    var c = Contract.hire(job(JobKind.HOURLY), proposal(4_000), null, 10, NOW);
    assertThat(c.allowed(Party.CLIENT)).isEmpty();
    assertThat(c.allowed(Party.FREELANCER)).isEmpty();
    assertThatThrownBy(() -> c.addMilestone(Party.CLIENT, new MilestonePlan("Extra", eur(100))))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "“Support” is an hourly contract, paid week by week from escrow: you cannot add a"
                + " milestone on it.");
    assertThatThrownBy(() -> c.submit(Party.FREELANCER, NOW)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> c.cancel(Party.CLIENT, CLIENT, (m, none) -> {}))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> c.dispute(Party.FREELANCER)).isInstanceOf(ConflictException.class);
  }

  @Test
  void pausesAndResumesOnceEach() {
    var c = Contract.hire(job(JobKind.HOURLY), proposal(4_000), null, 10, NOW);
    assertThat(c.pause()).isTrue();
    assertThat(c.pause()).isFalse();
    assertThat(c.isPaused()).isTrue();
    assertThat(c.resume()).isTrue();
    assertThat(c.resume()).isFalse();
    assertThat(c.isPaused()).isFalse();
  }

  private static void set(Object target, Class<?> type, String field, Object value) {
    try {
      Field f = type.getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
