package io.cpaaskit.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * Turns what a login response says about expiry into a relative lifetime counted from receipt, so that no absolute
 * server time is ever compared with the local clock.
 */
public final class TokenLifetimes {
  /** Clock differences beyond this are reported through {@link TokenListener#clockSkew}. */
  public static final Duration SKEW_WARNING = Duration.ofMinutes(4);

  private TokenLifetimes() {}

  /**
   * Computes the lifetime of a token whose vendor documents a lifetime and may also state an absolute expiry: the
   * shorter of the documented lifetime and {@code absoluteExpiry - serverDate}, both counted from receipt.
   *
   * @param documented the lifetime the vendor documents
   * @param absoluteExpiry the expiry the token or response states, or {@code null}
   * @param serverDate the response's {@code Date}, or {@code null} (then receipt time stands in for it)
   * @param receivedAt when the response arrived, on the local clock
   * @return the lifetime to count from {@code receivedAt}; at least one second
   */
  public static Duration lifetime(Duration documented, Instant absoluteExpiry, Instant serverDate, Instant receivedAt) {
    if (absoluteExpiry == null) {
      return documented;
    }
    Instant serverNow = serverDate != null ? serverDate : receivedAt;
    Duration stated = Duration.between(serverNow, absoluteExpiry);
    Duration lifetime = stated.compareTo(documented) < 0 ? stated : documented;
    return lifetime.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : lifetime;
  }

  /**
   * Returns server time minus local time.
   *
   * @param serverDate the response's {@code Date}
   * @param receivedAt when it arrived, on the local clock
   * @return the skew
   */
  public static Duration skew(Instant serverDate, Instant receivedAt) {
    return Duration.between(receivedAt, serverDate);
  }
}
