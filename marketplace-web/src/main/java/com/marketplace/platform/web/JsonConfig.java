package com.marketplace.platform.web;

import com.marketplace.platform.Money;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON of the API. Amounts travel as minor units (a number), next to the {@code currency} field of
 * the object they belong to: {@code {"total": 12345, "currency": "USD"}} is USD 123.45. Requests
 * carry minor units too; resources read them in the workspace's currency.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withAdapters(new MinorUnits()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** Money as its minor units; the currency is a field of its own. */
  public static class MinorUnits implements JsonbAdapter<Money, Long> {

    @Override
    public Long adaptToJson(Money money) {
      return money.minorUnits();
    }

    @Override
    public Money adaptFromJson(Long minorUnits) {
      throw new UnsupportedOperationException(
          "Amounts arrive in minor units; the resource knows their currency");
    }
  }
}
