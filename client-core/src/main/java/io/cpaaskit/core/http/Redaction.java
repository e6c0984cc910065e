package io.cpaaskit.core.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Formats URLs and headers for logs and exception messages with credentials masked. Use it wherever a URL would
 * otherwise be printed: OkHttp's {@code Response.toString()} prints the full query string.
 */
public final class Redaction {
  /** Query parameters that are masked even when no authenticator declared them. */
  public static final Set<String> DEFAULT_QUERY = Set.of("accesskey", "token", "access_token", "api_key", "apikey", "key", "secret", "password", "hash");

  /** Headers that are masked even when no authenticator declared them. */
  public static final Set<String> DEFAULT_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  /** Member names masked in every body: any name ending in one of these words. */
  private static final String DEFAULT_MEMBERS = "[A-Za-z_]*(?:password|secret|token|hash|accesskey|api_key|apikey)";

  private static final Pattern SECRET_MEMBER = memberPattern(Set.of());

  /** One compiled pattern per set of extra names; the sets are few (one per spec, from the generated code). */
  private static final Map<Set<String>, Pattern> WITH_EXTRA_MEMBERS = new ConcurrentHashMap<>();

  /** Beyond this many sets (only callers outside the generated code could pass so many), patterns are not kept. */
  private static final int MAX_CACHED_PATTERNS = 64;

  private Redaction() {}

  /**
   * Masks the values of JSON members whose names hold secrets ({@code password}, {@code auth_token},
   * {@code webhook_secret}, {@code token}, {@code direct_hash}, …) in a body that is about to be logged or kept in an
   * exception. Works on truncated or invalid JSON too: it is a textual pass, not a parse, and a string value cut off
   * by a size limit is masked up to the cut.
   *
   * @param text the body text
   * @return the text with those values replaced by {@code "***"}
   */
  public static String jsonBody(String text) {
    return jsonBody(text, Set.of());
  }

  /**
   * As {@link #jsonBody(String)}, and also masks the members named in {@code extraMembers}: the names a spec marks as
   * secrets ({@code format: password}) whatever they are called, such as VoIPBIN's {@code engine_key} or Vobiz's
   * {@code kyc_link}. Generated clients pass them from {@link io.cpaaskit.core.retrofit.SpecOperation#secretMembers()}.
   *
   * @param text the body text
   * @param extraMembers further member names to mask, whole names, ignoring case
   * @return the text with those values replaced by {@code "***"}
   */
  public static String jsonBody(String text, Set<String> extraMembers) {
    Pattern pattern = SECRET_MEMBER;
    if (!extraMembers.isEmpty()) {
      Set<String> key = Set.copyOf(extraMembers);
      pattern = WITH_EXTRA_MEMBERS.get(key);
      if (pattern == null) {
        pattern = memberPattern(key);
        if (WITH_EXTRA_MEMBERS.size() < MAX_CACHED_PATTERNS) {
          WITH_EXTRA_MEMBERS.putIfAbsent(key, pattern);
        }
      }
    }
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (from < text.length() && matcher.find(from)) {
      // The pattern stops at the value's opening quote; the value is scanned by hand: a regular expression over it
      // recurses once per character and overflows the stack on a value of a few thousand characters.
      int valueEnd = endOfString(text, matcher.end());
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, matcher.end()).append("***\"");
      copied = valueEnd;
      from = valueEnd;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Returns where the JSON string whose content starts at {@code start} ends: just past its closing quote, or the end
   * of the text when a size limit cut it off (else the part before the cut would be printed as it is).
   */
  private static int endOfString(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++; // whatever follows a backslash belongs to the string, a quote included
      } else if (c == '"') {
        return i + 1;
      }
    }
    return text.length();
  }

  /** A member whose name is a secret's, up to and including the opening quote of its string value. */
  private static Pattern memberPattern(Set<String> extraMembers) {
    StringBuilder names = new StringBuilder(DEFAULT_MEMBERS);
    for (String name : new TreeSet<>(extraMembers)) {
      names.append('|').append(Pattern.quote(name));
    }
    return Pattern.compile("\"(?:" + names + ")\"\\s*:\\s*\"", Pattern.CASE_INSENSITIVE);
  }

  /**
   * Returns the URL with the values of sensitive query parameters (the defaults plus {@code extraQuery}) and any
   * user info replaced by {@code ***}.
   *
   * @param url the URL
   * @param extraQuery further parameter names to mask, case-insensitive
   * @return the printable URL
   */
  public static String url(HttpUrl url, Set<String> extraQuery) {
    if (!needsMasking(url, extraQuery)) {
      return url.toString(); // the common case, on every logged line: nothing to mask, nothing to rebuild
    }
    HttpUrl.Builder builder = url.newBuilder();
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      builder.username("***").password("");
    }
    for (String name : url.queryParameterNames()) {
      if (isSensitiveQuery(name, extraQuery)) {
        int count = url.queryParameterValues(name).size();
        builder.removeAllQueryParameters(name);
        for (int i = 0; i < count; i++) {
          builder.addQueryParameter(name, "***");
        }
      }
    }
    return builder.build().toString().replace("%2A%2A%2A", "***");
  }

  private static boolean needsMasking(HttpUrl url, Set<String> extraQuery) {
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      return true;
    }
    for (int i = 0, size = url.querySize(); i < size; i++) {
      if (isSensitiveQuery(url.queryParameterName(i), extraQuery)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the URL with the default sensitive parameters masked (the credentials a client adds are among them).
   *
   * @param url the URL
   * @return the printable URL
   */
  public static String url(HttpUrl url) {
    return url(url, Set.of());
  }

  /**
   * Returns whether a query parameter holds a credential.
   *
   * @param name the parameter name
   * @param extra further sensitive names, case-insensitive
   * @return whether its value must be masked
   */
  public static boolean isSensitiveQuery(String name, Set<String> extra) {
    String lower = name.toLowerCase(Locale.ROOT);
    return DEFAULT_QUERY.contains(lower) || containsIgnoreCase(extra, name);
  }

  /**
   * Returns whether a header holds a credential.
   *
   * @param name the header name
   * @param extra further sensitive names, case-insensitive
   * @return whether its value must be masked
   */
  public static boolean isSensitiveHeader(String name, Set<String> extra) {
    return DEFAULT_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || containsIgnoreCase(extra, name);
  }

  private static boolean containsIgnoreCase(Set<String> names, String name) {
    for (String candidate : names) {
      if (candidate.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
