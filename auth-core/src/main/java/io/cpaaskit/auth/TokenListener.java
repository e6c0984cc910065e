package io.cpaaskit.auth;

import java.time.Duration;

/**
 * Observes a {@link TokenManager}, for metrics and logs. Events carry a token's fingerprint, never the token.
 * Callbacks run on the thread that caused them and must be quick.
 */
public interface TokenListener {
  /** Why a login ran. */
  enum Reason {
    /** No token yet, or the token expired. */
    EXPIRED,
    /** The token entered its refresh window and still serves while the login runs. */
    PROACTIVE,
    /** The server rejected the current token with a 401. */
    REJECTED
  }

  /** A listener that ignores everything. */
  TokenListener NONE = new TokenListener() {};

  /**
   * A login started.
   *
   * @param reason why
   */
  default void loginStarted(Reason reason) {}

  /**
   * A login succeeded.
   *
   * @param fingerprint the new token's fingerprint
   * @param latency how long the login took
   */
  default void loginSucceeded(String fingerprint, Duration latency) {}

  /**
   * A login failed.
   *
   * @param failure the failure (its message holds no secret)
   * @param fin whether it is final (negative-cached) rather than recoverable (backed off)
   */
  default void loginFailed(Exception failure, boolean fin) {}

  /**
   * A call was refused from the negative cache or the backoff gate without a login.
   *
   * @param failure the remembered failure
   */
  default void failureServedFromCache(Exception failure) {}

  /**
   * The token was invalidated after the server rejected it.
   *
   * @param fingerprint the rejected token's fingerprint
   */
  default void invalidated(String fingerprint) {}

  /**
   * The server's clock differs from ours by more than the warning threshold.
   *
   * @param skew server time minus local time
   */
  default void clockSkew(Duration skew) {}
}
