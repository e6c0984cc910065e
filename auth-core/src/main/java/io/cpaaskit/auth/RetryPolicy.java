package io.cpaaskit.auth;

import io.cpaaskit.auth.internal.Backoff;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When an API call is sent again, by the one retry layer of a vendor client (OkHttp's own silent retry is switched
 * off so that the two never double up).
 *
 * <p>Only requests that cannot duplicate an effect are retried: GET, HEAD, PUT and DELETE, and POSTs the spec marks
 * {@code x-retry-safe}. Never a POST that moves money, places a call, sends a message or buys a number: the vendors
 * have no idempotency keys. Retried on a connect failure or a reset connection, and on 408, 429, 502, 503 and 504,
 * with capped exponential backoff and full jitter, waiting for {@code Retry-After} (seconds or HTTP-date) when the
 * server sends one; a {@code Retry-After} above the cap is not waited for, and the answer is returned as it is. Nor
 * is a wait that would end past the call's timeout ({@link okhttp3.OkHttpClient#callTimeoutMillis()}): the call
 * ends at once with the answer or failure it has, within its timeout.
 */
public final class RetryPolicy {
  private static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration backoffBase;
  private final Duration backoffMax;
  private final Duration retryAfterCap;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.backoffBase = builder.backoffBase;
    this.backoffMax = builder.backoffMax;
    this.retryAfterCap = builder.retryAfterCap;
    this.sleeper = builder.sleeper;
    this.random = builder.random;
  }

  /**
   * Returns the defaults: 2 retries, backoff from 0.5 s capped at 8 s, {@code Retry-After} waited for up to 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a policy that never retries.
   *
   * @return no retries
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Starts a policy from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the most retries after the first attempt.
   *
   * @return the retry budget
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the longest {@code Retry-After} that is waited for.
   *
   * @return the cap
   */
  public Duration retryAfterCap() {
    return retryAfterCap;
  }

  /**
   * Returns the wait before retry number {@code retry} (1-based) when the server gave no {@code Retry-After}: a
   * uniformly random time up to {@code min(max, base * 2^(retry-1))}.
   *
   * @param retry the retry number
   * @return the wait
   */
  public Duration backoff(int retry) {
    return Backoff.fullJitter(backoffBase, backoffMax, retry, random);
  }


  /**
   * Returns how waits happen.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration backoffBase = Duration.ofMillis(500);
    private Duration backoffMax = Duration.ofSeconds(8);
    private Duration retryAfterCap = Duration.ofSeconds(30);
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * Sets the most retries after the first attempt (default 2; 0 switches retries off).
     *
     * @param maxRetries the budget, 0 to 10
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10 but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the backoff (default 0.5 s doubling up to 8 s, full jitter).
     *
     * @param base the first cap
     * @param max the largest cap
     * @return this builder
     */
    public Builder backoff(Duration base, Duration max) {
      this.backoffBase = Objects.requireNonNull(base, "backoff base == null");
      this.backoffMax = Objects.requireNonNull(max, "backoff max == null");
      if (max.compareTo(base) < 0) {
        throw new IllegalArgumentException("backoff max (" + max + ") is below backoff base (" + base + ")");
      }
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} waited for (default 30 s); a longer one returns the answer at once.
     *
     * @param cap the cap
     * @return this builder
     */
    public Builder retryAfterCap(Duration cap) {
      this.retryAfterCap = Objects.requireNonNull(cap, "retryAfterCap == null");
      return this;
    }

    /**
     * Sets how waits happen (tests pass one that records and advances a fake clock).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Sets the random source for jitter, values in {@code [0, 1)}.
     *
     * @param random the source
     * @return this builder
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
