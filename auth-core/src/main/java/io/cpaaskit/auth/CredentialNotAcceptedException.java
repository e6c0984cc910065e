package io.cpaaskit.auth;

/** The operation does not accept the kind of credential this client holds (for example VoIPBIN's getMe with an access key); nothing was sent. */
public class CredentialNotAcceptedException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public CredentialNotAcceptedException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public CredentialNotAcceptedException(String message, Throwable cause) {
    super(message, cause);
  }
}
