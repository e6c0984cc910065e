package io.cpaaskit.auth;

import io.cpaaskit.core.http.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;

/**
 * Turns a failed login answer or transport error into the typed exception {@link TokenManager} and
 * {@link LoginRetry} act on. Messages carry the status and a redacted URL, never a body or a secret.
 */
public final class LoginFailures {
  private LoginFailures() {}

  /**
   * Classifies a non-2xx answer to a login.
   *
   * @param what the login, e.g. {@code "VoIPBIN login"}
   * @param status the HTTP status
   * @param retryAfter the {@code Retry-After} header, or {@code null}
   * @param redactedUrl the URL, already redacted
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   * @return the exception to throw
   */
  public static IOException forStatus(String what, int status, String retryAfter, String redactedUrl, Clock clock) {
    return forStatus(what, status, retryAfter, redactedUrl, clock, null);
  }

  /**
   * Classifies a non-2xx answer to a login, keeping the vendor's own error (its typed exception) as the cause.
   *
   * @param what the login, e.g. {@code "Zipteams dashboard token"}
   * @param status the HTTP status
   * @param retryAfter the {@code Retry-After} header, or {@code null}
   * @param redactedUrl the URL, already redacted
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   * @param cause the vendor's own error, or {@code null}
   * @return the exception to throw
   */
  public static IOException forStatus(
      String what, int status, String retryAfter, String redactedUrl, Clock clock, Throwable cause) {
    IOException failure = classify(what, status, retryAfter, redactedUrl, clock);
    if (cause != null) {
      failure.initCause(cause);
    }
    return failure;
  }

  private static IOException classify(String what, int status, String retryAfter, String redactedUrl, Clock clock) {
    String where = " (HTTP " + status + " from " + redactedUrl + ")";
    if (status == 400 || status == 401 || status == 403) {
      return new InvalidCredentialsException(what + " was refused: check the credentials" + where);
    }
    if (status == 429) {
      return new RateLimitedException(what + " was rate limited" + where, RetryAfter.parse(retryAfter, clock));
    }
    if (status == 408 || status >= 500) {
      return new LoginUnavailableException(what + " is unavailable" + where);
    }
    return new AuthenticationException(what + " failed" + where);
  }

  /**
   * Classifies a transport failure of a login that may be repeated safely.
   *
   * @param what the login
   * @param e the failure
   * @return the exception to throw
   */
  public static IOException forTransport(String what, IOException e) {
    if (e instanceof AuthenticationException) {
      return e;
    }
    return new LoginUnavailableException(what + " could not complete: " + e.getClass().getSimpleName(), e);
  }

  /**
   * Classifies a transport failure of a one-time exchange: only a failure before anything was sent may be retried.
   *
   * @param what the exchange
   * @param e the failure
   * @return {@link LoginUnavailableException} when nothing was sent, {@link AmbiguousCredentialMintException} else
   */
  public static IOException forOneTimeTransport(String what, IOException e) {
    if (e instanceof AuthenticationException) {
      return e;
    }
    if (nothingSent(e)) {
      return new LoginUnavailableException(what + " could not connect: " + e.getClass().getSimpleName(), e);
    }
    return new AmbiguousCredentialMintException(
        what + " failed after the request may have reached the server (" + e.getClass().getSimpleName()
            + "); the outcome is ambiguous and the one-time credential may be spent, so it is never sent again"
            + " (only a failure to connect is retried); check the resource and start over with a fresh credential",
        e);
  }

  private static boolean nothingSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || (e instanceof InterruptedIOException
            && String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect timed out"));
  }
}
