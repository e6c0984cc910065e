package io.cpaaskit.auth;

import java.time.Duration;

/**
 * The vendor answered 429 to a login, and its {@code Retry-After} asks for a longer wait than the client allows
 * (or the attempts ran out). Never read as bad credentials.
 */
public class RateLimitedException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param retryAfter the wait the server asked for, or {@code null} if it gave none
   */
  public RateLimitedException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns the wait the server asked for.
   *
   * @return the parsed {@code Retry-After}, or {@code null} if the response had none
   */
  public Duration retryAfter() {
    return retryAfter;
  }
}
