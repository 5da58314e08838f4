package com.marketplace.platform.web;

import com.marketplace.platform.Money;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON of the API. Amounts travel as minor units (a number), next to the {@code currency} field of
 * the object they belong to: {@code {"total": 12345, "currency": "USD"}} is USD 123.45. Requests
 * carry minor units too; resources read them in the workspace's currency.
 *
 * <p>Whole numbers are read strictly: a {@code Long} or {@code Integer} field refuses {@code 12.5}
 * and anything beyond its range instead of cutting it to a whole number (which JSON-B does by
 * default), so an amount or a count is either exactly what was sent or refused (400). Request
 * records therefore declare their numbers boxed; primitives would bypass this.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(config());

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The API's JSON-B, for resources that assemble a reply from several views. */
  public static Jsonb jsonb() {
    return JSONB;
  }

  /** The configuration of the API's JSON: money as minor units, whole numbers read strictly. */
  public static JsonbConfig config() {
    return new JsonbConfig()
        .withAdapters(new MinorUnits())
        .withDeserializers(new WholeLong(), new WholeInteger());
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

  /**
   * A value that is not a whole number in the range of its field. Its message is meant for the
   * client; the problem names the field it was sent for.
   */
  public static final class NotWhole extends JsonbException {
    private static final long serialVersionUID = 1L;

    NotWhole(String message) {
      super(message);
    }
  }

  /**
   * The number at the parser as a whole number from {@code min} to {@code max}: a JSON number (or a
   * string holding one) without a fraction, such as {@code 12}, {@code 12.0} or {@code 1e3}. {@code
   * null} stays null (a required field says so through its constraint).
   */
  static Long whole(JsonParser parser, long min, long max) {
    JsonValue sent = parser.getValue();
    BigDecimal value;
    if (sent instanceof JsonNumber number) {
      value = number.bigDecimalValue();
    } else if (sent instanceof JsonString text) {
      try {
        value = new BigDecimal(text.getString().strip());
      } catch (NumberFormatException e) {
        throw new NotWhole("expected a whole number");
      }
    } else if (sent.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    } else {
      throw new NotWhole("expected a whole number");
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw new NotWhole(value.toPlainString() + " is not a whole number");
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new NotWhole(value.toPlainString() + " is out of range");
    }
    return value.longValueExact();
  }

  /** {@code Long} fields: whole numbers only. */
  public static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  /** {@code Integer} fields: whole numbers in an int's range only. */
  public static final class WholeInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      Long value = whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return value == null ? null : value.intValue();
    }
  }
}
