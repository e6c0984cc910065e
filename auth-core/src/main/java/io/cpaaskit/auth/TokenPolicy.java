package io.cpaaskit.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers behind a {@link TokenManager}: refresh windows scaled to the token's lifetime, the hard-expiry margin,
 * how long callers wait for a login, and how failures are remembered.
 *
 * <p>Refresh window (the token keeps serving while one login runs in the background): 5 min for lifetimes under
 * 20 min, 15 min under 90 min, 60 min otherwise, and never more than half the lifetime. So a 1-hour Vobiz JWT
 * refreshes from T-15 min, VoIPBIN's 4-hour boot token and 7-day JWT from T-60 min, and a 2-second test token from
 * T-1 s. Hard-expiry margin (callers stop using the token and wait for a new one): 60 s, scaled down to a tenth of
 * lifetimes under 10 min.
 */
public final class TokenPolicy {
  private static final Duration TWENTY_MINUTES = Duration.ofMinutes(20);
  private static final Duration NINETY_MINUTES = Duration.ofMinutes(90);

  private final Duration expiryMargin;
  private final Duration fixedRefreshWindow;
  private final boolean jitter;
  private final Duration waitTimeout;
  private final Duration negativeCacheMin;
  private final Duration negativeCacheMax;
  private final Duration backoffBase;
  private final Duration backoffMax;

  private TokenPolicy(Builder builder) {
    this.expiryMargin = builder.expiryMargin;
    this.fixedRefreshWindow = builder.refreshWindow;
    this.jitter = builder.jitter;
    this.waitTimeout = builder.waitTimeout;
    this.negativeCacheMin = builder.negativeCacheMin;
    this.negativeCacheMax = builder.negativeCacheMax;
    this.backoffBase = builder.backoffBase;
    this.backoffMax = builder.backoffMax;
  }

  /**
   * Returns the defaults described on this class.
   *
   * @return the default policy
   */
  public static TokenPolicy defaults() {
    return builder().build();
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
   * Returns how long before expiry a token of this lifetime starts refreshing in the background.
   *
   * @param lifetime the token's lifetime
   * @return the refresh window
   */
  public Duration refreshWindow(Duration lifetime) {
    Duration advisory;
    if (fixedRefreshWindow != null) {
      advisory = fixedRefreshWindow;
    } else if (lifetime.compareTo(TWENTY_MINUTES) < 0) {
      advisory = Duration.ofMinutes(5);
    } else if (lifetime.compareTo(NINETY_MINUTES) < 0) {
      advisory = Duration.ofMinutes(15);
    } else {
      advisory = Duration.ofMinutes(60);
    }
    Duration half = lifetime.dividedBy(2);
    return advisory.compareTo(half) < 0 ? advisory : half;
  }

  /**
   * Returns how long before expiry a token of this lifetime is no longer sent.
   *
   * @param lifetime the token's lifetime
   * @return the hard-expiry margin
   */
  public Duration expiryMargin(Duration lifetime) {
    Duration tenth = lifetime.dividedBy(10);
    return expiryMargin.compareTo(tenth) < 0 ? expiryMargin : tenth;
  }

  /**
   * Returns whether the refresh start is spread out (only ever later, and at most half-way to the hard expiry).
   *
   * @return whether jitter is on
   */
  public boolean jitter() {
    return jitter;
  }

  /**
   * Returns how long a caller waits for a login before failing with {@link AuthTimeoutException}.
   *
   * @return the wait bound
   */
  public Duration waitTimeout() {
    return waitTimeout;
  }

  Duration negativeCacheMin() {
    return negativeCacheMin;
  }

  Duration negativeCacheMax() {
    return negativeCacheMax;
  }

  Duration backoffBase() {
    return backoffBase;
  }

  Duration backoffMax() {
    return backoffMax;
  }

  /** Builds a {@link TokenPolicy}; every setter names its argument in the error it throws. */
  public static final class Builder {
    private Duration expiryMargin = Duration.ofSeconds(60);
    private Duration refreshWindow;
    private boolean jitter = true;
    private Duration waitTimeout = Duration.ofSeconds(16);
    private Duration negativeCacheMin = Duration.ofSeconds(1);
    private Duration negativeCacheMax = Duration.ofSeconds(5);
    private Duration backoffBase = Duration.ofSeconds(1);
    private Duration backoffMax = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * Sets the hard-expiry margin for long-lived tokens (default 60 s).
     *
     * @param margin the margin, at least 30 s
     * @return this builder
     */
    public Builder expiryMargin(Duration margin) {
      this.expiryMargin = requireAtLeast("expiryMargin", margin, Duration.ofSeconds(30));
      return this;
    }

    /**
     * Replaces the lifetime-scaled advisory window by a fixed one (still capped at half the lifetime).
     *
     * @param window the window; must be larger than the expiry margin
     * @return this builder
     */
    public Builder refreshWindow(Duration window) {
      this.refreshWindow = requireAtLeast("refreshWindow", window, Duration.ofMillis(1));
      return this;
    }

    /**
     * Switches refresh jitter on or off (default on; tests switch it off).
     *
     * @param jitter whether to jitter
     * @return this builder
     */
    public Builder jitter(boolean jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets how long a caller waits for a login (default 16 s: the login call timeout plus one second).
     *
     * @param timeout the bound
     * @return this builder
     */
    public Builder waitTimeout(Duration timeout) {
      this.waitTimeout = requireAtLeast("waitTimeout", timeout, Duration.ofMillis(1));
      return this;
    }

    /**
     * Sets for how long a final login failure is remembered: a random time in {@code [min, max]} (default 1-5 s).
     *
     * @param min the shortest time
     * @param max the longest time
     * @return this builder
     */
    public Builder negativeCache(Duration min, Duration max) {
      this.negativeCacheMin = requireAtLeast("negativeCache min", min, Duration.ZERO);
      this.negativeCacheMax = requireAtLeast("negativeCache max", max, min);
      return this;
    }

    /**
     * Sets the backoff after recoverable login failures: full jitter up to {@code base * 2^(n-1)}, capped at
     * {@code max} (default 1 s to 60 s).
     *
     * @param base the first cap
     * @param max the largest cap
     * @return this builder
     */
    public Builder backoff(Duration base, Duration max) {
      this.backoffBase = requireAtLeast("backoff base", base, Duration.ZERO);
      this.backoffMax = requireAtLeast("backoff max", max, base);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if a fixed refresh window is not larger than the expiry margin
     */
    public TokenPolicy build() {
      if (refreshWindow != null && refreshWindow.compareTo(expiryMargin) <= 0) {
        throw new IllegalArgumentException(
            "refreshWindow (" + refreshWindow + ") must be larger than expiryMargin (" + expiryMargin + ")");
      }
      return new TokenPolicy(this);
    }

    private static Duration requireAtLeast(String name, Duration value, Duration min) {
      Objects.requireNonNull(value, name + " == null");
      if (value.compareTo(min) < 0) {
        throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
      }
      return value;
    }
  }
}
