package io.cpaaskit.zipteams.embed;

import io.cpaaskit.auth.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps dashboard-token fetches under Zipteams' per-partner limit on the client side: a sliding one-minute window
 * (counted on the injected clock, so tests are exact), and a hold for every tenant pair after Zipteams answers 429,
 * because the limit is counted per partner, not per tenant. A fetch that may not leave fails at once with
 * {@link RateLimitedException} saying how long to wait; nothing sleeps.
 */
final class FetchLimiter {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final Clock clock;
  private final Deque<Instant> sent = new ArrayDeque<>(); // guarded by this
  private Instant heldUntil = Instant.MIN; // guarded by this

  FetchLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes one slot, or throws with the wait until one frees up. */
  synchronized void acquire(String what) throws RateLimitedException {
    Instant now = clock.instant();
    if (now.isBefore(heldUntil)) {
      throw new RateLimitedException(
          what + " not requested: Zipteams answered 429 and asked to wait until " + heldUntil,
          Duration.between(now, heldUntil));
    }
    while (!sent.isEmpty() && !sent.peekFirst().plus(WINDOW).isAfter(now)) {
      sent.pollFirst();
    }
    if (sent.size() >= perMinute) {
      throw new RateLimitedException(
          what + " not requested: " + perMinute + " dashboard-token requests in the last minute is the limit",
          Duration.between(now, sent.peekFirst().plus(WINDOW)));
    }
    sent.addLast(now);
  }

  /** Holds every fetch for {@code wait} from now (a 429 for one tenant pair is a 429 for the partner). */
  synchronized void hold(Duration wait) {
    Instant until = clock.instant().plus(wait);
    if (until.isAfter(heldUntil)) {
      heldUntil = until;
    }
  }
}
