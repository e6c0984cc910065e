package io.cpaaskit.vobiz.xml.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks for the VobizXML builders. Every message starts with the element and attribute it is about
 * ({@code "Gather executionTimeout must be ..."}), so a failure points at the line that set it.
 */
public final class Check {
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern DTMF = Pattern.compile("[0-9*#wW]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{1,20}");
  private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

  private Check() {}

  /**
   * Requires a non-null value.
   *
   * @param what element and attribute, for the message
   * @param value the value
   * @param <T> its type
   * @return the value
   */
  public static <T> T present(String what, T value) {
    if (value == null) {
      throw new NullPointerException(what + " == null");
    }
    return value;
  }

  /**
   * Requires text that is neither null nor blank and holds only characters XML 1.0 allows.
   *
   * @param what element and attribute, for the message
   * @param value the text
   * @return the text, unchanged
   */
  public static String text(String what, String value) {
    present(what, value);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    XmlChars.requireLegal(what, value);
    return value;
  }

  /**
   * Requires an absolute {@code http} or {@code https} URL with a host ("a fully qualified URL" in Vobiz's words).
   *
   * @param what element and attribute, for the message
   * @param value the URL
   * @return the URL, unchanged
   */
  public static String httpUrl(String what, String value) {
    return url(what, value, "https", "http");
  }

  /**
   * Requires an absolute {@code wss} or {@code ws} URL with a host.
   *
   * @param what element and attribute, for the message
   * @param value the URL
   * @return the URL, unchanged
   */
  public static String webSocketUrl(String what, String value) {
    return url(what, value, "wss", "ws");
  }

  private static String url(String what, String value, String scheme, String otherScheme) {
    text(what, value);
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")", e);
    }
    String actual = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals(actual) && !otherScheme.equals(actual)) {
      throw new IllegalArgumentException(
          what + " must be an absolute " + scheme + ":// or " + otherScheme + ":// URL, was "
              + (actual == null ? "a relative reference" : "a " + actual + ": URL"));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException(what + " has no host name");
    }
    return value;
  }

  /**
   * Requires an integer within bounds.
   *
   * @param what element and attribute, for the message
   * @param value the value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the value
   */
  public static int between(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Requires an integer of at least {@code min}.
   *
   * @param what element and attribute, for the message
   * @param value the value
   * @param min the smallest allowed value
   * @return the value
   */
  public static int atLeast(String what, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be at least " + min + ", was " + value);
    }
    return value;
  }

  /**
   * Converts a duration to whole seconds within bounds; a fraction of a second is refused rather than rounded,
   * because the attribute cannot express it and silent rounding would change the call flow.
   *
   * @param what element and attribute, for the message
   * @param value the duration
   * @param min the fewest seconds allowed
   * @param max the most seconds allowed
   * @return the seconds
   */
  public static long seconds(String what, Duration value, long min, long max) {
    present(what, value);
    if (value.getNano() != 0) {
      throw new IllegalArgumentException(what + " is in whole seconds, was " + value);
    }
    long seconds = value.getSeconds();
    if (seconds < min || seconds > max) {
      throw new IllegalArgumentException(
          what + " must be between " + min + " and " + max + " seconds, was " + seconds + " s");
    }
    return seconds;
  }

  /**
   * Converts a duration to whole milliseconds within bounds.
   *
   * @param what element and attribute, for the message
   * @param value the duration
   * @param min the fewest milliseconds allowed
   * @param max the most milliseconds allowed
   * @return the milliseconds
   */
  public static long millis(String what, Duration value, long min, long max) {
    present(what, value);
    if (value.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException(what + " is in whole milliseconds, was " + value);
    }
    long millis = value.toMillis();
    if (millis < min || millis > max) {
      throw new IllegalArgumentException(
          what + " must be between " + min + " and " + max + " milliseconds, was " + millis + " ms");
    }
    return millis;
  }

  /**
   * Requires a language tag shaped like BCP 47 ({@code en-US}, {@code hi-IN}, {@code cmn-CN}).
   *
   * @param what element and attribute, for the message
   * @param value the tag
   * @return the tag
   */
  public static String language(String what, String value) {
    present(what, value);
    if (!LANGUAGE.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " must be a language tag such as en-US or hi-IN");
    }
    return value;
  }

  /**
   * Requires DTMF characters: digits, {@code *}, {@code #}, {@code w} (0.5 s pause) and {@code W} (1 s pause).
   *
   * @param what element and attribute, for the message
   * @param value the digits
   * @return the digits
   */
  public static String dtmf(String what, String value) {
    present(what, value);
    if (!DTMF.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " may hold only 0-9, *, #, w and W, and at least one of them");
    }
    return value;
  }

  /**
   * Requires one DTMF key: a digit, {@code *} or {@code #}.
   *
   * @param what element and attribute, for the message
   * @param key the key
   * @return the key as a string
   */
  public static String key(String what, char key) {
    if ((key < '0' || key > '9') && key != '*' && key != '#') {
      throw new IllegalArgumentException(what + " must be one of 0-9, * and #");
    }
    return String.valueOf(key);
  }

  /**
   * Requires a set of DTMF keys (digits, {@code *}, {@code #}), each at most once.
   *
   * @param what element and attribute, for the message
   * @param keys the keys
   * @return the keys
   */
  public static String keys(String what, String keys) {
    present(what, keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(what + " must name at least one key");
    }
    for (int i = 0; i < keys.length(); i++) {
      key(what, keys.charAt(i));
      if (keys.indexOf(keys.charAt(i)) != i) {
        throw new IllegalArgumentException(what + " names key " + keys.charAt(i) + " twice");
      }
    }
    return keys;
  }

  /**
   * Requires a phone number: digits with an optional leading {@code +} (E.164 or national form).
   *
   * @param what element and attribute, for the message
   * @param value the number
   * @return the number
   */
  public static String phoneNumber(String what, String value) {
    present(what, value);
    if (!PHONE.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " must be a phone number: 1 to 20 digits with an optional leading +");
    }
    return value;
  }

  /**
   * Renders {@code name=value} pairs joined by commas, the form of {@code sipHeaders} and {@code extraHeaders};
   * names and values must be ASCII letters and digits (what Vobiz allows, so they survive URL encoding).
   *
   * @param what element and attribute, for the message
   * @param pairs the pairs, in the order to write them
   * @param maxBytes the longest rendered value allowed, or 0 for no limit
   * @return the rendered attribute value
   */
  public static String pairs(String what, Map<String, String> pairs, int maxBytes) {
    present(what, pairs);
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    StringBuilder rendered = new StringBuilder();
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      String name = Objects.requireNonNull(pair.getKey(), what + " name == null");
      String value = Objects.requireNonNull(pair.getValue(), what + " value of " + name + " == null");
      if (!ALPHANUMERIC.matcher(name).matches()) {
        throw new IllegalArgumentException(what + " names may hold only A-Z, a-z and 0-9");
      }
      if (!ALPHANUMERIC.matcher(value).matches()) {
        throw new IllegalArgumentException(what + " value of " + name + " may hold only A-Z, a-z and 0-9");
      }
      if (rendered.length() > 0) {
        rendered.append(',');
      }
      rendered.append(name).append('=').append(value);
    }
    if (maxBytes > 0 && rendered.toString().getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new IllegalArgumentException(what + " must fit in " + maxBytes + " bytes once written as name=value,...");
    }
    return rendered.toString();
  }

  /**
   * Fails when a combination of attributes contradicts Vobiz's rules.
   *
   * @param condition true when the combination is allowed
   * @param message what is wrong and how to fix it
   */
  public static void state(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
