package io.cpaaskit.sandbox.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a body that conforms to a schema of the spec: every declared property with a plausible value (the first
 * enum constant, a timestamp for {@code date-time}, the minimum for bounded numbers). Emulators answer with these
 * for operations that keep no state, and start from them where they do, so that every answer has the full shape.
 */
public final class SchemaSamples {
  private static final int MAX_DEPTH = 6;

  private final OpenAPI openApi;

  SchemaSamples(OpenAPI openApi) {
    this.openApi = openApi;
  }

  /** A sample answer: the status of the first 2xx response and its body tree ({@code null} when it has none). */
  public record Sample(int status, String contentType, Object body) {}

  Sample forOperation(Operation operation) {
    for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
      if (!response.getKey().startsWith("2")) {
        continue;
      }
      int status = Integer.parseInt(response.getKey());
      ApiResponse answer = resolveResponse(response.getValue());
      if (answer.getContent() == null || answer.getContent().isEmpty()) {
        return new Sample(status, null, null);
      }
      Map.Entry<String, MediaType> media = answer.getContent().entrySet().iterator().next();
      if (media.getValue().getSchema() == null) {
        return new Sample(status, media.getKey(), null);
      }
      return new Sample(status, media.getKey(), value(media.getValue().getSchema(), 0, new HashSet<>()));
    }
    throw new IllegalStateException(operation.getOperationId() + " has no 2xx response");
  }

  /**
   * A sample value of a named component schema.
   *
   * @param componentName the name under {@code components/schemas}
   * @return the value tree
   */
  public Object component(String componentName) {
    Schema<?> schema = openApi.getComponents().getSchemas().get(componentName);
    if (schema == null) {
      throw new IllegalArgumentException("no component schema " + componentName);
    }
    return value(schema, 0, new HashSet<>());
  }

  private ApiResponse resolveResponse(ApiResponse response) {
    if (response.get$ref() != null) {
      String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
      return openApi.getComponents().getResponses().get(name);
    }
    return response;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Object value(Schema schema, int depth, Set<String> refs) {
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      if (!refs.add(name) || depth > MAX_DEPTH) {
        // A recursive or very deep schema: stop with null where allowed, else an empty object.
        refs.remove(name);
        return Boolean.TRUE.equals(schema.getNullable()) ? null : new LinkedHashMap<>();
      }
      Object value = value(openApi.getComponents().getSchemas().get(name), depth + 1, refs);
      refs.remove(name);
      return value;
    }
    if (schema.getExample() != null) {
      return schema.getExample();
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      for (Object constant : schema.getEnum()) {
        if (constant != null && !"".equals(constant)) {
          return constant;
        }
      }
      return schema.getEnum().get(0);
    }
    String type = schema.getType();
    if (type == null && schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      type = (String) schema.getTypes().iterator().next();
    }
    if (type == null) {
      type = schema.getProperties() != null ? "object" : schema instanceof ArraySchema ? "array" : "string";
    }
    switch (type) {
      case "object": {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
          for (Map.Entry<String, Schema> property : ((Map<String, Schema>) schema.getProperties()).entrySet()) {
            if (Boolean.TRUE.equals(property.getValue().getWriteOnly())) {
              continue;
            }
            object.put(property.getKey(), value(property.getValue(), depth + 1, refs));
          }
        }
        return object;
      }
      case "array": {
        List<Object> list = new ArrayList<>();
        Schema items = schema.getItems();
        if (items != null && depth < MAX_DEPTH) {
          list.add(value(items, depth + 1, refs));
        }
        return list;
      }
      case "integer":
        return schema.getMinimum() != null ? schema.getMinimum().longValue() : 1L;
      case "number":
        return schema.getMinimum() != null ? (Object) schema.getMinimum().doubleValue() : (Object) 1.5;
      case "boolean":
        return Boolean.TRUE;
      default:
        return string(schema);
    }
  }

  private static String string(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    switch (format) {
      case "date-time":
        return "2026-11-22T09:30:00Z";
      case "date":
        return "2026-11-22";
      case "email":
        return "user@example.com";
      case "uuid":
        return "5f0c8a7e-1b2d-4c3e-9f4a-6b7c8d9e0f1a";
      case "uri":
      case "url":
        return "https://example.com/resource";
      case "number":
      case "decimal":
        return "10.00000";
      case "password":
        return "sandbox-secret";
      default:
        if (schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get("x-e164"))) {
          return "+919876543210";
        }
        return "sample";
    }
  }
}
