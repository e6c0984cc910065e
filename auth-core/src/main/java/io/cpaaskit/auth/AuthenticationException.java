package io.cpaaskit.auth;

import java.io.IOException;

/**
 * Base type of every authentication failure. It is an {@link IOException} because it happens inside the HTTP call
 * (on a login, a token refresh or a rejected credential) and must reach the caller through OkHttp and Retrofit,
 * synchronous and asynchronous alike. Messages never contain a secret and carry only redacted URLs.
 */
public class AuthenticationException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public AuthenticationException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
