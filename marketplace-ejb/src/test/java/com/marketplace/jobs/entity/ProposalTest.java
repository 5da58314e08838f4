package com.marketplace.jobs.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProposalTest {

  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final long CLIENT = 10;
  static final long FREELANCER = 20;
  static final long SOMEONE = 30;

  Job job(long id) {
    var posting =
        new JobPosting(
            "Logo",
            "A logo for a bakery",
            Category.DESIGN,
            "",
            JobKind.FIXED,
            com.marketplace.platform.Money.of(10_000, "EUR"),
            null);
    var job = new Job(CLIENT, posting, "EUR", NOW, LocalDate.of(2026, 11, 22));
    try {
      Field f = Job.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(job, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return job;
  }

  @Test
  void isSeenByItsFreelancerTheJobsClientAndTheWorkspaceOwnerOnly() {
    var job = job(1);
    var p = new Proposal(1, FREELANCER, "I can draw it.", 9_000, 5, NOW);
    assertThat(p.visibleTo(job, FREELANCER, false)).isTrue();
    assertThat(p.visibleTo(job, CLIENT, false)).isTrue();
    assertThat(p.visibleTo(job, SOMEONE, true)).isTrue();
    assertThat(p.visibleTo(job, SOMEONE, false)).isFalse();
  }

  @Test
  void itsPartiesAreTheFreelancerAndTheClientNotTheOwner() {
    var job = job(1);
    var p = new Proposal(1, FREELANCER, "I can draw it.", 9_000, 5, NOW);
    assertThat(p.hasParty(job, FREELANCER)).isTrue();
    assertThat(p.hasParty(job, CLIENT)).isTrue();
    assertThat(p.hasParty(job, SOMEONE)).isFalse();
  }

  @Test
  void refusesToJudgeAgainstAnotherJob() {
    var p = new Proposal(1, FREELANCER, "I can draw it.", 9_000, 5, NOW);
    assertThatThrownBy(() -> p.visibleTo(job(2), CLIENT, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
