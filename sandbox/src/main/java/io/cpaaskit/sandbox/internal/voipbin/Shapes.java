package io.cpaaskit.sandbox.internal.voipbin;

import io.cpaaskit.sandbox.internal.Json;
import io.cpaaskit.sandbox.internal.SpecApi;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bodies in the spec's shape: a component's sample with the placeholder ids and timestamps cleared, and request
 * members copied in only where the resource schema declares them with a compatible value. Copying blindly would let a
 * request's free string (an AI's {@code tts_type}) land in a response enum and break the answer's own validation.
 */
final class Shapes {
  /** VoIPBIN's "no id" value. */
  static final String NIL_UUID = "00000000-0000-0000-0000-000000000000";

  private final SpecApi spec;

  Shapes(SpecApi spec) {
    this.spec = spec;
  }

  /**
   * A fresh, mutable sample of a component with ids, id lists, hashes and timestamps reset to "unset".
   *
   * @param schema the component name
   * @return the body
   */
  Map<String, Object> blank(String schema) {
    Map<String, Object> body = object(copy(spec.samples().component(schema)));
    for (Map.Entry<String, Object> member : body.entrySet()) {
      String name = member.getKey();
      if (name.startsWith("tm_")) {
        member.setValue(null);
      } else if (name.endsWith("_ids") && member.getValue() instanceof List) {
        member.setValue(new ArrayList<>());
      } else if ((name.endsWith("_id") || name.equals("id")) && member.getValue() instanceof String) {
        member.setValue(NIL_UUID);
      } else if (name.equals("direct_hash")) {
        member.setValue("");
      }
    }
    return body;
  }

  /**
   * Copies the request members the resource schema declares, where the value fits the declared type and enum.
   *
   * @param target the resource body
   * @param schema the resource's component name
   * @param request the request body
   */
  void copyInto(Map<String, Object> target, String schema, Map<String, Object> request) {
    Map<String, Schema<?>> properties = properties(schema);
    for (Map.Entry<String, Object> member : request.entrySet()) {
      Schema<?> property = properties.get(member.getKey());
      if (property == null || !target.containsKey(member.getKey())) {
        continue;
      }
      Object value = normalize(member.getValue());
      if (fits(resolve(property), value)) {
        target.put(member.getKey(), value);
      }
    }
  }

  /** Deep copy with integral JSON numbers as {@code Long}s (Moshi reads every number as a {@code Double}). */
  static Object copy(Object value) {
    try {
      return normalize(Json.read(Json.write(value)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turns integral doubles into longs, so that an integer member is written back as {@code 30}, not {@code 30.0}. */
  @SuppressWarnings("unchecked")
  static Object normalize(Object value) {
    if (value instanceof Double) {
      double d = (Double) value;
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15) {
        return (long) d;
      }
      return value;
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((k, v) -> out.put(k, normalize(v)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<Object>) value) {
        out.add(normalize(item));
      }
      return out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Map<String, Schema<?>> properties(String schema) {
    Schema<?> component = spec.openApi().getComponents().getSchemas().get(schema);
    if (component == null || component.getProperties() == null) {
      return Map.of();
    }
    return (Map) component.getProperties();
  }

  private Schema<?> resolve(Schema<?> schema) {
    if (schema.get$ref() == null) {
      return schema;
    }
    String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    return spec.openApi().getComponents().getSchemas().get(name);
  }

  private static boolean fits(Schema<?> schema, Object value) {
    if (value == null) {
      return Boolean.TRUE.equals(schema.getNullable());
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty() && !schema.getEnum().contains(value)) {
      return false;
    }
    String type = schema.getType();
    if (type == null) {
      return true;
    }
    switch (type) {
      case "string":
        return value instanceof String;
      case "integer":
        return value instanceof Long;
      case "number":
        return value instanceof Number;
      case "boolean":
        return value instanceof Boolean;
      case "array":
        return value instanceof List;
      case "object":
        return value instanceof Map;
      default:
        return true;
    }
  }
}
