package com.marketplace.contracts.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.ContractView;
import com.marketplace.hourly.boundary.HourlyContracts;
import com.marketplace.hourly.entity.HourlyView;
import com.marketplace.platform.web.JsonConfig;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * A contract as the API answers it: the contract's own view, and for an hourly contract its weekly
 * escrow as well ({@code weeklyHold} and {@code weeks}, newest first), which the hourly feature
 * keeps, not contracts.
 */
@Dependent
public class ContractReplies {

  @Inject Contracts contracts;
  @Inject HourlyContracts hourly;

  public Object of(long contractId) {
    ContractView view = contracts.get(contractId);
    return view.weekly() ? withWeeks(view, hourly.weeks(contractId)) : view;
  }

  static JsonObject withWeeks(ContractView view, HourlyView weeks) {
    JsonObject weekly = json(weeks);
    return Json.createObjectBuilder(json(view))
        .add("weeklyHold", weekly.get("weeklyHold"))
        .add("weeks", weekly.getOrDefault("weeks", JsonValue.EMPTY_JSON_ARRAY))
        .build();
  }

  private static JsonObject json(Object value) {
    try (var reader = Json.createReader(new StringReader(JsonConfig.jsonb().toJson(value)))) {
      return reader.readObject();
    }
  }
}
