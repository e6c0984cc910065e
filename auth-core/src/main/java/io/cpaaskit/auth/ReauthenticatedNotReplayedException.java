package io.cpaaskit.auth;

/** A 401 arrived on a request whose body cannot be sent twice; the client logged in again but did not replay the request, so the caller decides. */
public class ReauthenticatedNotReplayedException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public ReauthenticatedNotReplayedException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public ReauthenticatedNotReplayedException(String message, Throwable cause) {
    super(message, cause);
  }
}
