package io.cpaaskit.voipbin.errors;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.core.json.LenientJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VoIPBIN's error fields, read from whatever the body holds. Parsing walks a generic JSON tree rather than binding
 * the generated {@code ErrorResponse} model: a member of an unexpected type (a numeric {@code status}, a string
 * {@code details}) must cost that member, not the whole body.
 */
record ErrorFields(String status, String reason, String message, String requestId, List<Map<String, Object>> details) {
  static final ErrorFields NONE = new ErrorFields(null, null, null, null, List.of());

  private static final JsonAdapter<Object> JSON = LenientJson.moshi().adapter(Object.class);

  /**
   * Reads the fields of every shape VoIPBIN sends: the {@code {"error":{status, reason, message, request_id,
   * details}}} envelope of {@code /v1.0}, and, for answers from before the envelope or from a proxy in front of it,
   * a top-level {@code {"error":"…"}} or {@code {"message":"…"}}. Anything else (an empty body, HTML, truncated JSON,
   * a body cut at the capture limit) yields no fields. Never throws.
   */
  static ErrorFields parse(String body) {
    Object root = tree(body);
    if (!(root instanceof Map)) {
      return NONE;
    }
    Map<?, ?> map = (Map<?, ?>) root;
    Object error = map.get("error");
    if (error instanceof Map) {
      Map<?, ?> envelope = (Map<?, ?>) error;
      return new ErrorFields(
          text(envelope.get("status")),
          text(envelope.get("reason")),
          text(envelope.get("message")),
          text(envelope.get("request_id")),
          maps(envelope.get("details")));
    }
    String message = text(error);
    return new ErrorFields(
        null, null, message != null ? message : text(map.get("message")), text(map.get("request_id")), List.of());
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

  /** A scalar as text; numbers without a spurious {@code .0} (Moshi reads every number as a double). */
  private static String text(Object value) {
    if (value instanceof String) {
      String s = (String) value;
      return s.isBlank() ? null : s;
    }
    if (value instanceof Double) {
      double d = (Double) value;
      return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : null;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  private static List<Map<String, Object>> maps(Object value) {
    if (!(value instanceof List)) {
      return List.of();
    }
    List<Map<String, Object>> maps = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (item instanceof Map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<?, ?>) item).forEach((k, v) -> copy.put(String.valueOf(k), v));
        maps.add(Collections.unmodifiableMap(copy));
      }
    }
    return List.copyOf(maps);
  }
}
