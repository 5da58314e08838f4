package com.marketplace.it;

import jakarta.json.Json;
import java.util.List;
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

  static String ids(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
  }
}
