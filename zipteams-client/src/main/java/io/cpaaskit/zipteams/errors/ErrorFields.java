package io.cpaaskit.zipteams.errors;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.core.json.LenientJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zipteams' error fields, read from whichever of its shapes the body holds. Parsing walks a generic JSON tree rather
 * than binding a generated model: the shapes differ per host and endpoint, and a member of an unexpected type must
 * cost that member, not the whole body.
 */
record ErrorFields(Boolean success, String code, String message, List<ZipteamsApiException.FieldError> errors) {
  static final ErrorFields NONE = new ErrorFields(null, null, null, List.of());

  private static final JsonAdapter<Object> JSON = LenientJson.moshi().adapter(Object.class);

  /**
   * Reads the fields of every documented shape:
   *
   * <ul>
   *   <li>Partner API: {@code {"success":false,"message":"…","errors":[{"field":"…","message":"…"}]}};
   *   <li>Customer API customer-sync: {@code {"code":"AGENT_NOT_FOUND_ON_ZIPTEAMS","message":"…","data":{"field":"…"}}},
   *       where {@code message} may also be an array of strings (its 400 {@code BAD_REQUEST});
   *   <li>Customer API ingestion host: {@code {"error":"…"}}, and API Gateway's own {@code {"message":"…"}}.
   * </ul>
   *
   * Anything else (an empty body, HTML, truncated JSON, a body cut at the capture limit) yields no fields. Never
   * throws.
   */
  static ErrorFields parse(String body) {
    Object root = tree(body);
    if (!(root instanceof Map)) {
      return NONE;
    }
    Map<?, ?> map = (Map<?, ?>) root;
    Boolean success = map.get("success") instanceof Boolean ? (Boolean) map.get("success") : null;
    List<ZipteamsApiException.FieldError> errors = new ArrayList<>();

    String message = text(map.get("message"));
    if (map.get("message") instanceof List) {
      // customer-sync's validation failures: one message per problem, no field names
      List<String> messages = new ArrayList<>();
      for (Object item : (List<?>) map.get("message")) {
        String text = text(item);
        if (text != null) {
          messages.add(text);
          errors.add(new ZipteamsApiException.FieldError(null, text));
        }
      }
      message = messages.isEmpty() ? null : String.join("; ", messages);
    }
    if (message == null) {
      message = text(map.get("error")); // the ingestion host's {"error":"…"}
    }

    if (map.get("errors") instanceof List) {
      for (Object item : (List<?>) map.get("errors")) {
        if (item instanceof Map) {
          Map<?, ?> error = (Map<?, ?>) item;
          String field = text(error.get("field"));
          String text = text(error.get("message"));
          if (field != null || text != null) {
            errors.add(new ZipteamsApiException.FieldError(field, text));
          }
        } else if (text(item) != null) {
          errors.add(new ZipteamsApiException.FieldError(null, text(item)));
        }
      }
    }
    if (map.get("data") instanceof Map) {
      // customer-sync names the offending field in data.field (e.g. agent_email on AGENT_NOT_FOUND_ON_ZIPTEAMS)
      String field = text(((Map<?, ?>) map.get("data")).get("field"));
      if (field != null) {
        errors.add(new ZipteamsApiException.FieldError(field, message));
      }
    }
    return new ErrorFields(success, text(map.get("code")), message, List.copyOf(errors));
  }

  private static Object tree(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return null; // not JSON, truncated, or cut at the capture limit: the raw body still tells the story
    }
  }

  private static String text(Object value) {
    if (value instanceof String) {
      String s = (String) value;
      return s.isBlank() ? null : s;
    }
    return null;
  }
}
