package com.marketplace.it;

import static com.marketplace.it.Replies.body;
import static com.marketplace.it.Replies.expect;
import static com.marketplace.it.Replies.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.demo.boundary.DemoDesk;
import com.marketplace.demo.boundary.DemoMarketplace;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The freelancer's desk through the API and its pages: clients written down, searched, filtered,
 * paged, archived and deleted; projects moved through their stages with their history; nobody but
 * their freelancer finds them by id, in this workspace or another; budget alerts once per
 * threshold, to the freelancer and the linked client member; hiring on an hourly job opens its
 * project. Runs in the container (JUnit's assertions only) to track time and check budgets as the
 * time tracking will.
 */
@ExtendWith(ArquillianExtension.class)
class DeskIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            DeskIT.class,
            DeskFixtures.class,
            Deployments.class,
            Api.class,
            MarketSteps.class,
            TestFiles.class,
            Replies.class,
            Eventually.class);
  }

  @ArquillianResource URL deployment;
  @Inject DeskFixtures fixtures;
  @Inject TenantContext tenantContext;
  @Inject DemoDesk demoDesk;

  record Member(Api api, long id, long tenantId) {}

  /** A workspace with a client member and two freelancers, each signed in. */
  record Desk(String slug, Api owner, Member client, Member freelancer, Member freelancer2) {}

  private Desk desk(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    Api owner = Api.owner(deployment, slug);
    return new Desk(
        slug,
        owner,
        member(slug, "Clara Client", "client", "CLIENT"),
        member(slug, "Fay Freelancer", "freelancer", "FREELANCER"),
        member(slug, "Finn Freelancer", "freelancer2", "FREELANCER"));
  }

  private Member member(String slug, String name, String local, String role) {
    var api = Api.member(deployment, slug, name, local, role);
    var me = api.get("api/v1/session").json();
    return new Member(
        api, me.getJsonNumber("id").longValue(), me.getJsonNumber("tenantId").longValue());
  }

  // --- clients

  @Test
  void clientsAreWrittenDownSearchedFilteredPagedArchivedAndDeleted() {
    var d = desk("book");
    Api fay = d.freelancer().api();
    for (int i = 1; i <= 23; i++) {
      String company = i % 3 == 0 ? "Globex" : i % 3 == 1 ? "Acme Ltd" : null;
      client(fay, String.format("Client %02d", i), "c" + i + "@example.com", company, null);
    }
    long zoe =
        id(
            expect(
                201,
                fay.postJson(
                    "api/v1/desk/clients",
                    body(
                        Map.of(
                            "name",
                            " Zoë Müller ",
                            "email",
                            "Zoe@Example.COM",
                            "phone",
                            "+49 30 1234-567",
                            "company",
                            "Müller & Söhne",
                            "notes",
                            "Prefers green tea; 50% upfront.")))));

    // the book by name, paged
    var first = list(fay, "");
    assertEquals(24, total(first));
    assertEquals(20, first.getJsonArray("clients").size());
    assertEquals("Client 01", name(first, 0));
    var last = list(fay, "first=20&size=20");
    assertEquals(4, last.getJsonArray("clients").size());
    assertEquals("Zoë Müller", name(last, 3));

    // one search box across name, email, phone, company and notes, whatever the case
    assertEquals(List.of("Zoë Müller"), names(list(fay, "q=GREEN+TEA")));
    assertEquals(List.of("Zoë Müller"), names(list(fay, "q=1234-5")));
    assertEquals(List.of("Zoë Müller"), names(list(fay, "q=zoe%40example")));
    assertEquals(List.of("Zoë Müller"), names(list(fay, "q=s%C3%B6hne")));
    assertEquals(List.of("Zoë Müller"), names(list(fay, "q=50%25")));
    assertEquals(List.of("Client 07"), names(list(fay, "q=c7%40")));
    assertEquals(0, total(list(fay, "q=5_%25")));
    assertEquals(8, total(list(fay, "q=acme")));

    // filtered by company; the filter offers the companies of the book
    assertEquals(7, total(list(fay, "company=Globex")));
    assertEquals(1, total(list(fay, "company=Globex&q=client+2")));
    assertEquals(
        List.of("Acme Ltd", "Globex", "Müller & Söhne"),
        fay.get("api/v1/desk/clients/companies").array().getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());

    // changed; what the book refuses is named
    var changed =
        expect(
            200,
            fay.putJson(
                "api/v1/desk/clients/" + zoe,
                body(Map.of("name", "Zoë Müller-Lang", "email", "zoe@example.com"))));
    assertEquals("Zoë Müller-Lang", changed.getString("name"));
    absent(changed, "company");
    problem(
        fay.putJson("api/v1/desk/clients/" + zoe, body(Map.of("name", "Zoë", "email", "nope"))),
        400,
        "Enter a valid email address.");
    problem(
        fay.postJson("api/v1/desk/clients", body(Map.of("name", "x".repeat(121)))), 400, "name");
    problem(fay.postJson("api/v1/desk/clients", body(Map.of("email", "a@b.co"))), 400, "name");
    // billing details, printed on the client's invoices
    var billed =
        expect(
            200,
            fay.putJson(
                "api/v1/desk/clients/" + zoe,
                body(
                    Map.of(
                        "name", "Zoë Müller-Lang",
                        "billingAddress", "Hauptstraße 1\n10115 Berlin",
                        "countryCode", "de",
                        "taxId", "DE123456789"))));
    assertEquals("Hauptstraße 1\n10115 Berlin", billed.getString("billingAddress"));
    assertEquals("DE", billed.getString("countryCode"));
    assertEquals("DE123456789", billed.getString("taxId"));
    problem(
        fay.putJson(
            "api/v1/desk/clients/" + zoe,
            body(Map.of("name", "Zoë Müller-Lang", "countryCode", "XX"))),
        400,
        "is not a country code");
    assertEquals("DE", expect(200, fay.get("api/v1/desk/clients/" + zoe)).getString("countryCode"));
    assertEquals(24, total(list(fay, "")));

    // archived: out of the list unless asked for, and back again
    expect(200, fay.post("api/v1/desk/clients/" + zoe + "/archival"));
    assertEquals(23, total(list(fay, "")));
    assertEquals(0, total(list(fay, "q=zoe")));
    var archived = list(fay, "q=zoe&archived=true");
    assertEquals(1, total(archived));
    assertTrue(archived.getJsonArray("clients").getJsonObject(0).getBoolean("archived"));
    expect(200, fay.post("api/v1/desk/clients/" + zoe + "/restoration"));
    assertEquals(24, total(list(fay, "")));

    // a client without projects may be deleted
    assertEquals(204, fay.delete("api/v1/desk/clients/" + zoe).status());
    assertEquals(404, fay.get("api/v1/desk/clients/" + zoe).status());
    assertEquals(23, total(list(fay, "")));
  }

  @Test
  void aClientIsLinkedOnlyToAClientMemberOfTheWorkspace() {
    var d = desk("link");
    var elsewhere = desk("link-other");
    Api fay = d.freelancer().api();

    var linked =
        expect(
            201,
            fay.postJson(
                "api/v1/desk/clients", body(Map.of("name", "Clara", "memberId", d.client().id()))));
    assertEquals(d.client().id(), linked.getJsonNumber("memberId").longValue());
    assertEquals("Clara Client", linked.getString("memberName"));

    for (long notAClient :
        List.of(d.freelancer2().id(), elsewhere.client().id(), Long.MAX_VALUE / 2)) {
      problem(
          fay.postJson(
              "api/v1/desk/clients", body(Map.of("name", "Someone", "memberId", notAClient))),
          400,
          "client member of this workspace");
    }
    assertEquals(1, total(list(fay, "")));
  }

  // --- projects

  @Test
  void projectsMoveThroughTheirStagesKeepTheirHistoryAndFilter() {
    var d = desk("stages");
    Api fay = d.freelancer().api();
    long bakery = client(fay, "Bakery", null, "Bakery Group", null);
    long shop = client(fay, "Shop", null, null, null);
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    var created =
        expect(
            201,
            fay.postJson(
                "api/v1/desk/projects",
                body(
                    Map.of(
                        "clientId",
                        bakery,
                        "name",
                        "Menu cards",
                        "rate",
                        6_000,
                        "budgetMinutes",
                        600,
                        "deadline",
                        yesterday))));
    long menu = id(created);
    assertEquals("IDEA", created.getString("status"));
    assertEquals("Bakery", created.getString("clientName"));
    assertEquals(6_000, created.getJsonNumber("rate").longValue());
    assertEquals("EUR", created.getString("currency"));
    assertTrue(created.getBoolean("overdue"));
    assertEquals(0, created.getJsonNumber("percentUsed").longValue());

    for (String status : List.of("TALKS", "IN_PROGRESS")) {
      var moved =
          expect(
              200,
              fay.postJson(
                  "api/v1/desk/projects/" + menu + "/status", body(Map.of("status", status))));
      assertEquals(status, moved.getString("status"));
    }
    var replanned =
        expect(
            200,
            fay.putJson(
                "api/v1/desk/projects/" + menu,
                body(
                    Map.of(
                        "clientId",
                        shop,
                        "name",
                        "Menu cards",
                        "rate",
                        7_000,
                        "budgetMinutes",
                        600,
                        "deadline",
                        yesterday))));
    assertEquals("Shop", replanned.getString("clientName"));
    assertEquals(7_000, replanned.getJsonNumber("rate").longValue());

    // every change, newest first, as its history keeps it
    JsonArray history = fay.get("api/v1/desk/projects/" + menu + "/history").array();
    assertEquals(
        List.of(
            "rate: EUR 60.00 → EUR 70.00",
            "client: Bakery → Shop",
            "status: Talks → In progress",
            "status: Idea → Talks",
            "project: null → Created"),
        history.stream()
            .map(JsonValue::asJsonObject)
            .map(
                h ->
                    h.getString("field")
                        + ": "
                        + (h.containsKey("before") && !h.isNull("before")
                            ? h.getString("before")
                            : "null")
                        + " → "
                        + h.getString("after"))
            .toList());
    assertEquals("Fay Freelancer", history.getJsonObject(0).getString("by"));
    assertEquals(history, expect(200, fay.get("api/v1/desk/projects/" + menu)).get("history"));

    // filtered by client and status, paged
    long logo = project(fay, bakery, "Logo", 5_000);
    long flyer = project(fay, bakery, "Flyer", 5_000);
    long sign = project(fay, shop, "Shop sign", 5_000);
    assertEquals(List.of(sign, flyer, logo, menu), ids(projects(fay, ""), "projects"));
    assertEquals(List.of(flyer, logo), ids(projects(fay, "client=" + bakery), "projects"));
    assertEquals(List.of(menu), ids(projects(fay, "status=IN_PROGRESS"), "projects"));
    assertEquals(List.of(sign), ids(projects(fay, "client=" + shop + "&status=IDEA"), "projects"));
    var page = projects(fay, "size=3&first=3");
    assertEquals(4, total(page));
    assertEquals(List.of(menu), ids(page, "projects"));
    assertTrue(projects(fay, "").getJsonArray("projects").getJsonObject(3).getBoolean("overdue"));

    // completed: no longer overdue
    var done =
        expect(
            200,
            fay.postJson(
                "api/v1/desk/projects/" + menu + "/status", body(Map.of("status", "COMPLETED"))));
    assertFalse(done.getBoolean("overdue"));

    // what a project cannot be is refused and named
    problem(
        fay.postJson(
            "api/v1/desk/projects", body(Map.of("clientId", shop, "name", "Free", "rate", 0))),
        400,
        "rate");
    problem(
        fay.postJson(
            "api/v1/desk/projects",
            body(
                Map.of(
                    "clientId",
                    shop,
                    "name",
                    "Both",
                    "rate",
                    100,
                    "budgetMinutes",
                    60,
                    "budgetAmount",
                    100))),
        400,
        "hours or in money, not both");
    problem(
        fay.postJson("api/v1/desk/projects/" + menu + "/status", body(Map.of("status", "SOMEDAY"))),
        400,
        "could not be read");

    // a client with projects is archived, not deleted; an archived one starts none
    problem(fay.delete("api/v1/desk/clients/" + shop), 409, "has projects");
    expect(200, fay.post("api/v1/desk/clients/" + shop + "/archival"));
    problem(
        fay.postJson(
            "api/v1/desk/projects", body(Map.of("clientId", shop, "name", "More", "rate", 100))),
        409,
        "archived");

    // the client's page lists its projects
    var bakeryView = expect(200, fay.get("api/v1/desk/clients/" + bakery));
    assertEquals(List.of(flyer, logo), ids(bakeryView, "projects"));
    assertFalse(bakeryView.getBoolean("deletable"));

    // a project without time goes
    assertEquals(204, fay.delete("api/v1/desk/projects/" + logo).status());
    assertEquals(404, fay.get("api/v1/desk/projects/" + logo).status());
  }

  @Test
  void nobodyButItsFreelancerFindsAClientOrProjectById() {
    var d = desk("mine");
    var elsewhere = desk("theirs");
    Api fay = d.freelancer().api();
    long client = client(fay, "Private client", "p@example.com", "Secret Co", null);
    long project = project(fay, client, "Private project", 5_000);

    String clientPath = "api/v1/desk/clients/" + client;
    String projectPath = "api/v1/desk/projects/" + project;
    for (Api other : List.of(d.freelancer2().api(), elsewhere.freelancer().api())) {
      for (String path : List.of(clientPath, projectPath)) {
        problem(other.get(path), 404, "There is no such");
        problem(other.delete(path), 404, "There is no such");
      }
      problem(other.putJson(clientPath, body(Map.of("name", "Mine now"))), 404, "no such client");
      problem(
          other.putJson(
              projectPath, body(Map.of("clientId", client, "name", "Mine now", "rate", 100))),
          404,
          "There is no such project");
      problem(other.post("api/v1/desk/clients/" + client + "/archival"), 404, "There is no such");
      problem(
          other.postJson(
              "api/v1/desk/projects/" + project + "/status", body(Map.of("status", "REVIEW"))),
          404,
          "There is no such");
      problem(other.get("api/v1/desk/projects/" + project + "/history"), 404, "There is no such");
      problem(
          other.postJson(
              "api/v1/desk/projects",
              body(Map.of("clientId", client, "name", "On their client", "rate", 100))),
          404,
          "There is no such client");
      assertEquals(0, total(list(other, "")));
      assertEquals(0, total(projects(other, "")));
      assertEquals(0, other.get("api/v1/desk/clients/companies").array().size());
    }
    // a client member has no desk
    assertEquals(403, d.client().api().get("api/v1/desk/clients").status());
    assertEquals(403, d.client().api().get("api/v1/desk/projects/" + project).status());

    // untouched
    var still = expect(200, fay.get("api/v1/desk/projects/" + project));
    assertEquals("Private project", still.getString("name"));
    assertEquals("IDEA", still.getString("status"));
    assertEquals(1, total(list(fay, "")));
  }

  // --- budget alerts

  @Test
  void budgetAlertsComeOncePerThresholdToTheFreelancerAndTheLinkedClient() {
    var d = desk("budget");
    Api fay = d.freelancer().api();
    long client =
        id(
            expect(
                201,
                fay.postJson(
                    "api/v1/desk/clients",
                    body(Map.of("name", "Clara", "memberId", d.client().id())))));
    long project =
        id(
            expect(
                201,
                fay.postJson(
                    "api/v1/desk/projects",
                    body(
                        Map.of(
                            "clientId",
                            client,
                            "name",
                            "Shop relaunch",
                            "rate",
                            6_000,
                            "budgetMinutes",
                            600)))));
    tenantContext.use(d.freelancer().tenantId());
    long me = d.freelancer().id();

    assertEquals(List.of(), fixtures.trackAndCheck(me, project, Duration.ofHours(5)));
    assertEquals(List.of(75), fixtures.trackAndCheck(me, project, Duration.ofMinutes(150)));
    assertEquals(List.of(), fixtures.check(project));
    assertEquals(List.of(), fixtures.trackAndCheck(me, project, Duration.ofMinutes(10)));
    alerts(d.freelancer(), 1);
    alerts(d.client(), 1);

    long last = fixtures.track(me, project, Duration.ofMinutes(140));
    assertEquals(List.of(90, 100), fixtures.check(project));
    assertEquals(List.of(), fixtures.trackAndCheck(me, project, Duration.ofHours(1)));
    alerts(d.freelancer(), 3);
    alerts(d.client(), 3);
    assertEquals(
        List.of(
            "“Shop relaunch” has used 75 % of its budget (10 h).",
            "“Shop relaunch” has used 90 % of its budget (10 h).",
            "“Shop relaunch” has used its whole budget (10 h)."),
        messages(d.freelancer()).stream().sorted().toList());
    assertTrue(
        messages(d.client())
            .contains("“Shop relaunch” by Fay Freelancer has used 75 % of its budget (10 h)."),
        messages(d.client()).toString());
    assertEquals(3, fixtures.emails(me, "A project's tracked time reaches a budget alert"));
    assertEquals(
        3, fixtures.emails(d.client().id(), "A project's tracked time reaches a budget alert"));
    assertEquals(0, count(d.freelancer2(), "BudgetThresholdReached"));

    // the figures come from the database: 11 h at 60.00
    var view = expect(200, fay.get("api/v1/desk/projects/" + project));
    assertEquals(660, view.getJsonNumber("usedMinutes").longValue());
    assertEquals(66_000, view.getJsonNumber("usedValue").longValue());
    assertEquals(110, view.getJsonNumber("percentUsed").longValue());
    assertEquals("11 h", view.getString("used"));
    assertEquals(
        39_600,
        expect(200, fay.get("api/v1/desk/clients/" + client))
            .getJsonNumber("trackedSeconds")
            .longValue());
    assertEquals(
        39_600,
        projects(fay, "")
            .getJsonArray("projects")
            .getJsonObject(0)
            .getJsonNumber("trackedSeconds")
            .longValue());

    // a larger budget is watched afresh: 11 h of 12 h is past 90 % again
    var replanned =
        expect(
            200,
            fay.putJson(
                "api/v1/desk/projects/" + project,
                body(
                    Map.of(
                        "clientId",
                        client,
                        "name",
                        "Shop relaunch",
                        "rate",
                        6_000,
                        "budgetMinutes",
                        720))));
    assertEquals(91, replanned.getJsonNumber("percentUsed").longValue());
    alerts(d.freelancer(), 5);

    // a client with invoiced time is kept: archived, never deleted; its project keeps its time
    fixtures.invoice(last);
    problem(fay.delete("api/v1/desk/clients/" + client), 409, "invoiced time");
    problem(fay.delete("api/v1/desk/projects/" + project), 409, "tracked time");
    expect(200, fay.post("api/v1/desk/clients/" + client + "/archival"));
  }

  // --- hourly contracts

  @Test
  void hiringOnAnHourlyJobOpensItsProjectOnTheFreelancersDesk() {
    var d = desk("hourly");
    Api clara = d.client().api();
    Api fay = d.freelancer().api();

    long first = hourlyJob(clara, "Support on weekends", 3_000);
    long proposal = MarketSteps.apply(fay, first, 2_500);
    long contract = MarketSteps.id(MarketSteps.hireHourly(clara, proposal, 10));

    var projects = projects(fay, "");
    assertEquals(1, total(projects));
    var project = projects.getJsonArray("projects").getJsonObject(0);
    assertEquals("Support on weekends", project.getString("name"));
    assertEquals("IN_PROGRESS", project.getString("status"));
    assertEquals(contract, project.getJsonNumber("contractId").longValue());
    assertEquals(2_500, project.getJsonNumber("rate").longValue());
    var book = list(fay, "");
    assertEquals(1, total(book));
    var client = book.getJsonArray("clients").getJsonObject(0);
    assertEquals("Clara Client", client.getString("name"));
    assertEquals(d.client().id(), client.getJsonNumber("memberId").longValue());
    var opened = expect(200, fay.get("api/v1/desk/projects/" + id(project)));
    assertEquals(
        "Opened by the hire", opened.getJsonArray("history").getJsonObject(0).getString("after"));
    assertEquals("Clara Client", opened.getJsonArray("history").getJsonObject(0).getString("by"));

    // the same client member again: the same client in the book, brought back from the archive
    expect(200, fay.post("api/v1/desk/clients/" + id(client) + "/archival"));
    long second = hourlyJob(clara, "Data entry", 2_000);
    MarketSteps.hireHourly(clara, MarketSteps.apply(fay, second, 1_800), 5);
    assertEquals(2, total(projects(fay, "client=" + id(client))));
    assertEquals(1, total(list(fay, "")));

    // a fixed-price hire opens none; a contract's project stays with it
    long fixed = MarketSteps.postJob(clara, "Logo", "DESIGN", "logo", 10_000);
    MarketSteps.hire(clara, MarketSteps.apply(fay, fixed, 10_000), "[]");
    assertEquals(2, total(projects(fay, "")));
    problem(fay.delete("api/v1/desk/projects/" + id(project)), 409, "marketplace contract");
    // the other freelancer's desk is untouched
    assertEquals(0, total(projects(d.freelancer2().api(), "")));
  }

  // --- demo data

  @Test
  void theDemoFreelancersFindTheirDesksFilled() {
    var d = desk("demo");
    tenantContext.use(d.freelancer().tenantId());
    demoDesk.seed(
        new DemoMarketplace.Cast(
            d.client().id(), d.client().id(), d.freelancer().id(), d.freelancer2().id()),
        "EUR");
    Api fay = d.freelancer().api();
    assertEquals(3, total(list(fay, "")));
    assertEquals(4, total(list(fay, "archived=true")));
    var linked = list(fay, "q=acme+bakery").getJsonArray("clients").getJsonObject(0);
    assertEquals(d.client().id(), linked.getJsonNumber("memberId").longValue());
    var projects = projects(fay, "").getJsonArray("projects");
    assertEquals(5, projects.size());
    assertEquals(
        List.of("Brand guidelines"),
        projects.stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getBoolean("overdue"))
            .map(p -> p.getString("name"))
            .toList());
    var stages =
        projects.stream().map(p -> p.asJsonObject().getString("status")).distinct().count();
    assertEquals(5, stages, "every stage");
    long dashboard =
        projects.stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("name").equals("Inventory dashboard"))
            .findFirst()
            .map(DeskIT::id)
            .orElseThrow();
    var view = expect(200, fay.get("api/v1/desk/projects/" + dashboard));
    assertEquals(80, view.getJsonNumber("percentUsed").longValue());
    assertEquals(List.of(), fixtures.check(dashboard), "its alert counts as sent");
    assertEquals(
        List.of("In progress", "Talks", "Created"),
        view.getJsonArray("history").stream()
            .map(h -> h.asJsonObject().getString("after"))
            .toList());
    assertEquals(2, total(projects(d.freelancer2().api(), "")));
    assertEquals(0, count(d.freelancer(), "BudgetThresholdReached"));
  }

  // --- pages

  @Test
  void theDeskPagesShowTheBookAndTheProjects() {
    var d = desk("pages");
    Api fay = d.freelancer().api();
    long client = client(fay, "Page Client", "page@example.com", "Paper Ltd", "Likes paper");
    client(fay, "Other Client", null, "Ink Inc", null);
    long project = project(fay, client, "Paper folding", 5_000);
    expect(
        200,
        fay.postJson(
            "api/v1/desk/projects/" + project + "/status", body(Map.of("status", "REVIEW"))));

    String clients = page(fay, "app/desk/clients.xhtml?q=paper&company=Paper+Ltd");
    assertTrue(clients.contains("Page Client"), clients);
    assertFalse(clients.contains("Other Client"), clients);
    assertTrue(clients.contains("value=\"paper\""), "the search box keeps its text");
    assertTrue(clients.contains("nav-clients"), "the desk is in the header");

    String clientPage = page(fay, "app/desk/client.xhtml?id=" + client);
    assertTrue(clientPage.contains("Likes paper"), clientPage);
    assertTrue(clientPage.contains("Paper folding"), clientPage);
    assertTrue(clientPage.contains("editClient"), "edited in a dialog");

    String projects = page(fay, "app/desk/projects.xhtml?status=REVIEW&client=" + client);
    assertTrue(projects.contains("Paper folding"), projects);
    assertTrue(projects.contains(":timer-slot\""), "each row has its timer slot");
    assertTrue(projects.contains("selected=\"selected\">Review"), "the status filter is kept");
    assertFalse(page(fay, "app/desk/projects.xhtml?status=IDEA").contains("Paper folding"));

    String projectPage = page(fay, "app/desk/project.xhtml?id=" + project);
    assertTrue(projectPage.contains("id=\"timer-slot\""), "the page has its timer slot");
    assertTrue(projectPage.contains("Talks → Review") || projectPage.contains("Idea → Review"));
    assertTrue(projectPage.contains("No budget set"), projectPage);

    // the status changes in place: an Ajax request answers the table, the page stays
    String listUrl = "app/desk/projects.xhtml?status=REVIEW&client=" + client;
    var moved =
        ajaxChange(
            fay,
            listUrl,
            page(fay, listUrl),
            "list",
            "list:projects:0:status",
            "COMPLETED",
            "list:projects messages");
    assertTrue(moved.contains("<partial-response"), moved);
    assertTrue(moved.contains("The project is now “Completed”"), moved);
    assertTrue(moved.contains("id=\"list:projects\""), "the table is answered: " + moved);
    assertEquals(
        "COMPLETED", expect(200, fay.get("api/v1/desk/projects/" + project)).getString("status"));
    String projectUrl = "app/desk/project.xhtml?id=" + project;
    var again =
        ajaxChange(
            fay,
            projectUrl,
            page(fay, projectUrl),
            "stage",
            "stage:status",
            "REVIEW",
            "figures history messages");
    assertTrue(again.contains("Completed → Review"), "the history follows: " + again);
    assertEquals(
        "REVIEW", expect(200, fay.get("api/v1/desk/projects/" + project)).getString("status"));

    // the timer from the project's page and the list's row: start, switch in one step, stop
    fay.submitForm(projectUrl, "timer-slot", Map.of("timer-slot:timer-start", "Start"));
    assertEquals(
        project, expect(200, fay.get("api/v1/desk/timer")).getJsonNumber("projectId").longValue());
    String running = page(fay, projectUrl);
    assertTrue(running.contains("id=\"running-timer\""), "the header shows the timer");
    assertTrue(running.contains("timer-slot:timer-stop"), "the page offers Stop");
    long other = project(fay, client, "Paper cutting", 6_000);
    String rows = page(fay, "app/desk/projects.xhtml?client=" + client);
    assertTrue(rows.contains(":timer-switch\""), "the other row offers to switch: " + rows);
    String otherUrl = "app/desk/project.xhtml?id=" + other;
    fay.submitForm(otherUrl, "timer-slot", Map.of("timer-slot:timer-switch", "Switch here"));
    assertEquals(
        other, expect(200, fay.get("api/v1/desk/timer")).getJsonNumber("projectId").longValue());
    tenantContext.use(d.freelancer().tenantId());
    assertEquals(1, fixtures.running(d.freelancer().id()), "the switch stopped the first timer");
    fay.submitForm(otherUrl, "timer-slot", Map.of("timer-slot:timer-stop", "Stop"));
    assertEquals(204, fay.get("api/v1/desk/timer").status());

    String theirs = page(d.freelancer2().api(), "app/desk/project.xhtml?id=" + project);
    assertFalse(theirs.contains("Paper folding"), theirs);
    assertTrue(theirs.contains("There is no such project."), theirs);
    assertEquals(403, d.client().api().download("app/desk/clients.xhtml").status());
  }

  // --- dashboard

  @Test
  void theDashboardAddsUpTheFreelancersOwnDesk() {
    var d = desk("dash");
    Api fay = d.freelancer().api();
    long acme = client(fay, "Acme", null, null, null);
    long beta = client(fay, "Beta", null, null, null);
    long gone = client(fay, "Gone", null, null, null);
    expect(200, fay.post("api/v1/desk/clients/" + gone + "/archival"));
    List<Long> projects = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      long project = project(fay, i % 2 == 0 ? acme : beta, "Project " + i, 5_000);
      String status = i < 3 ? "IN_PROGRESS" : "REVIEW";
      expect(
          200,
          fay.postJson(
              "api/v1/desk/projects/" + project + "/status", body(Map.of("status", status))));
      projects.add(project);
    }
    long finnsClient = client(d.freelancer2().api(), "Finn's", null, null, null);
    long finns = project(d.freelancer2().api(), finnsClient, "Finn's own", 5_000);
    expect(
        200,
        d.freelancer2()
            .api()
            .postJson(
                "api/v1/desk/projects/" + finns + "/status",
                body(Map.of("status", "IN_PROGRESS"))));

    // ten entries a day apart (each a quarter of an hour longer), one long before, and a running
    // timer; the other freelancer's time is theirs
    tenantContext.use(d.freelancer().tenantId());
    long me = d.freelancer().id();
    Instant now = Instant.now();
    record Entry(long project, Instant start, long seconds) {}
    List<Entry> entries = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      entries.add(
          new Entry(
              projects.get(k % 4),
              now.minus(Duration.ofDays(k)).minus(Duration.ofHours(3)),
              (k + 1) * 900L));
    }
    entries.add(new Entry(projects.get(3), now.minus(Duration.ofDays(45)), 18_000));
    for (Entry e : entries) {
      fixtures.entry(me, e.project(), e.start(), Duration.ofSeconds(e.seconds()));
    }
    fixtures.entry(
        d.freelancer2().id(), finns, now.minus(Duration.ofHours(2)), Duration.ofHours(1));
    expect(201, fay.postJson("api/v1/desk/timer", body(Map.of("projectId", projects.get(0)))));

    // what the figures must be, worked out here day by day in UTC
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate firstOfMonth = today.withDayOfMonth(1);
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long month = 0;
    long[] week = new long[7];
    Map<Long, Long> byProject = new HashMap<>();
    for (Entry e : entries) {
      LocalDate day = e.start().atZone(ZoneOffset.UTC).toLocalDate();
      if (!day.isBefore(firstOfMonth) && day.isBefore(firstOfMonth.plusMonths(1))) {
        month += e.seconds();
        byProject.merge(e.project(), e.seconds(), Long::sum);
      }
      if (!day.isBefore(monday) && day.isBefore(monday.plusWeeks(1))) {
        week[(int) (day.toEpochDay() - monday.toEpochDay())] += e.seconds();
      }
    }
    List<String> top =
        byProject.entrySet().stream()
            .sorted(
                Comparator.comparing(Map.Entry<Long, Long>::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .limit(3)
            .map(t -> "Project " + projects.indexOf(t.getKey()) + ": " + t.getValue())
            .toList();

    var figures = expect(200, fay.get("api/v1/desk/dashboard"));
    assertEquals(2, figures.getJsonNumber("clients").longValue(), "the archived one left out");
    assertEquals(3, figures.getJsonNumber("activeProjects").longValue());
    assertEquals(firstOfMonth.toString(), figures.getString("month"));
    assertEquals(month, figures.getJsonNumber("secondsThisMonth").longValue());
    var days = figures.getJsonArray("week");
    assertEquals(7, days.size());
    for (int i = 0; i < 7; i++) {
      var day = days.getJsonObject(i);
      assertEquals(monday.plusDays(i).toString(), day.getString("day"));
      assertEquals(week[i], day.getJsonNumber("seconds").longValue(), day.toString());
    }
    assertEquals(
        top,
        figures.getJsonArray("topProjects").stream()
            .map(JsonValue::asJsonObject)
            .map(t -> t.getString("name") + ": " + t.getJsonNumber("seconds").longValue())
            .toList());
    assertEquals(0, figures.getJsonNumber("earnedThisMonth").longValue());
    assertEquals("EUR", figures.getString("currency"));

    // a release this month reaches the figures after the 10 % fee, for this freelancer only
    Api clara = d.client().api();
    MarketSteps.topUp(clara, 40_000);
    long contract = MarketSteps.fundedContract(clara, fay, "Dashboard work", 30_000);
    assertEquals(
        200,
        MarketSteps.submit(fay, contract, new Api.FilePart("work.pdf", TestFiles.pdf("work")))
            .status());
    expect(200, clara.post("api/v1/contracts/" + contract + "/approval"));
    assertEquals(
        27_000,
        expect(200, fay.get("api/v1/desk/dashboard")).getJsonNumber("earnedThisMonth").longValue());
    var finnsFigures = expect(200, d.freelancer2().api().get("api/v1/desk/dashboard"));
    assertEquals(0, finnsFigures.getJsonNumber("earnedThisMonth").longValue());
    boolean finnsHourThisMonth =
        !now.minus(Duration.ofHours(2)).atZone(ZoneOffset.UTC).toLocalDate().isBefore(firstOfMonth);
    assertEquals(
        finnsHourThisMonth ? 3_600 : 0, finnsFigures.getJsonNumber("secondsThisMonth").longValue());
    assertEquals(1, finnsFigures.getJsonNumber("clients").longValue());

    // the page: the figures, the week drawn as a bar chart, the top projects
    String page = page(fay, "app/freelancer/index.xhtml");
    assertTrue(page.contains("id=\"week-chart\""), "the chart is on the page");
    assertTrue(page.contains("\"type\":\"bar\""), "a bar chart: " + page);
    assertTrue(page.contains(com.marketplace.desk.entity.TimeEntry.length(month)), page);
    for (String line : top) {
      assertTrue(page.contains(line.substring(0, line.indexOf(':'))), line + " in " + page);
    }
    assertEquals(403, clara.get("api/v1/desk/dashboard").status());
  }

  // --- search

  @Test
  void theSearchFindsWhatTheMemberMaySeeAndNothingOfOthers() {
    var d = desk("find");
    var elsewhere = desk("find-other");
    Api fay = d.freelancer().api();
    Api finn = d.freelancer2().api();
    Api clara = d.client().api();

    long bakery = client(fay, "Quokka Bakery", "bakery@example.com", "Quokka Ltd", null);
    long menu = project(fay, bakery, "Quokka menu", 5_000);
    project(finn, client(finn, "Quokka for Finn", null, null, null), "Quokka by Finn", 5_000);
    Api other = elsewhere.freelancer().api();
    project(other, client(other, "Quokka elsewhere", null, null, null), "Quokka far", 5_000);
    MarketSteps.postJob(elsewhere.client().api(), "Quokka far job", "OTHER", "", 10_000);

    MarketSteps.topUp(clara, 50_000);
    long faysContract = MarketSteps.fundedContract(clara, fay, "Quokka website", 20_000);
    long finnsContract = MarketSteps.fundedContract(clara, finn, "Quokka shop", 20_000);
    long logo = MarketSteps.postJob(clara, "Quokka logo", "DESIGN", "logo", 10_000);

    // the freelancer: their client and project, the open job, their contract
    var found = search(fay, "quokka");
    assertEquals(List.of("CLIENTS", "PROJECTS", "INVOICES", "JOBS", "CONTRACTS"), kinds(found));
    assertEquals(List.of(bakery + " Quokka Bakery"), hits(found, "CLIENTS"));
    assertEquals(List.of(menu + " Quokka menu"), hits(found, "PROJECTS"));
    assertEquals(List.of(logo + " Quokka logo"), hits(found, "JOBS"));
    assertEquals(List.of(faysContract + " Quokka website"), hits(found, "CONTRACTS"));
    assertEquals(
        "Quokka Ltd · bakery@example.com",
        group(found, "CLIENTS").getJsonArray("hits").getJsonObject(0).getString("detail"));
    // any field of the client, whatever the case; the project by its name
    assertEquals(List.of(bakery + " Quokka Bakery"), hits(search(fay, "BAKERY@ex"), "CLIENTS"));
    assertEquals(List.of(menu + " Quokka menu"), hits(search(fay, "menu"), "PROJECTS"));

    // the other freelancer finds only theirs
    var finns = search(finn, "quokka");
    assertEquals(List.of("Quokka for Finn"), titles(finns, "CLIENTS"));
    assertEquals(List.of("Quokka by Finn"), titles(finns, "PROJECTS"));
    assertEquals(List.of(finnsContract + " Quokka shop"), hits(finns, "CONTRACTS"));
    // another workspace finds none of this one's, and this one none of theirs
    var theirs = search(other, "quokka");
    assertEquals(List.of("Quokka elsewhere"), titles(theirs, "CLIENTS"));
    assertEquals(List.of("Quokka far"), titles(theirs, "PROJECTS"));
    assertEquals(List.of("Quokka far job"), titles(theirs, "JOBS"));
    assertEquals(List.of(), titles(theirs, "CONTRACTS"));

    // the client: their own jobs whatever their state, then the board; their contracts
    var claras = search(clara, "quokka");
    assertEquals(List.of("INVOICES", "JOBS", "CONTRACTS"), kinds(claras));
    assertEquals(List.of("Quokka logo", "Quokka shop", "Quokka website"), titles(claras, "JOBS"));
    assertEquals(List.of("Quokka shop", "Quokka website"), titles(claras, "CONTRACTS"));
    // the owner: the workspace's contracts
    var owners = search(d.owner(), "quokka");
    assertEquals(List.of("Quokka shop", "Quokka website"), titles(owners, "CONTRACTS"));

    // bounded: five a group and "more"; texts too short or too long
    for (int i = 0; i < 6; i++) {
      client(fay, "Wombat " + i, null, null, null);
    }
    var many = group(search(fay, "wombat"), "CLIENTS");
    assertEquals(5, many.getJsonArray("hits").size());
    assertTrue(many.getBoolean("more"));
    var tooShort = search(fay, "q");
    assertEquals(0, tooShort.getJsonArray("groups").size());
    assertEquals("Type at least 2 characters to search.", tooShort.getString("message"));
    problem(fay.get("api/v1/search?q=" + "x".repeat(101)), 400, "at most 100 characters");
    problem(fay.get("api/v1/search"), 400, "q");
    assertEquals(List.of(), hits(search(fay, "qu_kka"), "CLIENTS"), "the text is taken literally");

    // the header's box on every page answers by Ajax, each hit a link to its page
    String url = "app/desk/projects.xhtml";
    String html = page(fay, url);
    assertTrue(html.contains("id=\"search:q\""), "the search is in the header");
    var answer = ajaxSearch(fay, url, html, "quokka");
    assertTrue(answer.contains("app/desk/client.xhtml?id=" + bakery), answer);
    assertTrue(answer.contains("app/desk/project.xhtml?id=" + menu), answer);
    assertTrue(answer.contains("app/jobs.xhtml?job=" + logo), answer);
    assertTrue(answer.contains("app/contract.xhtml?id=" + faysContract), answer);
    assertFalse(answer.contains("Finn"), answer);
    // the box takes 100 characters (a longer text is cut as it arrives) and says so
    var cut = ajaxSearch(fay, url, page(fay, url), "x".repeat(101));
    assertTrue(cut.contains("Search for at most 100 characters."), cut);
    assertTrue(cut.contains("Nothing found for “" + "x".repeat(100) + "”"), cut);
    String claraPage = page(clara, "app/jobs.xhtml");
    assertTrue(ajaxSearch(clara, "app/jobs.xhtml", claraPage, "quokka").contains("Quokka shop"));
  }

  // --- in a browser

  @Test
  @RunAsClient
  void theBackButtonBringsTheFiltersBackAndTheSearchLeadsToItsHits() {
    var d = desk("back");
    Api fay = d.freelancer().api();
    long paper = client(fay, "Page Client", "page@example.com", "Paper Ltd", null);
    long ink = client(fay, "Other Client", null, "Ink Inc", null);
    long folding = project(fay, paper, "Paper folding", 5_000);
    expect(
        200,
        fay.postJson(
            "api/v1/desk/projects/" + folding + "/status", body(Map.of("status", "REVIEW"))));
    project(fay, ink, "Ink drawing", 5_000);
    DeskScreens.backButtonAndSearch(Deployments.local(deployment), d.slug(), "freelancer");
  }

  // --- steps

  private static long client(Api api, String name, String email, String company, String notes) {
    var fields = new java.util.HashMap<String, Object>();
    fields.put("name", name);
    fields.put("email", email);
    fields.put("company", company);
    fields.put("notes", notes);
    return id(expect(201, api.postJson("api/v1/desk/clients", body(fields))));
  }

  private static long project(Api api, long client, String name, long rate) {
    return id(
        expect(
            201,
            api.postJson(
                "api/v1/desk/projects",
                body(Map.of("clientId", client, "name", name, "rate", rate)))));
  }

  private static long hourlyJob(Api client, String title, long rate) {
    var posted =
        client.postJson(
            "api/v1/jobs",
            body(
                Map.of(
                    "title",
                    title,
                    "description",
                    "Hourly work: " + title,
                    "category",
                    "SUPPORT",
                    "skills",
                    "support",
                    "kind",
                    "HOURLY",
                    "budget",
                    rate)));
    return id(expect(201, posted));
  }

  private static JsonObject list(Api api, String query) {
    return expect(200, api.get("api/v1/desk/clients?" + query));
  }

  private static JsonObject projects(Api api, String query) {
    return expect(200, api.get("api/v1/desk/projects?" + query));
  }

  private static String page(Api api, String path) {
    var page = api.download(path);
    assertEquals(200, page.status(), path);
    return new String(page.body(), StandardCharsets.UTF_8);
  }

  private static JsonObject search(Api api, String text) {
    return expect(
        200,
        api.get("api/v1/search?q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)));
  }

  private static List<String> kinds(JsonObject found) {
    return found.getJsonArray("groups").stream()
        .map(g -> g.asJsonObject().getString("kind"))
        .toList();
  }

  private static JsonObject group(JsonObject found, String kind) {
    return found.getJsonArray("groups").stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + found));
  }

  /** "id title" of each hit of the group. */
  private static List<String> hits(JsonObject found, String kind) {
    return group(found, kind).getJsonArray("hits").stream()
        .map(JsonValue::asJsonObject)
        .map(h -> h.getJsonNumber("id").longValue() + " " + h.getString("title"))
        .toList();
  }

  private static List<String> titles(JsonObject found, String kind) {
    return group(found, kind).getJsonArray("hits").stream()
        .map(h -> h.asJsonObject().getString("title"))
        .sorted()
        .toList();
  }

  /** Types into the header's search box as its Ajax behaviour sends it; the partial response. */
  private static String ajaxSearch(Api api, String url, String html, String text) {
    var state = VIEW_STATE.matcher(html);
    assertTrue(state.find(), "a view state in " + url);
    var fields = new java.util.LinkedHashMap<String, String>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "search:q");
    fields.put("jakarta.faces.partial.execute", "search:q");
    fields.put("jakarta.faces.partial.render", "search:results");
    fields.put("jakarta.faces.behavior.event", "keyup");
    fields.put("jakarta.faces.partial.event", "keyup");
    fields.put("search", "search");
    fields.put("search:q", text);
    fields.put("jakarta.faces.ViewState", state.group(1));
    var reply = api.postFacesAjax(url, fields);
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.body().contains("id=\"search:results\""), reply.body());
    return reply.body();
  }

  private static final java.util.regex.Pattern VIEW_STATE =
      java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /**
   * Chooses {@code value} in a page's {@code p:selectOneMenu} as its Ajax behaviour sends it (with
   * the ids its {@code update} names), and answers the partial response.
   */
  private static String ajaxChange(
      Api api, String url, String html, String form, String menu, String value, String render) {
    var state = VIEW_STATE.matcher(html);
    assertTrue(state.find(), "a view state in " + url);
    assertTrue(html.contains("name=\"" + menu + "_input\""), menu + " in " + html);
    var fields = new java.util.LinkedHashMap<String, String>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", menu);
    fields.put("jakarta.faces.partial.execute", menu);
    fields.put("jakarta.faces.partial.render", render);
    fields.put("jakarta.faces.behavior.event", "valueChange");
    fields.put("jakarta.faces.partial.event", "change");
    fields.put(form, form);
    fields.put(menu + "_input", value);
    fields.put("jakarta.faces.ViewState", state.group(1));
    var reply = api.postFacesAjax(url, fields);
    assertEquals(200, reply.status(), reply.body());
    return reply.body();
  }

  /** Waits until the member has exactly {@code times} budget alerts, then checks no more come. */
  private static void alerts(Member m, int times) {
    Eventually.until(
        () -> count(m, "BudgetThresholdReached") >= times, times + " budget alerts for " + m.id());
    assertEquals(times, count(m, "BudgetThresholdReached"));
  }

  private static long count(Member m, String type) {
    return m.api().get("api/v1/notifications?max=100").array().stream()
        .filter(n -> n.asJsonObject().getString("type").equals(type))
        .count();
  }

  private static List<String> messages(Member m) {
    return m.api().get("api/v1/notifications?max=100").array().stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("type").equals("BudgetThresholdReached"))
        .map(n -> n.getString("message"))
        .toList();
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static long total(JsonObject page) {
    return page.getJsonNumber("total").longValue();
  }

  private static String name(JsonObject page, int index) {
    return page.getJsonArray("clients").getJsonObject(index).getString("name");
  }

  private static List<String> names(JsonObject page) {
    return page.getJsonArray("clients").stream()
        .map(c -> c.asJsonObject().getString("name"))
        .toList();
  }

  private static List<Long> ids(JsonObject o, String array) {
    return o.getJsonArray(array).stream()
        .map(p -> p.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  /** Left out of the JSON, or null. */
  private static void absent(JsonObject o, String field) {
    assertTrue(!o.containsKey(field) || o.isNull(field), field + " in " + o);
  }
}
