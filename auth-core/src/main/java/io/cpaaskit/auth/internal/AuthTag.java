package io.cpaaskit.auth.internal;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.RequestAuth;
import okhttp3.HttpUrl;

/**
 * Rides on a request we signed (as an OkHttp tag): which auth signed it, with which token, for which origin, and
 * whether it is already the one re-authentication a call may have.
 *
 * @param auth the auth that signed the request
 * @param token the token it carries, or {@code null} for a static key
 * @param origin the URL it was signed for; credentials are stripped when a redirect leaves its origin
 * @param operationId the spec operation, for messages
 * @param reauthenticated whether this request is the retry after a 401
 */
public record AuthTag(RequestAuth auth, AccessToken token, HttpUrl origin, String operationId, boolean reauthenticated) {
  /**
   * Returns whether {@code url} has the same scheme, host and port as the signed request.
   *
   * @param url the URL about to be requested
   * @return whether it is the same origin
   */
  public boolean sameOrigin(HttpUrl url) {
    return sameOrigin(url, origin);
  }

  /**
   * Returns whether two URLs share scheme, host and port.
   *
   * @param a one URL
   * @param b the other
   * @return whether they are the same origin
   */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  @Override
  public String toString() {
    return "AuthTag{" + operationId + ", " + auth + ", token=" + token + ", reauthenticated=" + reauthenticated + "}";
  }
}
