package io.cpaaskit.core.errors;

import java.time.Duration;
import java.util.Objects;

/**
 * Base of every vendor's typed HTTP error ({@code VobizApiException}, {@code VoipbinApiException},
 * {@code ZipteamsApiException}). Unchecked, like Retrofit's {@code HttpException}: a 404 is an answer, not a transport
 * failure (those stay {@link java.io.IOException}). Carries the status, its {@link ErrorKind}, the vendor's own error
 * fields, and the raw body (capped, secrets masked).
 */
public abstract class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorResponse response;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, in the vendor's words where it gave any (never a secret)
   * @param response the captured answer
   */
  protected ApiException(String message, ErrorResponse response) {
    super(message);
    this.response = Objects.requireNonNull(response, "response == null");
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return response.status();
  }

  /**
   * Returns the kind its status maps to.
   *
   * @return the kind
   */
  public ErrorKind kind() {
    return response.kind();
  }

  /**
   * Returns the raw body (at most {@value ErrorResponse#BODY_LIMIT} bytes, secret JSON members masked).
   *
   * @return the body, empty if there was none
   */
  public String rawBody() {
    return response.body();
  }

  /**
   * Returns the request URL with credentials masked.
   *
   * @return the URL
   */
  public String url() {
    return response.url();
  }

  /**
   * Returns the spec operation that failed.
   *
   * @return the operationId, or {@code null} for a call not made through a generated interface
   */
  public String operationId() {
    return response.operationId();
  }

  /**
   * Returns the wait the server asked for ({@code Retry-After}, seconds or HTTP-date).
   *
   * @return the wait, or {@code null}
   */
  public Duration retryAfter() {
    return response.retryAfter();
  }

  /**
   * Returns the whole captured answer.
   *
   * @return the error response
   */
  public ErrorResponse response() {
    return response;
  }

  /**
   * Returns the vendor's request id, when its answer carried one (header or body), for support tickets.
   *
   * @return the request id, or {@code null}
   */
  public abstract String requestId();

  /**
   * Formats the standard message: status, operation, redacted URL and the vendor's own words.
   *
   * @param vendor the vendor's name
   * @param response the answer
   * @param vendorMessage the vendor's message or code, or {@code null}
   * @return the message
   */
  protected static String message(String vendor, ErrorResponse response, String vendorMessage) {
    StringBuilder message = new StringBuilder(vendor).append(" answered HTTP ").append(response.status());
    if (response.operationId() != null) {
      message.append(" to ").append(response.operationId());
    }
    message.append(" (").append(response.method()).append(' ').append(response.url()).append(')');
    if (vendorMessage != null && !vendorMessage.isBlank()) {
      message.append(": ").append(vendorMessage);
    } else if (response.body().isEmpty()) {
      message.append(" with an empty body");
    }
    return message.toString();
  }
}
