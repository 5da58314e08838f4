package com.marketplace.it;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Time handed in for approval and decided, through the API, as the desk's pages do it. */
final class TimeSteps {

  private TimeSteps() {}

  static Api.Reply submit(Api api, List<Long> entries) {
    return api.postJson("api/v1/desk/entries/submission", "{\"entryIds\":" + ids(entries) + "}");
  }

  static Api.Reply decide(Api api, List<Long> entries, String decision, String comment) {
    var body =
        Json.createObjectBuilder()
            .add("entryIds", Json.createArrayBuilder(entries))
            .add("decision", decision);
    if (comment != null) {
      body.add("comment", comment);
    }
    return api.postJson("api/v1/desk/approvals", body.build().toString());
  }

  /** Time recorded by hand from {@code start} for {@code length}, as the time page records it. */
  static Api.Reply record(Api freelancer, long project, Instant start, Duration length) {
    return freelancer.postJson(
        "api/v1/desk/entries",
        "{\"projectId\":"
            + project
            + ",\"start\":\""
            + start
            + "\",\"end\":\""
            + start.plus(length)
            + "\",\"note\":\"Work "
            + UUID.randomUUID()
            + "\"}");
  }

  /** The id of the entry recorded by hand; fails the test when it is refused. */
  static long entry(Api freelancer, long project, Instant start, Duration length) {
    var recorded = record(freelancer, project, start, length);
    if (recorded.status() != 201) {
      throw new AssertionError(
          "Recording time answered " + recorded.status() + ": " + recorded.body());
    }
    return MarketSteps.id(recorded.json());
  }

  static String ids(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
  }
}
