package io.cpaaskit.auth;

import java.io.IOException;

/**
 * Obtains a new token: one login round trip (with its own bounded retries), run by {@link TokenManager} at most
 * once at a time per credential.
 *
 * <p>Implementations signal the outcome by type: {@link InvalidCredentialsException} and
 * {@link AmbiguousCredentialMintException} are final; {@link RateLimitedException}, {@link LoginUnavailableException}
 * and any other {@link IOException} are recoverable.
 */
@FunctionalInterface
public interface TokenLogin {
  /**
   * Logs in.
   *
   * @return the new token
   * @throws IOException on failure, typed as above
   */
  AccessToken login() throws IOException;
}
