package com.marketplace.events.control;

import com.marketplace.events.entity.DomainEvent;
import jakarta.annotation.Nullable;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Domain events as JSON, for the outbox and the broker:
 *
 * <pre>
 * {"type":"ProposalReceived","eventId":"…","tenantId":7,"occurredAt":"2025-03-04T05:06:07.123Z",
 *  "data":{"proposalId":11,"jobId":12,"clientId":13,"freelancerId":14}}
 * </pre>
 *
 * The type is the record's name and {@code data} holds its other components by name, so each record
 * is its own schema. Events written before they were typed have the same envelope with every value
 * of {@code data} a string; they read the same. A payload that is not JSON, names no known type, or
 * lacks a value or has one of the wrong kind is refused, and so ends with the dead letters.
 */
public final class EventJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Map<String, Shape> SHAPES =
      Arrays.stream(DomainEvent.class.getPermittedSubclasses())
          .map(Shape::new)
          .collect(Collectors.toUnmodifiableMap(Shape::name, Function.identity()));

  private EventJson() {}

  public static String write(DomainEvent event) {
    var shape = shape(event.type());
    var data = JSON.createObjectBuilder();
    for (RecordComponent field : shape.fields) {
      Object value = shape.get(field, event);
      if (value == null) {
        if (!field.isAnnotationPresent(Nullable.class)) {
          throw new IllegalArgumentException(event.type() + " event without " + field.getName());
        }
      } else if (value instanceof Long number) {
        data.add(field.getName(), number);
      } else if (value instanceof Enum<?> constant) {
        data.add(field.getName(), constant.name());
      } else {
        data.add(field.getName(), (String) value);
      }
    }
    return JSON.createObjectBuilder()
        .add("type", event.type())
        .add("eventId", event.eventId())
        .add("tenantId", event.tenantId())
        .add("occurredAt", event.occurredAt().toString())
        .add("data", data)
        .build()
        .toString();
  }

  /**
   * @throws IllegalArgumentException if the payload is not an event of a known type with all its
   *     values
   */
  public static DomainEvent read(String json) {
    JsonObject event;
    try (var reader = JSON.createReader(new StringReader(json))) {
      event = reader.readObject();
    } catch (JsonException e) {
      throw new IllegalArgumentException("Not an event: " + e.getMessage(), e);
    }
    String type = text(event, "type");
    var shape = shape(type);
    var header =
        new DomainEvent.Header(
            text(event, "eventId"), number(event, "tenantId"), instant(event, "occurredAt"));
    JsonObject data =
        event.get("data") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    Object[] args = new Object[shape.components.length];
    for (int i = 0; i < args.length; i++) {
      RecordComponent c = shape.components[i];
      args[i] = c.getType() == DomainEvent.Header.class ? header : value(type, c, data);
    }
    return shape.create(args);
  }

  private static Shape shape(String type) {
    Shape shape = SHAPES.get(type);
    if (shape == null) {
      throw new IllegalArgumentException("No event type " + type);
    }
    return shape;
  }

  private static Object value(String type, RecordComponent field, JsonObject data) {
    JsonValue json = data.get(field.getName());
    if (json == null || json == JsonValue.NULL) {
      if (field.isAnnotationPresent(Nullable.class)) {
        return null;
      }
      throw new IllegalArgumentException(type + " event without " + field.getName());
    }
    Class<?> kind = field.getType();
    try {
      if (kind == long.class || kind == Long.class) {
        // numbers since events are typed, strings before
        return json instanceof JsonNumber n
            ? n.longValueExact()
            : Long.parseLong(((JsonString) json).getString());
      }
      String text = ((JsonString) json).getString();
      return kind.isEnum() ? constant(kind, text) : text;
    } catch (ClassCastException | ArithmeticException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          type + " event with an unreadable " + field.getName() + ": " + json, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(Class<?> kind, String name) {
    return Enum.valueOf((Class) kind, name);
  }

  private static String text(JsonObject event, String key) {
    if (!(event.get(key) instanceof JsonString value)) {
      throw new IllegalArgumentException("An event without " + key + ": " + event);
    }
    return value.getString();
  }

  private static long number(JsonObject event, String key) {
    JsonValue value = event.get(key);
    try {
      if (value instanceof JsonNumber n) {
        return n.longValueExact();
      }
      return Long.parseLong(text(event, key));
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("An event with an unreadable " + key + ": " + value, e);
    }
  }

  private static Instant instant(JsonObject event, String key) {
    try {
      return Instant.parse(text(event, key));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("An event with an unreadable " + key, e);
    }
  }

  /** One kind of event: its record's components and how to build one. */
  private static final class Shape {
    final String name;
    final RecordComponent[] components;
    final RecordComponent[] fields;
    final Constructor<?> constructor;

    Shape(Class<?> type) {
      if (!type.isRecord()) {
        throw new IllegalStateException(type + " is not a record");
      }
      name = type.getSimpleName();
      components = type.getRecordComponents();
      fields =
          Arrays.stream(components)
              .filter(c -> c.getType() != DomainEvent.Header.class)
              .toArray(RecordComponent[]::new);
      for (RecordComponent field : fields) {
        Class<?> kind = field.getType();
        if (kind != long.class && kind != Long.class && kind != String.class && !kind.isEnum()) {
          // checked once, when the class loads, rather than on the first event of the kind
          throw new IllegalStateException(name + "." + field.getName() + " cannot go in JSON");
        }
      }
      try {
        constructor =
            type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    String name() {
      return name;
    }

    Object get(RecordComponent field, DomainEvent event) {
      try {
        return field.getAccessor().invoke(event);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }

    DomainEvent create(Object[] args) {
      try {
        return (DomainEvent) constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException(
            name + " event refused: " + e.getCause().getMessage(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
