package io.cpaaskit.auth;

/** The vendor refused the login itself (wrong password, unknown user, spent hash). Final: the client does not retry, and remembers the refusal for a few seconds so that a burst of calls cannot lock the account. */
public class InvalidCredentialsException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public InvalidCredentialsException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public InvalidCredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}
