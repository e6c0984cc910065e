package io.cpaaskit.auth;

/** A call waited longer than its bound for the login it depends on. The login may still succeed; a later call picks its token up. */
public class AuthTimeoutException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public AuthTimeoutException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public AuthTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
