package io.cpaaskit.auth;

/** The vendor answered 401 to a static key (a header pair, an API key or an access key). Static keys are not retried: the key is wrong, revoked or used on the wrong scope. */
public class InvalidApiKeyException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public InvalidApiKeyException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public InvalidApiKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
