package io.cpaaskit.sandbox.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** One routed request as an emulator sees it: the spec operation it hit, its parameters and body. */
public final class Exchange {
  private final SpecApi.Route route;
  private final String method;
  private final HttpUrl url;
  private final Headers headers;
  private final String body;
  private final Map<String, String> pathParams;
  private final Instant now;
  private Map<String, Object> json;
  private volatile boolean expiredToken;

  public Exchange(SpecApi.Route route, String method, HttpUrl url, Headers headers, String body,
      Map<String, String> pathParams, Instant now) {
    this.route = route;
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.pathParams = Collections.unmodifiableMap(pathParams);
    this.now = now;
  }

  /** The spec's operationId. */
  public String operationId() {
    return route.operationId();
  }

  /** The security alternatives of the operation: each inner list is one requirement (all its schemes together). */
  public List<List<String>> security() {
    return route.security();
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The request URL as received. */
  public HttpUrl url() {
    return url;
  }

  /** A request header, or {@code null}. */
  public String header(String name) {
    return headers.get(name);
  }

  /** The request headers. */
  public Headers headers() {
    return headers;
  }

  /** A query parameter, or {@code null}. */
  public String query(String name) {
    return url.queryParameter(name);
  }

  /** A decoded path parameter of the spec template, or {@code null}. */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The body text ({@code ""} when there is none). */
  public String body() {
    return body;
  }

  /**
   * The body as a JSON object (an empty map when there is no body). The validator has already checked the body
   * against the spec, so an emulator may rely on its shape.
   *
   * @return the members
   * @throws IllegalArgumentException if the body is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> json() {
    if (json == null) {
      if (body.isBlank()) {
        json = new LinkedHashMap<>();
      } else {
        Object value;
        try {
          value = Json.read(body);
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException("the body is not JSON: " + e.getMessage(), e);
        }
        if (!(value instanceof Map)) {
          throw new IllegalArgumentException("the body is not a JSON object");
        }
        json = (Map<String, Object>) value;
      }
    }
    return json;
  }

  /** Marks the request as carrying a token the sandbox issued and which has expired; the traffic counts it. */
  public void markExpiredToken() {
    expiredToken = true;
  }

  /** Whether {@link #markExpiredToken()} was called. */
  public boolean expiredToken() {
    return expiredToken;
  }

  /** The sandbox clock's time when the request arrived. */
  public Instant now() {
    return now;
  }
}
