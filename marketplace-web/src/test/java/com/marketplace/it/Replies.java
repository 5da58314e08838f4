package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/** What the API tests expect of a reply, and the bodies they send. */
final class Replies {

  private Replies() {}

  /** The reply has the status; its JSON (an empty object for none). */
  static JsonObject expect(int status, Api.Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    return reply.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : reply.json();
  }

  /** The reply is an RFC 9457 problem with the status, whose detail says what was wrong. */
  static void problem(Api.Reply reply, int status, String detailContains) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertTrue(reply.json().getString("detail").contains(detailContains), reply.body());
  }

  /** A JSON body of the fields: numbers as whole numbers, nulls as null, the rest as text. */
  static String body(Map<String, ?> fields) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    fields.forEach(
        (k, v) -> {
          if (v == null) {
            json.addNull(k);
          } else if (v instanceof Number n) {
            json.add(k, n.longValue());
          } else {
            json.add(k, v.toString());
          }
        });
    return json.build().toString();
  }
}
