package io.cpaaskit.vobiz.errors;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.cpaaskit.core.errors.ErrorResponse;
import io.cpaaskit.core.json.LenientJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * The vendor fields of one Vobiz error body, read from every shape Vobiz sends (see {@link VobizApiException}). Reading
 * never fails: a body that is not a JSON object (an HTML page, nothing, truncated JSON) gives no fields, and a member
 * of an unexpected type is left out on its own without losing the others.
 */
final class ErrorBody {
  static final ErrorBody NONE = new ErrorBody(Map.of(), null);

  private static final JsonAdapter<OffsetDateTime> TIMESTAMP = LenientJson.moshi().adapter(OffsetDateTime.class);
  private static final JsonAdapter<BigDecimal> DECIMAL = LenientJson.moshi().adapter(BigDecimal.class);

  final Map<String, Object> fields;
  final String code;
  final String message;
  final Map<String, Object> details;
  final String errorStatus;
  final String apiId;
  final String requestId;
  final OffsetDateTime timestamp;
  final OffsetDateTime coolOffUntil;
  final Duration coolOffRemaining;
  final BigDecimal currentBalance;
  final BigDecimal requestedAmount;

  private ErrorBody(Map<String, Object> fields, String headerRequestId) {
    this.fields = fields;
    Object error = fields.get("error");
    Map<String, Object> nested = asMap(error);
    // {status, error{code, message, details}, requestId} nests the code; every other shape has a string "error".
    this.code = nested != null ? text(nested.get("code")) : text(error);
    String nestedMessage = nested != null ? text(nested.get("message")) : null;
    this.message = nestedMessage != null ? nestedMessage : text(fields.get("message"));
    Map<String, Object> nestedDetails = nested != null ? asMap(nested.get("details")) : null;
    this.details = nestedDetails != null ? nestedDetails : Map.of();
    this.errorStatus = text(fields.get("status"));
    this.apiId = text(fields.get("api_id"));
    String bodyRequestId = firstNonNull(text(fields.get("requestId")), text(fields.get("request_id")));
    // Plivo-style bodies identify the request by api_id; it is what Vobiz support asks for when nothing else is there.
    this.requestId = firstNonNull(bodyRequestId, firstNonNull(headerRequestId, apiId));
    this.timestamp = timestamp(fields.get("timestamp"));
    this.coolOffUntil = timestamp(fields.get("cool_off_until"));
    BigDecimal remaining = decimal(fields.get("cool_off_remaining_seconds"));
    this.coolOffRemaining = seconds(remaining);
    this.currentBalance = decimal(fields.get("current_balance"));
    this.requestedAmount = decimal(fields.get("requested_amount"));
  }

  /**
   * Reads the fields of a captured answer.
   *
   * @param response the answer; its body is already capped and redacted
   * @return the fields, all absent when the body is not a JSON object
   */
  static ErrorBody of(ErrorResponse response) {
    String headerRequestId = response.headers().get("X-Request-Id");
    Map<String, Object> fields = parseObject(response.body());
    if (fields == null) {
      return headerRequestId == null ? NONE : new ErrorBody(Map.of(), headerRequestId);
    }
    return new ErrorBody(fields, headerRequestId);
  }

  /** Returns the vendor's words for the exception message: code and message, plus the cool-off when there is one. */
  String summary() {
    StringBuilder summary = new StringBuilder();
    if (code != null) {
      summary.append(code);
    }
    if (message != null && !message.equals(code)) {
      summary.append(summary.length() > 0 ? ": " : "").append(message);
    }
    if (summary.length() == 0 && errorStatus != null) {
      summary.append(errorStatus);
    }
    if (coolOffUntil != null || coolOffRemaining != null) {
      summary.append(" (number in cool-off");
      if (coolOffUntil != null) {
        summary.append(" until ").append(coolOffUntil);
      }
      if (coolOffRemaining != null) {
        summary.append(", ").append(coolOffRemaining.getSeconds()).append(" s left");
      }
      summary.append(')');
    }
    return summary.length() == 0 ? null : summary.toString();
  }

  /** Parses a JSON object body; {@code null} for anything else, including broken JSON. */
  static Map<String, Object> parseObject(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      reader.setLenient(true);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      return asMap(read(reader));
    } catch (IOException | RuntimeException e) {
      return null; // an error body we cannot read still gives the typed exception, with its status and raw body
    }
  }

  // A tree reader instead of Moshi's readJsonValue(): numbers stay BigDecimal with every digit (an amount of 120.50
  // is not turned into the double 120.5), and the tree is unmodifiable.
  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader));
        }
        reader.endObject();
        return Collections.unmodifiableMap(map);
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return Collections.unmodifiableList(list);
      case STRING:
        return reader.nextString();
      case NUMBER:
        String number = reader.nextString();
        try {
          return new BigDecimal(number);
        } catch (NumberFormatException e) {
          return number; // NaN or Infinity in lenient mode
        }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  @SuppressWarnings("unchecked") // read() builds maps with String keys only
  private static Map<String, Object> asMap(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : null;
  }

  private static String text(Object value) {
    if (value instanceof String) {
      return ((String) value).isBlank() ? null : (String) value;
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  private static OffsetDateTime timestamp(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return TIMESTAMP.fromJsonValue(text);
    } catch (RuntimeException e) {
      return null; // an unreadable timestamp loses only itself
    }
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return DECIMAL.fromJsonValue(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Duration seconds(BigDecimal value) {
    if (value == null || value.signum() < 0) {
      return null;
    }
    try {
      return Duration.ofSeconds(value.setScale(0, java.math.RoundingMode.CEILING).longValueExact());
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }
}
