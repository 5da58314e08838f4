package com.marketplace.it;

import static com.marketplace.it.Replies.body;
import static com.marketplace.it.Replies.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;

/** What the invoicing and quoting tests do through the API alike. */
final class InvoiceSteps {

  private InvoiceSteps() {}

  /** A signed-in member and their id. */
  record Member(Api api, long id) {}

  /** A new member of the workspace, signed in. */
  static Member member(URL deployment, String slug, String name, String local, String role) {
    var api = Api.member(deployment, slug, name, local, role);
    var me = api.get("api/v1/session").json();
    return new Member(api, me.getJsonNumber("id").longValue());
  }

  /** A CRM client of the freelancer linked to the member; its id. */
  static long client(Api freelancer, String name, long memberId) {
    return MarketSteps.id(
        expect(
            201,
            freelancer.postJson(
                "api/v1/desk/clients", body(Map.of("name", name, "memberId", memberId)))));
  }

  /** The texts of the member's notifications of the type, newest first. */
  static List<String> notices(Api member, String type) {
    return member.get("api/v1/notifications?max=100").array().stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("type").equals(type))
        .map(n -> n.getString("message"))
        .toList();
  }

  /** An amount of the document, in minor units. */
  static long amount(JsonObject document, String field) {
    return document.getJsonNumber(field).longValue();
  }

  /** The page answers 200 and shows the text. */
  static void assertPage(Api reader, String page, String shows) {
    Api.Reply shown = reader.get(page);
    assertEquals(200, shown.status(), shown.body());
    assertTrue(shown.body().contains(shows), shown.body());
  }
}
