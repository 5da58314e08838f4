package com.marketplace.it;

import static com.marketplace.it.MarketSteps.apply;
import static com.marketplace.it.MarketSteps.fundedContract;
import static com.marketplace.it.MarketSteps.id;
import static com.marketplace.it.MarketSteps.postJob;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
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
 * Conversations over the API: one per job, proposal or contract; unread counts, changed only by a
 * POST (reading, on the API or the messages page, changes nothing, nor starts a conversation);
 * attachments checked by content like deliverables; read only by the two participants and, once the
 * contract is disputed, the owner; nobody else in the workspace or another one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConversationsIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  record Market(String slug, Api owner, Api client, Api freelancer, Api freelancer2) {}

  Market market(String prefix) {
    String slug = Api.uniqueSlug(prefix);
    return new Market(
        slug,
        Api.owner(base, slug),
        Api.member(base, slug, "Clara Client", "client", "CLIENT"),
        Api.member(base, slug, "Fay Freelancer", "freelancer", "FREELANCER"),
        Api.member(base, slug, "Finn Freelancer", "freelancer2", "FREELANCER"));
  }

  static JsonObject open(Api who, String type, long id) {
    var reply =
        who.postJson(
            "api/v1/conversations", "{\"contextType\":\"" + type + "\",\"contextId\":" + id + "}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  static Api.Reply send(Api who, long conversation, String body, Api.FilePart... files) {
    return who.postMultipart(
        "api/v1/conversations/" + conversation + "/messages", Map.of("body", body), List.of(files));
  }

  @Test
  void aQuestionAboutAJobIsAnsweredAndCountedUnreadUntilRead() {
    var m = market("ask");
    long job = postJob(m.client(), "Bakery website", "DEVELOPMENT", "html", 80_000);

    var asked = open(m.freelancer(), "JOB", job);
    long c = id(asked);
    assertThat(asked.getString("withName")).isEqualTo("Clara Client");
    assertThat(open(m.freelancer(), "JOB", job).getJsonNumber("id").longValue())
        .as("one conversation per context")
        .isEqualTo(c);
    assertThat(m.client().get("api/v1/conversations").array())
        .as("an opened conversation without messages is not in the other's list")
        .isEmpty();
    assertThat(send(m.freelancer(), c, "Is hosting included?").status()).isEqualTo(201);
    assertThat(send(m.freelancer(), c, "And the domain?").status()).isEqualTo(201);

    assertThat(m.client().get("api/v1/conversations/unread").body()).isEqualTo("2");
    var listed = m.client().get("api/v1/conversations").array().getJsonObject(0);
    assertThat(listed.getJsonNumber("unread").longValue()).isEqualTo(2);
    assertThat(listed.getString("withName")).isEqualTo("Fay Freelancer");

    var thread = m.client().get("api/v1/conversations/" + c).json();
    var messages = thread.getJsonArray("messages");
    assertThat(messages.getJsonObject(0).getString("body")).isEqualTo("Is hosting included?");
    assertThat(messages.getJsonObject(1).getString("body"))
        .as("newest last")
        .isEqualTo("And the domain?");
    // reading is a GET and changes nothing; the client marks what it was shown read
    assertThat(thread.getJsonNumber("unread").longValue()).isEqualTo(2);
    assertThat(m.client().get("api/v1/conversations/unread").body()).isEqualTo("2");
    long first = id(messages.getJsonObject(0));
    assertThat(m.client().post("api/v1/conversations/" + c + "/read?upTo=" + first).status())
        .isEqualTo(204);
    assertThat(m.client().get("api/v1/conversations/unread").body()).isEqualTo("1");
    assertThat(m.client().post("api/v1/conversations/" + c + "/read").status()).isEqualTo(204);
    assertThat(m.client().get("api/v1/conversations/unread").body()).isEqualTo("0");

    assertThat(send(m.client(), c, "Both included.").status()).isEqualTo(201);
    assertThat(m.freelancer().get("api/v1/conversations/unread").body()).isEqualTo("1");
    // a client cannot start a conversation about a job; blank messages are refused
    assertThat(
            m.client()
                .postJson(
                    "api/v1/conversations", "{\"contextType\":\"JOB\",\"contextId\":" + job + "}")
                .status())
        .isEqualTo(400);
    assertThat(send(m.client(), c, "   ").status()).isEqualTo(400);
  }

  @Test
  void theMessagesPageStartsNothingAndMarksNothingReadOnAGet() throws SQLException {
    var m = market("get");
    long job = postJob(m.client(), "Menu card", "DESIGN", "print", 20_000);

    // what a link (or another site's image) would make the browser ask for
    var asked = m.freelancer().get("app/messages.xhtml?open=JOB&about=" + job);
    assertThat(asked.status()).isEqualTo(200);
    assertThat(conversations(m.slug())).as("no conversation started by a GET").isZero();

    long c = id(open(m.freelancer(), "JOB", job));
    assertThat(send(m.freelancer(), c, "Which paper?").status()).isEqualTo(201);
    assertThat(conversations(m.slug())).isEqualTo(1);
    assertThat(m.client().get("api/v1/conversations/unread").body()).isEqualTo("1");

    var shown = m.client().get("app/messages.xhtml?c=" + c);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.body()).contains("Which paper?");
    assertThat(m.client().get("app/messages.xhtml?open=JOB&about=" + job).status()).isEqualTo(200);
    assertThat(m.client().get("api/v1/conversations/unread").body())
        .as("shown by a GET, still unread until the page says it was seen")
        .isEqualTo("1");
    assertThat(conversations(m.slug())).isEqualTo(1);
  }

  @Test
  void theMessageButtonsOfAJobAndAProposalStartTheConversationByAPost() throws SQLException {
    var m = market("buttons");
    long job = postJob(m.client(), "Shop sign", "DESIGN", "print", 20_000);
    apply(m.freelancer(), job, 20_000);

    // the freelancer asks from the job's side panel on the board
    var asked =
        m.freelancer()
            .submitForm(
                "app/jobs.xhtml?job=" + job, "ask-form", Map.of("ask-form:ask", "ask-form:ask"));
    assertThat(asked.status()).as(asked.body()).isEqualTo(302);
    assertThat(asked.location()).contains("/app/messages.xhtml?c=");
    assertThat(conversations(m.slug())).isEqualTo(1);
    // the client writes from the proposals of the job
    var messaged =
        m.client()
            .submitForm(
                "app/client/job.xhtml?id=" + job,
                "proposals",
                Map.of("proposals:list:0:message", "Message"));
    assertThat(messaged.status()).as(messaged.body()).isEqualTo(302);
    assertThat(messaged.location()).contains("/app/messages.xhtml?c=");
    assertThat(conversations(m.slug())).isEqualTo(2);
    assertThat(m.client().get(messaged.location()).body()).contains("Proposal for Shop sign");
  }

  /** Conversations of a workspace, started by anyone, with or without messages. */
  static long conversations(String slug) throws SQLException {
    try (var db = SeededJobs.database();
        var ps =
            db.prepareStatement(
                "SELECT COUNT(*) FROM conversation c JOIN tenant t ON c.tenant_id = t.id"
                    + " WHERE t.slug = ?")) {
      ps.setString(1, slug);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void attachmentsAreCheckedByContentAndARefusedOneLeavesNoMessage() {
    var m = market("attach");
    long job = postJob(m.client(), "Logo", "DESIGN", "branding", 30_000);
    long proposal = apply(m.freelancer(), job, 30_000);
    long c = id(open(m.client(), "PROPOSAL", proposal));

    var sent =
        send(
            m.freelancer(), c, "Sketches", new Api.FilePart("sketch.pdf", TestFiles.pdf("Sketch")));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    long file =
        sent.json().getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(m.client().download("api/v1/files/" + file).status()).isEqualTo(200);
    assertThat(m.freelancer2().download("api/v1/files/" + file).status()).isEqualTo(404);

    var refused =
        send(
            m.freelancer(), c, "Run this", new Api.FilePart("invoice.pdf", TestFiles.executable()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getString("detail")).contains("invoice.pdf");
    assertThat(m.client().get("api/v1/conversations/" + c).json().getJsonArray("messages"))
        .hasSize(1);
  }

  @Test
  void onlyTheParticipantsReadAndTheOwnerOnlyOnceDisputed() {
    var m = market("private");
    var other = market("other");
    MarketSteps.topUp(m.client(), 50_000);
    long contract = fundedContract(m.client(), m.freelancer(), "Menu card", 20_000);
    long c = id(open(m.freelancer(), "CONTRACT", contract));
    var sent =
        send(
            m.freelancer(), c, "Draft tomorrow.", new Api.FilePart("plan.pdf", TestFiles.pdf("P")));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    String file =
        "api/v1/files/"
            + sent.json().getJsonArray("attachments").getJsonObject(0).getJsonNumber("id");

    String path = "api/v1/conversations/" + c;
    // the attachment follows its conversation: not for the owner before a dispute
    assertThat(m.owner().download(file).status()).isEqualTo(404);
    assertThat(m.freelancer2().get(path).status()).isEqualTo(404);
    assertThat(other.client().get(path).status()).isEqualTo(404);
    assertThat(other.owner().get(path).status()).isEqualTo(404);
    assertThat(m.owner().get(path).status()).isEqualTo(404);
    assertThat(send(m.freelancer2(), c, "Hello?").status()).isEqualTo(404);
    assertThat(
            m.freelancer2()
                .postJson(
                    "api/v1/conversations",
                    "{\"contextType\":\"CONTRACT\",\"contextId\":" + contract + "}")
                .status())
        .isEqualTo(404);

    m.client().postJson("api/v1/contracts/" + contract + "/dispute", "{\"text\":\"Late\"}");
    var seen = m.owner().get(path);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.json().getJsonArray("messages").getJsonObject(0).getString("body"))
        .isEqualTo("Draft tomorrow.");
    assertThat(open(m.owner(), "CONTRACT", contract).getJsonNumber("id").longValue()).isEqualTo(c);
    assertThat(send(m.owner(), c, "Let me look.").status()).isEqualTo(403);
    assertThat(m.owner().download(file).status()).isEqualTo(200);
    assertThat(other.owner().get(path).status()).isEqualTo(404);
    assertThat(other.owner().download(file).status()).isEqualTo(404);
  }
}
