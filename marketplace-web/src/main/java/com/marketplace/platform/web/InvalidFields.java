package com.marketplace.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which fields of a request were refused, and why, named as the client wrote them: {@code
 * milestones[0].amount} within a body, a query or path parameter by its own name, {@code body} for
 * the body as a whole; from Bean Validation's violations or from a body JSON-B could not read.
 */
final class InvalidFields {

  private InvalidFields() {}

  /** The fields of a body or the parameters that broke their constraints, with why. */
  static Map<String, String> of(ConstraintViolationException e) {
    Map<String, String> reasons = new TreeMap<>();
    e.getConstraintViolations().stream()
        .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
        .forEach(v -> reasons.merge(field(v), v.getMessage(), (a, b) -> a + ", " + b));
    return reasons;
  }

  /**
   * The field as the client named it: {@code milestones[0].amount} within a body, the query or path
   * parameter's own name ({@code size}), or {@code body} for the body as a whole.
   */
  static String field(ConstraintViolation<?> v) {
    List<String> parts = new ArrayList<>();
    Path.MethodNode method = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
      } else if (node.getKind() == ElementKind.PARAMETER) {
        String name =
            parameterName(v.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
        if (name != null) {
          parts.add(name);
        }
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.isInIterable() && !parts.isEmpty()) {
          Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
          int last = parts.size() - 1;
          parts.set(last, parts.get(last) + "[" + (at == null ? "" : at) + "]");
        }
        if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
          parts.add(node.getName());
        }
      }
    }
    return parts.isEmpty() ? "body" : String.join(".", parts);
  }

  /** The name a request parameter has in the request ({@code @QueryParam("q")}); null: the body. */
  private static String parameterName(
      Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
    if (method == null || resource == null) {
      return null;
    }
    Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
    for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Method m = c.getDeclaredMethod(method.getName(), types);
        for (Annotation a : m.getParameterAnnotations()[parameter.getParameterIndex()]) {
          String name =
              a instanceof jakarta.ws.rs.QueryParam q
                  ? q.value()
                  : a instanceof jakarta.ws.rs.PathParam p
                      ? p.value()
                      : a instanceof jakarta.ws.rs.HeaderParam h
                          ? h.value()
                          : a instanceof jakarta.ws.rs.FormParam f ? f.value() : null;
          if (name != null) {
            return name;
          }
        }
      } catch (NoSuchMethodException notHere) {
        // a proxy's subclass: the annotations are on the resource class above it
      }
    }
    return null;
  }

  private static final Pattern PROPERTY =
      Pattern.compile("Unable to deserialize property '([^']+)'");

  /**
   * Why a body could not be read, naming the field when JSON-B says which one: {@code amount: 12.5
   * is not a whole number}. Nothing of the reader's own wording reaches the client but the field
   * names and the reasons of {@link JsonConfig.NotWhole}.
   */
  static Map<String, String> unreadable(Throwable e) {
    List<String> fields = new ArrayList<>();
    String reason = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonConfig.NotWhole notWhole) {
        reason = notWhole.getMessage();
      } else if (fields.isEmpty() && t.getMessage() != null) {
        var names = PROPERTY.matcher(t.getMessage());
        while (names.find()) {
          fields.add(names.group(1));
        }
      }
    }
    if (fields.isEmpty()) {
      return Map.of();
    }
    return Map.of(String.join(".", fields), reason != null ? reason : "not of the documented type");
  }
}
