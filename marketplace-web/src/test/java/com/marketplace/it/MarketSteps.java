package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * Marketplace steps through the JSON API, each checked to have worked, for tests in and out of the
 * container (so JUnit's assertions only).
 */
final class MarketSteps {

  private MarketSteps() {}

  static long postJob(Api client, String title, String category, String skills, long budget) {
    var posted =
        client.postJson(
            "api/v1/jobs",
            "{\"title\":\""
                + title
                + "\",\"description\":\"Work on "
                + title
                + "\",\"category\":\""
                + category
                + "\",\"skills\":\""
                + skills
                + "\",\"kind\":\"FIXED\",\"budget\":"
                + budget
                + "}");
    assertEquals(201, posted.status(), posted.body());
    return id(posted.json());
  }

  static long apply(Api freelancer, long job, long amount) {
    var sent =
        freelancer.post(
            "api/v1/jobs/" + job + "/proposals",
            Map.of("coverLetter", "I can do this well.", "amount", amount, "timelineDays", 7));
    assertEquals(201, sent.status(), sent.body());
    return id(sent.json());
  }

  static JsonObject hire(Api client, long proposal, String milestonesJson) {
    var hired =
        client.postJson(
            "api/v1/proposals/" + proposal + "/hire", "{\"milestones\":" + milestonesJson + "}");
    assertEquals(201, hired.status(), hired.body());
    return hired.json();
  }

  /** Hires on an hourly job: the proposed rate, up to the weekly cap of hours. */
  static JsonObject hireHourly(Api client, long proposal, int weeklyCapHours) {
    var hired =
        client.postJson(
            "api/v1/proposals/" + proposal + "/hire",
            "{\"weeklyCapHours\":" + weeklyCapHours + "}");
    assertEquals(201, hired.status(), hired.body());
    return hired.json();
  }

  static void topUp(Api member, long amount) {
    var paid =
        member.post(
            "api/v1/wallet/top-ups",
            Map.of(
                "key", UUID.randomUUID().toString(), "amount", amount, "card", "4242424242424242"));
    assertEquals(200, paid.status(), paid.body());
    assertEquals("SUCCEEDED", paid.json().getString("status"));
  }

  static long milestone(JsonObject contract, int position) {
    return contract
        .getJsonArray("milestones")
        .getJsonObject(position - 1)
        .getJsonNumber("id")
        .longValue();
  }

  static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  static long wallet(Api member, String field) {
    return member.get("api/v1/wallet").json().getJsonNumber(field).longValue();
  }

  static Api.Reply submit(Api freelancer, long contract, Api.FilePart... files) {
    return freelancer.postMultipart(
        "api/v1/contracts/" + contract + "/submissions",
        Map.of("note", "Here it is"),
        Arrays.asList(files));
  }

  /** A contract of one milestone, hired and funded by the client. */
  static long fundedContract(Api client, Api freelancer, String title, long amount) {
    long job = postJob(client, title, "OTHER", "", amount);
    long proposal = apply(freelancer, job, amount);
    var contract = hire(client, proposal, "[]");
    var funded =
        client.post(
            "api/v1/contracts/"
                + id(contract)
                + "/milestones/"
                + milestone(contract, 1)
                + "/funding");
    assertEquals(200, funded.status(), funded.body());
    return id(contract);
  }
}
