package io.cpaaskit.core.errors;

import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.core.http.RetryAfter;
import io.cpaaskit.core.retrofit.SpecOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * An error answer, captured once and safe to keep: the status, the headers, the body (at most
 * {@value #BODY_LIMIT} bytes, JSON secrets masked), the URL (credentials masked) and the spec operation. Whatever the
 * body is (vendor JSON, an HTML 502 page, nothing, truncated JSON), capturing never fails.
 */
public final class ErrorResponse {
  /** The most body bytes kept; the rest is dropped and {@link #bodyTruncated()} says so. */
  public static final int BODY_LIMIT = 8192;

  private final int status;
  private final Headers headers;
  private final String body;
  private final boolean bodyTruncated;
  private final String method;
  private final String url;
  private final String operationId;
  private final Duration retryAfter;

  private ErrorResponse(int status, Headers headers, String body, boolean bodyTruncated, String method, String url, String operationId, Duration retryAfter) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.bodyTruncated = bodyTruncated;
    this.method = method;
    this.url = url;
    this.operationId = operationId;
    this.retryAfter = retryAfter;
  }

  /**
   * Captures an error answer; reads and closes its body.
   *
   * @param response the Retrofit response ({@code errorBody()} is consumed)
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   * @return the captured error
   */
  public static ErrorResponse capture(retrofit2.Response<?> response, Clock clock) {
    ResponseBody errorBody = response.errorBody();
    return capture(response.raw(), errorBody, clock);
  }

  /**
   * Captures an answer whose body is an error although its status is not (a 2xx with an error body).
   *
   * @param raw the OkHttp response (for status, headers and request)
   * @param body the body, read here and closed; may be {@code null}
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   * @return the captured error
   */
  public static ErrorResponse capture(okhttp3.Response raw, ResponseBody body, Clock clock) {
    Objects.requireNonNull(raw, "raw == null");
    String text = "";
    boolean truncated = false;
    if (body != null) {
      try (ResponseBody closing = body) {
        BufferedSource source = closing.source();
        // Buffer at most one byte past the limit: enough to know the body is longer, never the whole of a huge one.
        truncated = source.request(BODY_LIMIT + 1L);
        long kept = Math.min(source.getBuffer().size(), BODY_LIMIT);
        text = source.getBuffer().readString(kept, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        text = "";
        truncated = true; // a body cut off by the connection: still a typed error, never a parsing crash
      }
    }
    Request request = raw.request();
    SpecOperation operation = SpecOperation.Lookup.of(request);
    return new ErrorResponse(
        raw.code(),
        redacted(raw.headers()),
        Redaction.jsonBody(text, SpecOperation.Lookup.secretMembers(operation)),
        truncated,
        request.method(),
        Redaction.url(request.url()),
        operation == null ? null : operation.id(),
        RetryAfter.parse(raw.header("Retry-After"), clock));
  }

  private static Headers redacted(Headers headers) {
    Headers.Builder builder = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      builder.addUnsafeNonAscii(name, Redaction.isSensitiveHeader(name, java.util.Set.of()) ? "***" : headers.value(i));
    }
    return builder.build();
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the kind the status maps to.
   *
   * @return {@link ErrorKind#of(int)} of the status
   */
  public ErrorKind kind() {
    return ErrorKind.of(status);
  }

  /**
   * Returns the response headers, {@code Set-Cookie} and the other credential headers masked.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the body text: at most {@value #BODY_LIMIT} bytes, secret JSON members masked, empty when there was none.
   *
   * @return the body
   */
  public String body() {
    return body;
  }

  /**
   * Returns whether the body was longer than the limit or was cut off in transit.
   *
   * @return whether {@link #body()} is incomplete
   */
  public boolean bodyTruncated() {
    return bodyTruncated;
  }

  /**
   * Returns the request method.
   *
   * @return e.g. {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the request URL with credentials masked.
   *
   * @return the printable URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns the spec operationId of the call, when it came from a generated interface.
   *
   * @return the operationId, or {@code null}
   */
  public String operationId() {
    return operationId;
  }

  /**
   * Returns the parsed {@code Retry-After} (seconds or HTTP-date).
   *
   * @return the wait, or {@code null} without one
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public String toString() {
    return "ErrorResponse{" + status + " " + method + " " + url + (operationId != null ? " (" + operationId + ")" : "") + "}";
  }
}
