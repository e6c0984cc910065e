package io.cpaaskit.vobiz.webhook.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a POST body, or the query string of a GET callback) into
 * names and values, keeping their order and every repeated value.
 */
public final class FormBody {
  private FormBody() {}

  /**
   * Decodes a form body. {@code +} is a space and {@code %2B} a plus sign, as the format says; an empty value stays
   * an empty string; a name without {@code =} gets an empty value; empty pairs ({@code a=1&&b=2}) are skipped.
   *
   * @param body the body
   * @return names to values, in order of first appearance; unmodifiable
   * @throws IllegalArgumentException if a percent escape is malformed (the message names the field, or its position
   *     when the name itself is malformed)
   */
  public static Map<String, List<String>> decode(String body) {
    Objects.requireNonNull(body, "body == null");
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int position = 0;
    for (String pair : body.split("&", -1)) {
      position++;
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
      String name = decodePart(rawName, "form field " + position);
      String value = decodePart(rawValue, "form field " + name);
      fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : fields.entrySet()) {
      frozen.put(field.getKey(), Collections.unmodifiableList(field.getValue()));
    }
    return Collections.unmodifiableMap(frozen);
  }

  private static String decodePart(String raw, String where) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + " has a malformed percent escape", e);
    }
  }
}
