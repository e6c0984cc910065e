package io.cpaaskit.auth;

/** A one-time credential exchange (VoIPBIN's direct-hash boot) timed out or met a server error after the request may have been sent. The hash may already be spent, so the client does not replay it; check the resource and start again with a fresh hash if needed. */
public class AmbiguousCredentialMintException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   */
  public AmbiguousCredentialMintException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure
   */
  public AmbiguousCredentialMintException(String message, Throwable cause) {
    super(message, cause);
  }
}
