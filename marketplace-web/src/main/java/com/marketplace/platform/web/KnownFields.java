package com.marketplace.platform.web;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a JSON body that names a field its request record does not have (400, each such field in
 * {@code invalid-params}), where a silently ignored field would mislead the sender into believing
 * it was written: JSON-B drops unknown fields, which suits every other request. Marks the resource
 * methods it guards with {@link Only}; the body is the method's record parameter.
 */
@Provider
@KnownFields.Only
@Priority(Priorities.ENTITY_CODER)
public class KnownFields implements ContainerRequestFilter {

  /** The body of the marked resource method may hold only its record's fields. */
  @NameBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Only {}

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Class<?> body = bodyType(resource.getResourceMethod());
    if (body == null || !request.hasEntity()) {
      return;
    }
    byte[] sent = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(sent));
    JsonStructure json;
    try (var reader = Json.createReader(new ByteArrayInputStream(sent))) {
      json = reader.read();
    } catch (JsonException e) {
      return; // the body's own reader refuses it as unreadable
    }
    if (!(json instanceof JsonObject object)) {
      return;
    }
    List<String> known =
        Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName).toList();
    List<String> unknown =
        object.keySet().stream().filter(f -> !known.contains(f)).sorted().toList();
    if (unknown.isEmpty()) {
      return;
    }
    Map<String, String> reasons = new LinkedHashMap<>();
    unknown.forEach(f -> reasons.put(f, "cannot be sent here"));
    request.abortWith(
        Response.status(400)
            .type(ProblemMappers.PROBLEM_JSON)
            .entity(
                ProblemMappers.body(
                    400,
                    "Bad Request",
                    "Only "
                        + String.join(", ", known)
                        + " can be changed here, not "
                        + String.join(", ", unknown)
                        + ".",
                    request.getUriInfo().getRequestUri().getPath(),
                    reasons))
            .build());
  }

  /** The record the method reads its body into: its parameter without a JAX-RS source. */
  public static Class<?> bodyType(Method method) {
    if (method == null) {
      return null;
    }
    Annotation[][] annotations = method.getParameterAnnotations();
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      boolean fromElsewhere =
          Arrays.stream(annotations[i])
              .anyMatch(
                  a ->
                      a.annotationType().getPackageName().equals("jakarta.ws.rs")
                          || a.annotationType().equals(Context.class));
      if (!fromElsewhere && types[i].isRecord()) {
        return types[i];
      }
    }
    return null;
  }
}
