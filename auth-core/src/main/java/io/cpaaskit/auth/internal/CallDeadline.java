package io.cpaaskit.auth.internal;

import java.time.Duration;
import okhttp3.Request;

/**
 * When a call with a call timeout must be over, put on its request by {@link RetryInterceptor} (the outermost of
 * ours) so that a wait further in, for a login, ends with the call instead of outlasting it: OkHttp's call timeout
 * cancels the call but does not wake a thread that waits for something else.
 *
 * @param nanoTime the deadline on {@link System#nanoTime()}
 */
public record CallDeadline(long nanoTime) {
  private static final long MAX_MARGIN_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(250);

  /**
   * Returns the deadline of a call that starts now, a little before its call timeout (a tenth of it, at most
   * 250 ms): a wait that gives up then ends in its own typed exception, rather than in the bare
   * {@code InterruptedIOException("timeout")} OkHttp substitutes once the call timeout has fired.
   *
   * @param callTimeoutNanos the call timeout, positive
   * @return the deadline
   */
  public static CallDeadline startingNow(long callTimeoutNanos) {
    return new CallDeadline(System.nanoTime() + callTimeoutNanos - Math.min(callTimeoutNanos / 10, MAX_MARGIN_NANOS));
  }
  /**
   * Returns how long the call that sent a request has left.
   *
   * @param request the request
   * @return the time left (zero or negative once past), or {@code null} if the call has no call timeout
   */
  public static Duration remaining(Request request) {
    CallDeadline deadline = request.tag(CallDeadline.class);
    return deadline == null ? null : Duration.ofNanos(deadline.nanoTime - System.nanoTime());
  }
}
