package com.marketplace.demo.boundary;

import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractStarted;
import com.marketplace.desk.control.HourlyProjects;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeDecided;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryStatus;
import com.marketplace.hourly.boundary.DueWeeks;
import com.marketplace.hourly.control.WeekFunding;
import com.marketplace.hourly.entity.Week;
import com.marketplace.jobs.entity.Category;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.JobPosting;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo hourly contract: the second client hired the second freelancer last week for weekly
 * bookkeeping, 10 h a week. Last week was funded, its time decided (two entries approved and paid,
 * one rejected) and closed with the rest back to the client; this week is funded, with a draft
 * entry when the week is old enough for one. Hire, weeks and payments go through the features' own
 * steps at the times they would have happened; the entries are submitted and decided by their own
 * rules and announced as the approval announces them. Called only by {@link DemoData} at first
 * start, inside the seeded workspace.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DemoHourly {

  static final String TITLE = "Weekly bookkeeping";
  static final String SUPPORT_TITLE = "Evening support desk";
  static final int CAP_HOURS = 10;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LedgerCommands ledger;
  @Inject History history;
  @Inject HourlyProjects projects;
  @Inject WeekFunding funding;
  @Inject DueWeeks weeks;
  @Inject Event<TimeDecided> decided;
  @Inject Clock clock;

  /**
   * Each demo freelancer's hourly contract (the second pair's is {@link #TITLE}); answers the
   * second's id.
   */
  public long seed(DemoMarketplace.Cast cast, String currency) {
    long unit = currency.equals("JPY") ? 1 : 100;
    hourly(
        cast.client(),
        cast.freelancer(),
        SUPPORT_TITLE,
        "Answer our customers' tickets in English and German, a few evenings a week.",
        "support, german",
        Money.of(35 * unit, currency),
        unit);
    return hourly(
        cast.client2(),
        cast.freelancer2(),
        TITLE,
        "Invoices, receipts and the monthly close for a small shop, a few hours a week.",
        "bookkeeping, spreadsheets",
        Money.of(40 * unit, currency),
        unit);
  }

  private long hourly(
      long client,
      long freelancer,
      String title,
      String description,
      String skills,
      Money rate,
      long unit) {
    String currency = rate.currency().getCurrencyCode();
    Instant now = clock.instant();
    Week thisWeek = Week.of(now);
    Week lastWeek = thisWeek.previous();
    Instant monday = lastWeek.startsAt();
    Instant hiredAt = monday.plus(Duration.ofHours(8));

    var job =
        new Job(
            client,
            new JobPosting(
                title, description, Category.SUPPORT, skills, JobKind.HOURLY, rate, null),
            currency,
            hiredAt.minus(Duration.ofDays(3)),
            LocalDate.ofInstant(hiredAt.minus(Duration.ofDays(3)), ZoneOffset.UTC));
    em.persist(job);
    em.flush();
    var proposal =
        new Proposal(
            job.getId(),
            freelancer,
            "Tidy books every week; I know the usual shop software.",
            rate.minorUnits(),
            7,
            hiredAt.minus(Duration.ofDays(2)));
    em.persist(proposal);
    em.flush();
    ledger.topUp(
        "demo:hourly-top-up:" + client,
        client,
        Money.of(1_500 * unit, currency),
        "sandbox",
        "demo top-up");

    Contract contract = Contract.hire(job, proposal, List.of(), CAP_HOURS, hiredAt);
    em.persist(contract);
    em.flush();
    history.record(contract, null, client, "HIRED", title, null);
    projects.open(
        new ContractStarted(
            contract.getId(), client, freelancer, title, JobKind.HOURLY, rate, null));
    funding.fund(contract, hiredAt, false, client);

    long project =
        em.createQuery("SELECT p.id FROM Project p WHERE p.contractId = :c", Long.class)
            .setParameter("c", contract.getId())
            .getSingleResult();
    long books = entry(freelancer, project, monday.plus(Duration.ofHours(34)), 180, "Receipts");
    long close = entry(freelancer, project, monday.plus(Duration.ofHours(57)), 150, "Month end");
    long extra = entry(freelancer, project, monday.plus(Duration.ofHours(82)), 120, "Filing");
    decide(contract, project, client, List.of(books, close), List.of(extra));

    // this week: last week closes (the rest back to the client) and this one is held
    weeks.visit(contract.getId(), now);
    Instant start = now.minus(Duration.ofMinutes(90));
    if (thisWeek.contains(start)) {
      entry(freelancer, project, start, 60, "Invoices");
    }
    return contract.getId();
  }

  private long entry(long freelancer, long project, Instant start, long minutes, String note) {
    var entry =
        TimeEntry.manual(
            freelancer,
            project,
            start,
            start.plus(Duration.ofMinutes(minutes)),
            note,
            start.plus(Duration.ofMinutes(minutes)));
    em.persist(entry);
    em.flush();
    return entry.getId();
  }

  /** The client's decision as the time approval makes it: entries decided, then announced. */
  private void decide(
      Contract contract, long project, long client, List<Long> approved, List<Long> rejected) {
    List<TimeDecided.Entry> entries = new ArrayList<>();
    for (long id : approved) {
      entries.add(decided(id, TimeEntryStatus.APPROVED));
    }
    for (long id : rejected) {
      entries.add(decided(id, TimeEntryStatus.REJECTED));
    }
    Project p = em.find(Project.class, project);
    decided.fire(
        new TimeDecided(
            p.getId(), contract.getId(), p.getFreelancerId(), client, clock.instant(), entries));
  }

  /** Submitted when it ended and decided by the entry's own rules, as the approval does it. */
  private TimeDecided.Entry decided(long entryId, TimeEntryStatus status) {
    TimeEntry entry = em.find(TimeEntry.class, entryId);
    boolean approved = status == TimeEntryStatus.APPROVED;
    entry.submit(entry.getEndedAt());
    entry.decide(
        approved
            ? new TimeDecision(TimeDecision.Verdict.APPROVE, null)
            : new TimeDecision(TimeDecision.Verdict.REJECT, "Filing is part of the fixed fee."));
    em.flush();
    return new TimeDecided.Entry(entryId, entry.getStartedAt(), entry.getSeconds(), approved);
  }
}
