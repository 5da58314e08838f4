package com.marketplace.demo.boundary;

import com.marketplace.desk.entity.BudgetUse;
import com.marketplace.desk.entity.ClientDetails;
import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectChange;
import com.marketplace.desk.entity.ProjectPlan;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.identity.entity.Member;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
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
import java.time.temporal.ChronoUnit;

/**
 * The demo freelancers' desks: a few clients each (one linked to the demo client member, one
 * archived), projects in every stage, one past its deadline and one close to its budget, with time
 * tracked on them. Called only by {@link DemoData} at first start, inside the seeded workspace.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DemoDesk {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Clock clock;

  public void seed(DemoMarketplace.Cast cast, String currency) {
    long unit = currency.equals("JPY") ? 1 : 100;
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    long fiona = cast.freelancer();
    long frank = cast.freelancer2();

    Member carla = em.find(Member.class, cast.client());
    long bakery =
        client(
            fiona,
            new ClientDetails(
                carla.getDisplayName(),
                carla.getEmail(),
                null,
                "Acme Bakery Group",
                "Met on the marketplace; likes weekly updates by email.",
                carla.getId()),
            false);
    long northwind =
        client(
            fiona,
            new ClientDetails(
                "Nadia Novak",
                "nadia@northwind.example",
                "+1 555 0100",
                "Northwind Traders",
                "Operations lead. Prefers a call on Tuesdays.",
                null),
            false);
    long fischer =
        client(
            fiona,
            new ClientDetails(
                "Lena Fischer",
                "lena@fischer-design.example",
                "+49 30 1234567",
                "Fischer Design",
                "Agency work; invoices go to accounts@fischer-design.example.",
                null),
            false);
    long ortiz =
        client(
            fiona,
            new ClientDetails(
                "Oscar Ortiz", "oscar@ortiz-bikes.example", null, "Ortiz Bikes", null, null),
            true);

    long dashboard =
        project(
            fiona,
            northwind,
            new ProjectPlan(
                "Inventory dashboard",
                "Stock levels per warehouse, refreshed hourly.",
                Money.of(60 * unit, currency),
                40 * 60L,
                null,
                today.plusDays(14)),
            ProjectStatus.IN_PROGRESS,
            now.minus(Duration.ofDays(30)));
    track(fiona, dashboard, now, 8, 4 * 60); // 32 h of 40: past its 75 % alert
    project(
        fiona,
        northwind,
        new ProjectPlan(
            "Warehouse app, phase 2",
            "Scanning and picking lists on the phone.",
            Money.of(60 * unit, currency),
            null,
            null,
            null),
        ProjectStatus.TALKS,
        now.minus(Duration.ofDays(6)));
    long guidelines =
        project(
            fiona,
            fischer,
            new ProjectPlan(
                "Brand guidelines",
                "Logo use, colours and type for print and web.",
                Money.of(55 * unit, currency),
                null,
                Money.of(2_000 * unit, currency),
                today.minusDays(3)),
            ProjectStatus.REVIEW,
            now.minus(Duration.ofDays(21)));
    track(fiona, guidelines, now, 7, 4 * 60);
    project(
        fiona,
        bakery,
        new ProjectPlan(
            "Seasonal menu cards",
            "Autumn and winter menus for three shops.",
            Money.of(50 * unit, currency),
            20 * 60L,
            null,
            today.plusDays(30)),
        ProjectStatus.IDEA,
        now.minus(Duration.ofDays(2)));
    long photos =
        project(
            fiona,
            ortiz,
            new ProjectPlan(
                "Shop photos",
                "Product photos for the online shop.",
                Money.of(40 * unit, currency),
                null,
                null,
                today.minusDays(60)),
            ProjectStatus.COMPLETED,
            now.minus(Duration.ofDays(90)));
    track(fiona, photos, now.minus(Duration.ofDays(70)), 2, 3 * 60);

    long mailCo =
        client(
            frank,
            new ClientDetails(
                "Ben Bright", "ben@brightmail.example", null, "Bright Mail Co.", null, null),
            false);
    long petrov =
        client(
            frank,
            new ClientDetails(
                "Pia Petrov", "pia@petrov.example", "+44 20 7946 0000", null, null, null),
            false);
    long newsletter =
        project(
            frank,
            mailCo,
            new ProjectPlan(
                "Newsletter revamp",
                "New template and a month of issues.",
                Money.of(45 * unit, currency),
                20 * 60L,
                null,
                today.plusDays(10)),
            ProjectStatus.IN_PROGRESS,
            now.minus(Duration.ofDays(12)));
    track(frank, newsletter, now, 3, 2 * 60 + 40);
    project(
        frank,
        petrov,
        new ProjectPlan(
            "Landing page copy",
            null,
            Money.of(45 * unit, currency),
            null,
            null,
            today.minusDays(20)),
        ProjectStatus.COMPLETED,
        now.minus(Duration.ofDays(40)));
  }

  private long client(long freelancer, ClientDetails details, boolean archived) {
    var client = new DeskClient(freelancer, details, clock.instant());
    if (archived) {
      client.archive();
    }
    em.persist(client);
    em.flush();
    return client.getId();
  }

  /** A project created at {@code created} and moved stage by stage to {@code status}. */
  private long project(
      long freelancer, long client, ProjectPlan plan, ProjectStatus status, Instant created) {
    var project = new Project(freelancer, client, plan, null, created);
    em.persist(project);
    em.flush();
    change(project, freelancer, created, new Project.Change("project", null, "Created"));
    Instant at = created;
    for (ProjectStatus step : ProjectStatus.values()) {
      if (step.ordinal() > status.ordinal()) {
        break;
      }
      at = at.plus(Duration.ofDays(1));
      for (Project.Change c : project.moveTo(step)) {
        change(project, freelancer, at, c);
      }
    }
    return project.getId();
  }

  /**
   * {@code days} working days of {@code minutes} each, ending the day before {@code until}; the
   * alerts the time reaches count as sent, so the demo starts without a pile of notifications.
   */
  private void track(long freelancer, long projectId, Instant until, int days, int minutes) {
    Instant day = until.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days));
    long seconds = 0;
    for (int i = 0; i < days; i++) {
      Instant start = day.plus(Duration.ofDays(i)).plus(Duration.ofHours(9));
      Instant end = start.plus(Duration.ofMinutes(minutes));
      em.persist(
          TimeEntry.manual(freelancer, projectId, start, end, "Work session " + (i + 1), end));
      seconds += Duration.ofMinutes(minutes).toSeconds();
    }
    Project project = em.find(Project.class, projectId);
    var used = BudgetUse.of(seconds, project.getRate());
    project.thresholdsReached(used.minutes(), used.value());
  }

  private void change(Project project, long member, Instant at, Project.Change c) {
    em.persist(new ProjectChange(project.getId(), member, at, c.field(), c.before(), c.after()));
    em.flush();
  }
}
