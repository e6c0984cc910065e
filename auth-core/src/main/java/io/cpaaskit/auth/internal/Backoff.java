package io.cpaaskit.auth.internal;

import io.cpaaskit.auth.Sleeper;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/** The backoff arithmetic and the interruptible wait shared by login retries, API retries and the token manager. */
public final class Backoff {
  private Backoff() {}

  /**
   * Returns a full-jitter wait: uniformly random up to {@code min(max, base * 2^(attempt-1))}.
   *
   * @param base the first cap
   * @param max the largest cap
   * @param attempt the attempt number, 1-based
   * @param random a source of values in {@code [0, 1)}
   * @return the wait
   */
  public static Duration fullJitter(Duration base, Duration max, int attempt, DoubleSupplier random) {
    Duration cap = base.multipliedBy(1L << Math.min(attempt - 1, 30));
    if (cap.compareTo(max) > 0) {
      cap = max;
    }
    return Duration.ofNanos((long) (cap.toNanos() * random.getAsDouble()));
  }

  /**
   * Waits through {@code sleeper}, turning an interrupt into the {@link InterruptedIOException} an HTTP call expects
   * (with the interrupt flag restored).
   *
   * @param sleeper how to wait
   * @param duration how long
   * @param between what is being waited between, for the message (e.g. {@code "retries"})
   * @throws InterruptedIOException if interrupted
   */
  public static void pause(Sleeper sleeper, Duration duration, String between) throws InterruptedIOException {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted between " + between);
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
