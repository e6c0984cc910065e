package io.cpaaskit.auth;

import io.cpaaskit.core.http.Redaction;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One way of putting a credential on a request, and the spec security schemes it satisfies.
 *
 * <p>An operation accepts a {@code RequestAuth} when its {@code @SpecOperation.security} lists every one of the
 * auth's schemes (the Vobiz header pair needs both {@code vobizAuthId} and {@code vobizAuthToken}). Vendor clients
 * build these from their typed credentials; {@link AuthWiring} applies them.
 */
public final class RequestAuth {
  private enum Kind {
    STATIC_HEADERS,
    STATIC_QUERY,
    BEARER_TOKEN,
    QUERY_TOKEN
  }

  private final Kind kind;
  private final Set<String> schemes;
  private final Map<String, Secret> headers;
  private final String queryName;
  private final Secret queryValue;
  private final TokenManager tokens;
  private final Map<String, String> plainHeaders = new LinkedHashMap<>();
  /** The {@code Authorization} value of the last token signed with: a token signs thousands of calls. */
  private volatile BearerHeader lastBearer;

  private RequestAuth(Kind kind, Set<String> schemes, Map<String, Secret> headers, String queryName, Secret queryValue, TokenManager tokens) {
    if (Objects.requireNonNull(schemes, "schemes == null").isEmpty()) {
      throw new IllegalArgumentException("schemes is empty");
    }
    this.kind = kind;
    this.schemes = Set.copyOf(schemes);
    this.headers = headers;
    this.queryName = queryName;
    this.queryValue = queryValue;
    this.tokens = tokens;
  }

  /**
   * Static headers, sent on every request (Vobiz's header pair, Zipteams' four partner headers).
   *
   * @param schemes the spec security schemes these headers satisfy together
   * @param headers header name to secret value, in sending order
   * @return the auth
   */
  public static RequestAuth staticHeaders(Set<String> schemes, Map<String, Secret> headers) {
    return staticHeaders(schemes, headers, Map.of());
  }

  /**
   * Static headers, some secret and some plain identifiers (Zipteams' tenant and subtenant ids). Plain values are
   * shown in logs; secret ones never are.
   *
   * @param schemes the spec security schemes these headers satisfy together
   * @param secretHeaders header name to secret value
   * @param plainHeaders header name to a non-secret value
   * @return the auth
   * @throws IllegalArgumentException if a value holds a character HTTP headers cannot carry (the message names
   *     the header, never the value)
   */
  public static RequestAuth staticHeaders(Set<String> schemes, Map<String, Secret> secretHeaders, Map<String, String> plainHeaders) {
    Objects.requireNonNull(secretHeaders, "secretHeaders == null");
    Objects.requireNonNull(plainHeaders, "plainHeaders == null");
    if (secretHeaders.isEmpty()) {
      throw new IllegalArgumentException("secretHeaders is empty");
    }
    secretHeaders.forEach((name, value) -> requireHeaderSafe(name, value.reveal()));
    plainHeaders.forEach(RequestAuth::requireHeaderSafe);
    RequestAuth auth = new RequestAuth(Kind.STATIC_HEADERS, schemes, new LinkedHashMap<>(secretHeaders), null, null, null);
    auth.plainHeaders.putAll(plainHeaders);
    return auth;
  }

  private static void requireHeaderSafe(String name, String value) {
    Objects.requireNonNull(name, "header name == null");
    Objects.requireNonNull(value, name + " value == null");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        // OkHttp would reject it later with a message that echoes the value.
        throw new IllegalArgumentException(name + " holds a character that HTTP headers cannot carry (position " + i + ")");
      }
    }
  }

  /**
   * A static query parameter (VoIPBIN's {@code ?accesskey=}, which has no header form).
   *
   * @param schemes the spec security schemes it satisfies
   * @param name the parameter name
   * @param value the secret value
   * @return the auth
   */
  public static RequestAuth staticQuery(Set<String> schemes, String name, Secret value) {
    return new RequestAuth(Kind.STATIC_QUERY, schemes, Map.of(), Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"), null);
  }

  /**
   * A token from {@code tokens}, sent as {@code Authorization: Bearer}.
   *
   * @param schemes the spec security schemes it satisfies
   * @param tokens the token lifecycle
   * @return the auth
   */
  public static RequestAuth bearer(Set<String> schemes, TokenManager tokens) {
    return new RequestAuth(Kind.BEARER_TOKEN, schemes, Map.of(), null, null, Objects.requireNonNull(tokens, "tokens == null"));
  }

  /**
   * A token from {@code tokens}, sent as a query parameter (VoIPBIN's {@code ?token=} for boot tokens).
   *
   * @param schemes the spec security schemes it satisfies
   * @param name the parameter name
   * @param tokens the token lifecycle
   * @return the auth
   */
  public static RequestAuth queryToken(Set<String> schemes, String name, TokenManager tokens) {
    return new RequestAuth(Kind.QUERY_TOKEN, schemes, Map.of(), Objects.requireNonNull(name, "name == null"), null, Objects.requireNonNull(tokens, "tokens == null"));
  }

  /**
   * Returns the spec security schemes this auth satisfies together.
   *
   * @return the scheme names
   */
  public Set<String> schemes() {
    return schemes;
  }

  /**
   * Returns whether an operation listing {@code operationSchemes} accepts this auth.
   *
   * @param operationSchemes the operation's security schemes
   * @return whether every scheme of this auth is listed
   */
  public boolean acceptedBy(Collection<String> operationSchemes) {
    return operationSchemes.containsAll(schemes);
  }

  /**
   * Returns whether a 401 can be cured by logging in again.
   *
   * @return whether the credential is a token from a login
   */
  public boolean tokenBased() {
    return tokens != null;
  }

  /**
   * Returns the token lifecycle behind this auth.
   *
   * @return the manager, or {@code null} for static keys
   */
  public TokenManager tokens() {
    return tokens;
  }

  /**
   * Returns the names of the headers whose values are secret, for redaction in logs.
   *
   * @return the names
   */
  public Set<String> secretHeaderNames() {
    if (kind == Kind.BEARER_TOKEN) {
      return Set.of("Authorization");
    }
    return new TreeSet<>(headers.keySet());
  }

  /**
   * Returns the header names this auth adds (secret and plain), for stripping on cross-host redirects.
   *
   * @return the names
   */
  public Set<String> headerNames() {
    if (kind == Kind.BEARER_TOKEN) {
      return Set.of("Authorization");
    }
    Set<String> names = new TreeSet<>(headers.keySet());
    names.addAll(plainHeaders.keySet());
    return names;
  }

  /**
   * Returns the query parameter names this auth adds.
   *
   * @return the names
   */
  public Set<String> queryNames() {
    return queryName == null ? Set.of() : Set.of(queryName);
  }

  /**
   * Returns the static secrets this auth sends, so that logs can scrub them wherever they appear.
   *
   * @return the secrets (tokens are read from {@link #tokens()} when needed)
   */
  public List<Secret> staticSecrets() {
    if (queryValue != null) {
      return List.of(queryValue);
    }
    return List.copyOf(headers.values());
  }

  /**
   * Puts the credential on a request, logging in first if the token needs it.
   *
   * @param request the unsigned request
   * @return the signed request and the token it carries ({@code null} for static keys)
   * @throws IOException if a login fails
   */
  public Signed sign(Request request) throws IOException {
    AccessToken token = tokens != null ? tokens.token() : null;
    return new Signed(apply(request, token), token);
  }

  /**
   * Replaces the token on a request signed before.
   *
   * @param signed a request this auth signed
   * @param token the new token
   * @return the re-signed request
   */
  public Request resign(Request signed, AccessToken token) {
    return apply(signed, Objects.requireNonNull(token, "token == null"));
  }

  private Request apply(Request request, AccessToken token) {
    return signInto(request.newBuilder(), request.url(), token).build();
  }

  /**
   * Puts the credential on a request being built, so that a caller adding more (a tag) copies the request once.
   *
   * @param builder the builder of the request
   * @param url the request's URL (a query credential is added to it)
   * @param token the token to send, from {@link #tokens()}; {@code null} for static keys
   * @return {@code builder}
   */
  public Request.Builder signInto(Request.Builder builder, HttpUrl url, AccessToken token) {
    switch (kind) {
      case STATIC_HEADERS:
        headers.forEach((name, value) -> builder.header(name, value.reveal()));
        plainHeaders.forEach(builder::header);
        break;
      case STATIC_QUERY:
        builder.url(withQuery(url, queryName, queryValue.reveal()));
        break;
      case BEARER_TOKEN:
        builder.header("Authorization", bearerHeader(Objects.requireNonNull(token, "token == null")));
        break;
      case QUERY_TOKEN:
        builder.url(withQuery(url, queryName, Objects.requireNonNull(token, "token == null").value().reveal()));
        break;
      default:
        throw new AssertionError(kind);
    }
    return builder;
  }

  private String bearerHeader(AccessToken token) {
    BearerHeader last = lastBearer;
    if (last == null || last.token() != token) {
      last = new BearerHeader(token, "Bearer " + token.value().reveal());
      lastBearer = last;
    }
    return last.value();
  }

  /** A token and the header value that carries it; its {@code toString()} shows neither. */
  private record BearerHeader(AccessToken token, String value) {
    @Override
    public String toString() {
      return "BearerHeader{token=" + token + "}";
    }
  }

  private static HttpUrl withQuery(HttpUrl url, String name, String value) {
    return url.newBuilder().removeAllQueryParameters(name).addQueryParameter(name, value).build();
  }

  @Override
  public String toString() {
    return "RequestAuth{" + kind + ", schemes=" + new TreeSet<>(schemes) + "}";
  }

  /**
   * A signed request and the token on it.
   *
   * @param request the request with the credential on it
   * @param token the token it carries, or {@code null} for a static key
   */
  public record Signed(Request request, AccessToken token) {
    @Override
    public String toString() {
      return "Signed{" + request.method() + " " + Redaction.url(request.url()) + ", token=" + token + "}";
    }
  }
}
