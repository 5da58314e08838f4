package com.marketplace.events.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.BudgetThresholdReached;
import com.marketplace.events.entity.DomainEvent.Header;
import com.marketplace.events.entity.DomainEvent.MemberRegistered;
import com.marketplace.events.entity.DomainEvent.MilestoneReleased;
import com.marketplace.events.entity.DomainEvent.ProposalReceived;
import com.marketplace.events.entity.DomainEvent.TimeApproved;
import com.marketplace.events.entity.DomainEvent.TimeRejected;
import com.marketplace.events.entity.DomainEvent.WithdrawalFailed;
import com.marketplace.events.entity.DomainEvent.WithdrawalPaid;
import com.marketplace.events.entity.SampleEvents;
import com.marketplace.identity.entity.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventJsonTest {

  static Iterable<DomainEvent> everyType() {
    return SampleEvents.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void everyEventTypeReadsBackAsWritten(DomainEvent event) {
    String json = EventJson.write(event);

    assertThat(EventJson.read(json)).isEqualTo(event);
    JsonObject written = parse(json);
    assertThat(written.getString("type")).isEqualTo(event.type());
    assertThat(written.getString("eventId")).isEqualTo(event.eventId());
    assertThat(written.getJsonNumber("tenantId").longValueExact()).isEqualTo(event.tenantId());
    assertThat(written.getString("occurredAt")).isEqualTo("2025-03-04T05:06:07.123456Z");
  }

  /** What the outbox held before events were typed: the same envelope, every value a string. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void everyEventTypeReadsFromItsUntypedForm(DomainEvent event) {
    JsonObject typed = parse(EventJson.write(event));
    var data = Json.createObjectBuilder();
    typed
        .getJsonObject("data")
        .forEach(
            (key, value) ->
                data.add(key, value instanceof JsonString s ? s.getString() : value.toString()));
    String untyped =
        Json.createObjectBuilder()
            .add("data", data)
            .add("eventId", typed.getString("eventId"))
            .add("occurredAt", typed.getString("occurredAt"))
            .add("tenantId", typed.getJsonNumber("tenantId"))
            .add("type", typed.getString("type"))
            .build()
            .toString();

    assertThat(EventJson.read(untyped)).isEqualTo(event);
  }

  @Test
  void readsEventsAsTheyWereWrittenBeforeTheyWereTyped() {
    // verbatim from the outbox of the previous release
    assertThat(
            EventJson.read(
                "{\"data\":{\"jobId\":\"12\",\"freelancerId\":\"14\",\"clientId\":\"13\","
                    + "\"proposalId\":\"11\"},\"eventId\":\"0b8f6c1e-2f3a-4d5b-8c7d-9e0f1a2b3c4d\","
                    + "\"occurredAt\":\"2025-03-04T05:06:07.123456Z\",\"tenantId\":7,"
                    + "\"type\":\"ProposalReceived\"}"))
        .isEqualTo(new ProposalReceived(SampleEvents.HEADER, 11, 12, 13, 14));
    var header = new Header("e", 7, Instant.parse("2025-03-04T05:06:07Z"));
    assertThat(
            EventJson.read(
                "{\"data\":{\"role\":\"CLIENT\",\"displayName\":\"Ada\",\"memberId\":\"42\"},"
                    + "\"eventId\":\"e\",\"occurredAt\":\"2025-03-04T05:06:07Z\",\"tenantId\":7,"
                    + "\"type\":\"MemberRegistered\"}"))
        .isEqualTo(new MemberRegistered(header, 42, Role.CLIENT, "Ada"));
    // released by the timer: no actor
    assertThat(
            EventJson.read(
                "{\"data\":{\"contractId\":\"1\",\"clientId\":\"2\",\"freelancerId\":\"3\","
                    + "\"milestoneId\":\"4\"},\"eventId\":\"e\","
                    + "\"occurredAt\":\"2025-03-04T05:06:07Z\",\"tenantId\":7,"
                    + "\"type\":\"MilestoneReleased\"}"))
        .isEqualTo(new MilestoneReleased(header, 1, 2, 3, 4, null));
    // a failure only when the provider gave one; values nobody reads are ignored
    assertThat(
            EventJson.read(
                "{\"data\":{\"paymentId\":\"5\",\"memberId\":\"6\",\"amount\":\"500\","
                    + "\"currency\":\"EUR\"},\"eventId\":\"e\","
                    + "\"occurredAt\":\"2025-03-04T05:06:07Z\",\"tenantId\":7,"
                    + "\"type\":\"WithdrawalFailed\"}"))
        .isEqualTo(new WithdrawalFailed(header, 5, 6, 500, "EUR", null));
    assertThat(
            EventJson.read(
                "{\"data\":{\"paymentId\":\"5\",\"memberId\":\"6\",\"amount\":\"500\","
                    + "\"currency\":\"EUR\",\"failure\":\"late\"},\"eventId\":\"e\","
                    + "\"occurredAt\":\"2025-03-04T05:06:07Z\",\"tenantId\":7,"
                    + "\"type\":\"WithdrawalPaid\"}"))
        .isEqualTo(new WithdrawalPaid(header, 5, 6, 500, "EUR"));
  }

  @Test
  void anAbsentOptionalValueIsLeftOut() {
    var timer = new MilestoneReleased(SampleEvents.HEADER, 1, 2, 3, 4, null);

    String json = EventJson.write(timer);

    assertThat(parse(json).getJsonObject("data").keySet())
        .containsExactlyInAnyOrder("contractId", "clientId", "freelancerId", "milestoneId");
    assertThat(EventJson.read(json)).isEqualTo(timer);
  }

  @Test
  void aBudgetAlertOfAnExternalClientCarriesNoMember() {
    var alert = new BudgetThresholdReached(SampleEvents.HEADER, 21, 22, null, 90);

    String json = EventJson.write(alert);

    assertThat(parse(json).getString("type")).isEqualTo("BudgetThresholdReached");
    assertThat(parse(json).getJsonObject("data").toString())
        .isEqualTo("{\"projectId\":21,\"freelancerId\":22,\"threshold\":90}");
    assertThat(EventJson.read(json)).isEqualTo(alert);
  }

  @Test
  void anAutomaticApprovalNamesNoActorAndSaysWhy() {
    var approval =
        new TimeApproved(
            SampleEvents.HEADER, 21, 22, 23, null, 3, 9_000, "2026-11-23", "After 5 days");

    String json = EventJson.write(approval);

    assertThat(parse(json).getString("type")).isEqualTo("TimeApproved");
    assertThat(parse(json).getJsonObject("data").toString())
        .isEqualTo(
            "{\"projectId\":21,\"freelancerId\":22,\"clientMemberId\":23,\"entries\":3,"
                + "\"seconds\":9000,\"week\":\"2026-11-23\",\"comment\":\"After 5 days\"}");
    assertThat(EventJson.read(json)).isEqualTo(approval);
  }

  @Test
  void aRejectionCarriesItsComment() {
    var rejection =
        new TimeRejected(SampleEvents.HEADER, 21, 22, 23, 1, 600, "2026-11-23", "Not ours");

    assertThat(EventJson.read(EventJson.write(rejection))).isEqualTo(rejection);
    assertThatThrownBy(
            () ->
                EventJson.write(
                    new TimeRejected(SampleEvents.HEADER, 21, 22, 23, 1, 600, "2026-11-23", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comment");
  }

  @Test
  void anEventWithoutARequiredValueIsNotWritten() {
    var nameless = new MemberRegistered(SampleEvents.HEADER, 1, Role.CLIENT, null);

    assertThatThrownBy(() -> EventJson.write(nameless))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MemberRegistered")
        .hasMessageContaining("displayName");
  }

  /** Each of these would fail the consumer again and again, and so ends with the dead letters. */
  @ParameterizedTest
  @MethodSource("unreadable")
  void anUnreadablePayloadIsRefused(String payload, String why) {
    assertThatThrownBy(() -> EventJson.read(payload))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(why);
  }

  static Object[][] unreadable() {
    String envelope =
        "\"eventId\":\"e\",\"occurredAt\":\"2025-03-04T05:06:07Z\",\"tenantId\":7,"
            + "\"type\":\"ProposalReceived\"";
    return new Object[][] {
      {"{\"broken", "Not an event"},
      {"[1, 2]", "Not an event"},
      {"{\"type\":\"SomethingElse\",\"eventId\":\"e\"}", "SomethingElse"},
      {
        "{\"data\":{\"proposalId\":\"1\",\"jobId\":\"2\",\"clientId\":\"3\"}," + envelope + "}",
        "freelancerId"
      },
      {
        "{\"data\":{\"proposalId\":\"x\",\"jobId\":2,\"clientId\":3,\"freelancerId\":4},"
            + envelope
            + "}",
        "proposalId"
      },
      {
        "{\"data\":{\"proposalId\":1.5,\"jobId\":2,\"clientId\":3,\"freelancerId\":4},"
            + envelope
            + "}",
        "proposalId"
      },
      {
        "{\"data\":{\"memberId\":1,\"role\":\"KING\",\"displayName\":\"A\"},"
            + envelope.replace("ProposalReceived", "MemberRegistered")
            + "}",
        "role"
      },
      {"{\"data\":{},\"type\":\"JobPosted\",\"tenantId\":7}", "eventId"},
      {
        "{\"data\":{\"jobId\":1,\"clientId\":2},\"type\":\"JobPosted\",\"eventId\":\"e\","
            + "\"tenantId\":7,\"occurredAt\":\"yesterday\"}",
        "occurredAt"
      },
    };
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
