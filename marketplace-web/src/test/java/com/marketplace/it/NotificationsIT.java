package com.marketplace.it;

import static com.marketplace.it.MarketSteps.apply;
import static com.marketplace.it.MarketSteps.fundedContract;
import static com.marketplace.it.MarketSteps.hire;
import static com.marketplace.it.MarketSteps.id;
import static com.marketplace.it.MarketSteps.milestone;
import static com.marketplace.it.MarketSteps.postJob;
import static com.marketplace.it.MarketSteps.submit;
import static com.marketplace.it.MarketSteps.topUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.devstack.IntegrationStack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Domain events through the outbox, the real OpenMQ broker and the notifier to in-app notifications
 * and emails on a real SMTP server (GreenMail): every event type reaches the right people once and
 * nobody in another workspace; with the broker or the SMTP server away, events and emails wait and
 * arrive once after it comes back; a repeated event changes nothing, and one written before events
 * were typed still reads; a poison message ends in the dead-letter queue, which its workspace's
 * owner sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  record Person(Api api, String email) {}

  record Market(String slug, Person owner, Person client, Person freelancer) {}

  Market market(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    return new Market(
        slug,
        new Person(Api.owner(base, slug), "owner@" + slug + ".test"),
        member(slug, "Clara Client", "client", "CLIENT"),
        member(slug, "Fay Freelancer", "freelancer", "FREELANCER"));
  }

  private Person member(String slug, String name, String local, String role) {
    return new Person(Api.member(base, slug, name, local, role), local + "@" + slug + ".test");
  }

  @Test
  void everyEventReachesTheRightPeopleInTheAppAndByEmailOnceAndNobodyElse() throws Exception {
    var m = market("notify");
    var other = market("elsewhere");
    var client = m.client();
    var freelancer = m.freelancer();

    // proposal received, then withdrawn
    long withdrawnJob = postJob(client.api(), "Landing page", "DESIGN", "figma", 20_000);
    long withdrawn = apply(freelancer.api(), withdrawnJob, 20_000);
    assertThat(freelancer.api().post("api/v1/proposals/" + withdrawn + "/withdrawal").status())
        .isEqualTo(200);

    // hired, funded (after a top-up), submitted, changes requested, released, reviewed
    topUp(client.api(), 500_000);
    long job = postJob(client.api(), "Bakery logo", "DESIGN", "branding", 100_000);
    var contract = hire(client.api(), apply(freelancer.api(), job, 100_000), "[]");
    String path = "api/v1/contracts/" + id(contract);
    assertThat(
            client.api().post(path + "/milestones/" + milestone(contract, 1) + "/funding").status())
        .isEqualTo(200);
    assertThat(
            submit(
                    freelancer.api(),
                    id(contract),
                    new Api.FilePart("logo.pdf", TestFiles.pdf("Logo")))
                .status())
        .isEqualTo(200);
    assertThat(client.api().postJson(path + "/change-request", "{\"text\":\"Bigger\"}").status())
        .isEqualTo(200);
    assertThat(
            submit(
                    freelancer.api(),
                    id(contract),
                    new Api.FilePart("logo-2.pdf", TestFiles.pdf("Logo, bigger")))
                .status())
        .isEqualTo(200);
    assertThat(client.api().post(path + "/approval").status()).isEqualTo(200);
    assertThat(
            client.api().postJson(path + "/reviews", "{\"stars\":5,\"text\":\"Great\"}").status())
        .isEqualTo(200);

    // dispute opened by the client, resolved by the owner
    long disputed = fundedContract(client.api(), freelancer.api(), "Menu card", 50_000);
    assertThat(
            client
                .api()
                .postJson("api/v1/contracts/" + disputed + "/dispute", "{\"text\":\"Late\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            m.owner()
                .api()
                .postJson(
                    "api/v1/contracts/" + disputed + "/resolution",
                    "{\"decision\":\"REFUND\",\"toFreelancer\":0,\"note\":\"Nothing shown\"}")
                .status())
        .isEqualTo(200);

    // cancelled by agreement of both sides
    long cancelled = fundedContract(client.api(), freelancer.api(), "Flyer", 10_000);
    client.api().post("api/v1/contracts/" + cancelled + "/cancellation");
    assertThat(freelancer.api().post("api/v1/contracts/" + cancelled + "/cancellation").status())
        .isEqualTo(200);

    // a message about the contract
    var conversation =
        freelancer
            .api()
            .postJson(
                "api/v1/conversations",
                "{\"contextType\":\"CONTRACT\",\"contextId\":" + id(contract) + "}");
    assertThat(
            freelancer
                .api()
                .postMultipart(
                    "api/v1/conversations/" + id(conversation.json()) + "/messages",
                    Map.of("body", "Thanks for the review!"),
                    List.of())
                .status())
        .isEqualTo(201);

    // a withdrawal paid out, one refused by the bank
    withdraw(freelancer, 10_000, "DE89370400440532013000");
    withdraw(freelancer, 5_000, "FAIL-0001");

    expect(client, "ProposalReceived", 4); // the withdrawn one, the logo, the menu, the flyer
    expect(client, "ProposalWithdrawn", 1);
    assertThat(messages(client, "ProposalWithdrawn"))
        .containsExactly("Fay Freelancer withdrew a proposal for “Landing page”.");
    expect(client, "TopUpConfirmed", 1);
    expect(client, "WorkSubmitted", 2);
    expect(client, "DisputeResolved", 1);
    expect(client, "ContractCancelled", 1);
    expect(client, "MessagePosted", 1);
    expect(freelancer, "Hired", 3);
    expect(freelancer, "MilestoneFunded", 3);
    expect(freelancer, "ChangesRequested", 1);
    expect(freelancer, "MilestoneReleased", 1);
    expect(freelancer, "ReviewPosted", 1);
    expect(freelancer, "DisputeOpened", 1);
    expect(freelancer, "DisputeResolved", 1);
    expect(freelancer, "ContractCancelled", 1);
    expect(freelancer, "WithdrawalPaid", 1);
    expect(freelancer, "WithdrawalFailed", 1);
    expect(m.owner(), "DisputeOpened", 1);
    expect(m.owner(), "MemberRegistered", 3); // own welcome, the client, the freelancer
    expect(freelancer, "MessagePosted", 0); // the sender is not told of their own message

    // the words and the branding of one email
    var released = emailsTo(freelancer.email(), "A milestone is released").get(0);
    assertThat(released.getSubject())
        .isEqualTo("[Business " + m.slug() + "] A milestone is released");
    String body = body(released);
    assertThat(body).contains("“Bakery logo”", "approved and released", "#112233", "Hello Fay");

    // the other workspace heard only of its own members joining
    for (Person p : List.of(other.owner(), other.client(), other.freelancer())) {
      assertThat(types(p)).allMatch("MemberRegistered"::equals);
      assertThat(allEmailsTo(p.email()))
          // besides the link that confirms their own address
          .filteredOn(e -> !subject(e).endsWith("Confirm your email address"))
          .allMatch(e -> subject(e).endsWith("Someone joins the workspace"));
    }
  }

  @Test
  void emailsWaitForTheSmtpServerAndGoOnceItIsBack() throws Exception {
    var m = market("smtp");
    long job = postJob(m.client().api(), "Shop photos", "DESIGN", "photo", 30_000);
    IntegrationStack.stopSmtp();
    try {
      apply(m.freelancer().api(), job, 30_000);
      // the notification arrives in the app, the email cannot go yet
      Eventually.until(() -> count(m.client(), "ProposalReceived") == 1, "the in-app notification");
      Thread.sleep(3_000);
    } finally {
      IntegrationStack.startSmtp();
    }
    Eventually.until(
        () -> emailsTo(m.client().email(), LABELS.get("ProposalReceived")).size() == 1,
        "the email after the SMTP server came back");
    Thread.sleep(3_000);
    assertThat(emailsTo(m.client().email(), LABELS.get("ProposalReceived"))).hasSize(1);
  }

  @Test
  void eventsWaitForTheBrokerAndArriveOnceItIsBack() throws Exception {
    var m = market("broker");
    long job = postJob(m.client().api(), "Podcast edit", "OTHER", "audio", 40_000);
    IntegrationStack.stopBroker();
    try {
      // the change is made and its event waits in the outbox
      apply(m.freelancer().api(), job, 40_000);
      Thread.sleep(3_000);
      assertThat(count(m.client(), "ProposalReceived")).isZero();
    } finally {
      IntegrationStack.startBroker();
    }
    Eventually.until(
        () -> count(m.client(), "ProposalReceived") == 1, "the notification after the restart");
    Eventually.until(
        () -> emailsTo(m.client().email(), LABELS.get("ProposalReceived")).size() == 1,
        "the email after the restart");
    Thread.sleep(3_000);
    assertThat(count(m.client(), "ProposalReceived")).isEqualTo(1);
    assertThat(emailsTo(m.client().email(), LABELS.get("ProposalReceived"))).hasSize(1);
  }

  @Test
  void aRepeatedEventChangesNothingAndAPoisonMessageEndsWithTheDeadLetters() throws Exception {
    var m = market("again");
    var other = market("unrelated");
    long job = postJob(m.client().api(), "Video ad", "MARKETING", "video", 60_000);
    apply(m.freelancer().api(), job, 60_000);
    Eventually.until(() -> count(m.client(), "ProposalReceived") == 1, "the first delivery");
    Eventually.until(
        () -> emailsTo(m.client().email(), LABELS.get("ProposalReceived")).size() == 1,
        "the email");

    String poison = UUID.randomUUID().toString();
    try (var db = SeededJobs.database()) {
      // as if the relay had sent the event and stopped before noting it: it goes out again
      try (var again =
          db.prepareStatement(
              "UPDATE outbox_event o JOIN tenant t ON t.id = o.tenant_id SET o.published_at = NULL"
                  + " WHERE t.slug = ? AND o.type = 'ProposalReceived'")) {
        again.setString(1, m.slug());
        assertThat(again.executeUpdate()).isEqualTo(1);
      }
      // an event no consumer can read
      try (var bad =
          db.prepareStatement(
              "INSERT INTO outbox_event (tenant_id, event_id, type, payload, created_at)"
                  + " SELECT id, ?, 'ProposalReceived', '{\"broken', NOW(6) FROM tenant"
                  + " WHERE slug = ?")) {
        bad.setString(1, poison);
        bad.setString(2, m.slug());
        assertThat(bad.executeUpdate()).isEqualTo(1);
      }
      Eventually.until(
          () -> {
            try (var published =
                db.prepareStatement(
                    "SELECT COUNT(*) FROM outbox_event o JOIN tenant t ON t.id = o.tenant_id"
                        + " WHERE t.slug = ? AND o.published_at IS NULL")) {
              published.setString(1, m.slug());
              try (var rs = published.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
              }
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          },
          "the relay to send both again");
    }
    Eventually.until(
        () ->
            m.owner().api().get("api/v1/workspace/dead-letters").array().stream()
                .anyMatch(d -> poison.equals(d.asJsonObject().getString("eventId", null))),
        "the poison message in the owner's dead letters");
    assertThat(count(m.client(), "ProposalReceived")).isEqualTo(1);
    assertThat(emailsTo(m.client().email(), LABELS.get("ProposalReceived"))).hasSize(1);
    assertThat(other.owner().api().get("api/v1/workspace/dead-letters").array()).isEmpty();
    assertThat(m.client().api().get("api/v1/workspace/dead-letters").status()).isEqualTo(403);
  }

  /** What the previous release left in the outbox (every value a string) notifies as before. */
  @Test
  void anEventWrittenBeforeEventsWereTypedStillNotifies() throws Exception {
    var m = market("upgrade");
    long job = postJob(m.client().api(), "Shop flyer", "DESIGN", "print", 30_000);
    apply(m.freelancer().api(), job, 30_000);
    expect(m.client(), "ProposalReceived", 1);

    try (var db = SeededJobs.database()) {
      JsonObject typed;
      try (var row =
          db.prepareStatement(
              "SELECT o.payload FROM outbox_event o JOIN tenant t ON t.id = o.tenant_id"
                  + " WHERE t.slug = ? AND o.type = 'ProposalReceived'")) {
        row.setString(1, m.slug());
        try (var rs = row.executeQuery();
            var reader = Json.createReader(new StringReader(rs.next() ? rs.getString(1) : ""))) {
          typed = reader.readObject();
        }
      }
      var data = Json.createObjectBuilder();
      typed
          .getJsonObject("data")
          .forEach((k, v) -> data.add(k, v instanceof JsonString s ? s.getString() : v.toString()));
      String eventId = UUID.randomUUID().toString();
      String untyped =
          Json.createObjectBuilder()
              .add("data", data)
              .add("eventId", eventId)
              .add("occurredAt", typed.getString("occurredAt"))
              .add("tenantId", typed.get("tenantId"))
              .add("type", "ProposalReceived")
              .build()
              .toString();
      try (var old =
          db.prepareStatement(
              "INSERT INTO outbox_event (tenant_id, event_id, type, payload, created_at)"
                  + " SELECT id, ?, 'ProposalReceived', ?, NOW(6) FROM tenant WHERE slug = ?")) {
        old.setString(1, eventId);
        old.setString(2, untyped);
        old.setString(3, m.slug());
        assertThat(old.executeUpdate()).isEqualTo(1);
      }
    }
    expect(m.client(), "ProposalReceived", 2);
    assertThat(m.owner().api().get("api/v1/workspace/dead-letters").array()).isEmpty();
  }

  @Test
  void aMutedChannelStaysQuiet() throws Exception {
    var m = market("quiet");
    var muted =
        m.client()
            .api()
            .putJson(
                "api/v1/notifications/preferences",
                "{\"type\":\"ProposalReceived\",\"channel\":\"EMAIL\",\"enabled\":false}");
    assertThat(muted.status()).isEqualTo(200);
    var line =
        muted.array().stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getString("type").equals("ProposalReceived"))
            .findFirst()
            .orElseThrow();
    assertThat(line.getBoolean("email")).isFalse();
    assertThat(line.getBoolean("inApp")).isTrue();
    var nonsense =
        m.client().api().putJson("api/v1/notifications/preferences", "{\"type\":\"Nonsense\"}");
    assertThat(nonsense.status()).as(nonsense.body()).isEqualTo(400);
    assertThat(nonsense.contentType()).startsWith("application/problem+json");

    long job = postJob(m.client().api(), "Pitch deck", "DESIGN", "slides", 30_000);
    apply(m.freelancer().api(), job, 30_000);
    Eventually.until(() -> count(m.client(), "ProposalReceived") == 1, "the in-app notification");
    Thread.sleep(3_000);
    assertThat(emailsTo(m.client().email(), LABELS.get("ProposalReceived"))).isEmpty();
  }

  private void withdraw(Person member, long amount, String account) {
    var reply =
        member
            .api()
            .post(
                "api/v1/wallet/withdrawals",
                Map.of(
                    "key",
                    UUID.randomUUID().toString(),
                    "amount",
                    amount,
                    "payoutAccount",
                    account));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /**
   * Waits until the member has {@code times} notifications of the type, in the app and by email.
   */
  private void expect(Person p, String type, int times) {
    String label = LABELS.get(type);
    Eventually.until(
        () -> count(p, type) >= times && emailsTo(p.email(), label).size() >= times,
        times + " × " + type + " for " + p.email());
    assertThat(count(p, type)).as(type + " in the app for " + p.email()).isEqualTo(times);
    assertThat(emailsTo(p.email(), label)).as(type + " by email to " + p.email()).hasSize(times);
  }

  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("MemberRegistered", "Someone joins the workspace"),
          Map.entry("ProposalReceived", "A proposal arrives for my job"),
          Map.entry("ProposalWithdrawn", "A proposal for my job is withdrawn"),
          Map.entry("Hired", "I am hired"),
          Map.entry("MilestoneFunded", "A milestone is funded"),
          Map.entry("WorkSubmitted", "Work is submitted for review"),
          Map.entry("ChangesRequested", "Changes are requested"),
          Map.entry("MilestoneReleased", "A milestone is released"),
          Map.entry("DisputeOpened", "A dispute is opened"),
          Map.entry("DisputeResolved", "A dispute is resolved"),
          Map.entry("ContractCancelled", "A contract is cancelled"),
          Map.entry("ReviewPosted", "I receive a review"),
          Map.entry("TopUpConfirmed", "A top-up arrives in my wallet"),
          Map.entry("WithdrawalPaid", "A withdrawal is paid out"),
          Map.entry("WithdrawalFailed", "A withdrawal fails"),
          Map.entry("MessagePosted", "A message arrives"));

  private static List<String> types(Person p) {
    return p.api().get("api/v1/notifications?max=100").array().stream()
        .map(n -> n.asJsonObject().getString("type"))
        .toList();
  }

  private static List<String> messages(Person p, String type) {
    return p.api().get("api/v1/notifications?max=100").array().stream()
        .map(n -> n.asJsonObject())
        .filter(n -> n.getString("type").equals(type))
        .map(n -> n.getString("message"))
        .toList();
  }

  private static long count(Person p, String type) {
    return types(p).stream().filter(type::equals).count();
  }

  private static List<MimeMessage> allEmailsTo(String address) {
    var smtp = IntegrationStack.smtp();
    if (smtp == null) {
      return List.of();
    }
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(e -> recipients(e).contains(address))
        .toList();
  }

  /** Emails to the address whose subject ends with the label (the subject names the workspace). */
  private static List<MimeMessage> emailsTo(String address, String label) {
    return allEmailsTo(address).stream().filter(e -> subject(e).endsWith(label)).toList();
  }

  /** The plain-text and the HTML part of an email, decoded. */
  private static String body(MimeMessage e) throws Exception {
    var parts = (jakarta.mail.Multipart) e.getContent();
    var text = new StringBuilder();
    for (int i = 0; i < parts.getCount(); i++) {
      text.append(parts.getBodyPart(i).getContent()).append('\n');
    }
    return text.toString();
  }

  private static String subject(MimeMessage e) {
    try {
      return e.getSubject();
    } catch (MessagingException x) {
      throw new IllegalStateException(x);
    }
  }

  private static String recipients(MimeMessage e) {
    try {
      return Arrays.toString(e.getRecipients(Message.RecipientType.TO));
    } catch (MessagingException x) {
      throw new IllegalStateException(x);
    }
  }
}
