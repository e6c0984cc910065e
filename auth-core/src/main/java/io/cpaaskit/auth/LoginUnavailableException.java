package io.cpaaskit.auth;

/** The login endpoint could not be reached or answered with a server error. Recoverable: the client backs off and tries again later, serving a still-valid token meanwhile. */
public class LoginUnavailableException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public LoginUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public LoginUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
