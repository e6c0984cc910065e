package io.cpaaskit.auth;

import java.time.Duration;

/** Waits between login attempts; tests pass one that advances a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits.
   *
   * @param duration how long
   * @throws InterruptedException if interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
