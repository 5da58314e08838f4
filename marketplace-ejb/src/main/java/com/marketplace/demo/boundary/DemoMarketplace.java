package com.marketplace.demo.boundary;

import com.marketplace.contracts.control.Escrow;
import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.Party;
import com.marketplace.contracts.entity.Review;
import com.marketplace.jobs.entity.Category;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.JobPosting;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.profiles.entity.Profile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A living demo marketplace for one seeded workspace: profiles, open jobs with proposals, a
 * contract under way and a completed one with its review. Money moves through the ledger and the
 * contracts through their state machine, exactly as users' actions would move them. Called only by
 * {@link DemoData} at first start, with the workspace set as the current tenant.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DemoMarketplace {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LedgerCommands ledger;
  @Inject Escrow escrow;
  @Inject History history;
  @Inject Clock clock;

  public record Cast(long client, long client2, long freelancer, long freelancer2) {}

  public void seed(Cast cast, String currency) {
    long unit = currency.equals("JPY") ? 1 : 100;
    profiles(cast, unit);
    Instant now = clock.instant();

    Job logo =
        job(
            cast.client(),
            "Logo refresh for our studio",
            Category.DESIGN,
            "logo, branding, illustrator",
            JobKind.FIXED,
            400 * unit,
            currency,
            now.minus(Duration.ofDays(20)));
    Job newsletter =
        job(
            cast.client(),
            "Monthly newsletter template",
            Category.DESIGN,
            "html, email",
            JobKind.FIXED,
            300 * unit,
            currency,
            now.minus(Duration.ofDays(9)));
    Job api =
        job(
            cast.client(),
            "Booking API in Java",
            Category.DEVELOPMENT,
            "java, jakarta ee, sql",
            JobKind.FIXED,
            2500 * unit,
            currency,
            now.minus(Duration.ofDays(3)));
    Job copy =
        job(
            cast.client2(),
            "Website copy for five pages",
            Category.WRITING,
            "copywriting, seo",
            JobKind.FIXED,
            600 * unit,
            currency,
            now.minus(Duration.ofDays(2)));
    job(
        cast.client2(),
        "Dashboard of our sales data",
        Category.DATA,
        "sql, python, charts",
        JobKind.HOURLY,
        45 * unit,
        currency,
        now.minus(Duration.ofDays(1)));
    job(
        cast.client(),
        "Customer support on weekends",
        Category.SUPPORT,
        "support, english",
        JobKind.HOURLY,
        20 * unit,
        currency,
        now.minus(Duration.ofHours(5)));

    proposal(api, cast.freelancer(), "I build Jakarta EE services every day.", 2300 * unit, 21);
    proposal(api, cast.freelancer2(), "Happy to help; I know SQL well.", 2600 * unit, 30);
    proposal(copy, cast.freelancer2(), "Copy that converts, on time.", 550 * unit, 10);

    ledger.topUp(
        "demo:top-up:" + cast.client(),
        cast.client(),
        Money.of(2000 * unit, currency),
        "sandbox",
        "demo top-up");
    Contract done =
        hire(logo, proposal(logo, cast.freelancer(), "Fresh logo, three drafts.", 400 * unit, 7));
    done.fund(Party.CLIENT, first(done), m -> escrow.fund(done, m));
    history.record(done, null, cast.client(), "FUNDED", "Logo", null);
    done.submit(Party.FREELANCER, now.plus(Duration.ofDays(14)));
    history.record(
        done, null, cast.freelancer(), "SUBMITTED", "Three drafts and the final logo", null);
    done.approve(Party.CLIENT, now, m -> escrow.release(done, m));
    history.record(done, null, cast.client(), "APPROVED", "Logo", null);
    em.persist(
        new Review(
            done.getId(),
            cast.client(),
            cast.freelancer(),
            5,
            "Great drafts, quick changes, lovely final logo.",
            now));
    em.persist(
        new Review(
            done.getId(),
            cast.freelancer(),
            cast.client(),
            5,
            "Clear brief and fast feedback.",
            now));

    Contract running =
        hire(
            newsletter,
            proposal(
                newsletter, cast.freelancer2(), "Responsive template, tested.", 300 * unit, 5));
    running.fund(Party.CLIENT, first(running), m -> escrow.fund(running, m));
    history.record(running, null, cast.client(), "FUNDED", "Newsletter template", null);
  }

  private void profiles(Cast cast, long unit) {
    var fiona = new Profile(cast.freelancer());
    fiona.describeFreelancer(
        "Brand designer and Java developer",
        "Ten years of logos, design systems and the odd Jakarta EE service.",
        "logo, branding, java, jakarta ee",
        60 * unit);
    em.persist(fiona);
    var frank = new Profile(cast.freelancer2());
    frank.describeFreelancer(
        "Email and web front-ends",
        "Newsletters that render everywhere.",
        "html, email, css, copywriting",
        45 * unit);
    em.persist(frank);
    var carla = new Profile(cast.client());
    carla.describeClient("Acme Bakery Group", "https://bakery.example.com");
    em.persist(carla);
  }

  private Job job(
      long client,
      String title,
      Category category,
      String skills,
      JobKind kind,
      long budget,
      String currency,
      Instant postedAt) {
    var job =
        new Job(
            client,
            new JobPosting(
                title,
                "We need: "
                    + title.toLowerCase()
                    + ". Tell us how you would approach it and when you could deliver.",
                category,
                skills,
                kind,
                Money.of(budget, currency),
                null),
            currency,
            postedAt,
            LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    em.persist(job);
    em.flush();
    return job;
  }

  private Proposal proposal(Job job, long freelancer, String letter, long amount, int days) {
    var p = new Proposal(job.getId(), freelancer, letter, amount, days, clock.instant());
    em.persist(p);
    em.flush();
    return p;
  }

  private Contract hire(Job job, Proposal proposal) {
    var contract = Contract.hire(job, proposal, List.of(), clock.instant());
    em.persist(contract);
    em.flush();
    history.record(contract, null, job.getClientId(), "HIRED", job.getTitle(), null);
    return contract;
  }

  private static long first(Contract contract) {
    return contract.getMilestones().get(0).getId();
  }
}
