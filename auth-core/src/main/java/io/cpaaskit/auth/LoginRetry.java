package io.cpaaskit.auth;

import io.cpaaskit.auth.internal.Backoff;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Bounded retries around one login: a 429 waits for its {@code Retry-After} (failing fast when that is longer than
 * the cap), connect failures and 5xx back off with full jitter; refusals and answers it does not understand (a 3xx,
 * a 404) are never retried.
 *
 * <p>Only idempotent logins go through this. A one-time exchange (VoIPBIN's direct-hash boot) reports everything
 * but a connect failure as {@link AmbiguousCredentialMintException}, which this class never retries.
 */
public final class LoginRetry {
  private final int maxAttempts;
  private final Duration retryAfterCap;
  private final Duration backoffBase;
  private final Duration backoffMax;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  private LoginRetry(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.retryAfterCap = builder.retryAfterCap;
    this.backoffBase = builder.backoffBase;
    this.backoffMax = builder.backoffMax;
    this.sleeper = builder.sleeper;
    this.random = builder.random;
  }

  /**
   * Returns the defaults: 3 attempts, {@code Retry-After} capped at 30 s, backoff 1 s to 10 s.
   *
   * @return the default retry policy
   */
  public static LoginRetry defaults() {
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
   * Runs {@code attempt} until it succeeds, fails finally, or the attempts run out.
   *
   * @param attempt one login round trip
   * @return the token
   * @throws IOException the final failure, or the last recoverable one
   */
  public AccessToken run(TokenLogin attempt) throws IOException {
    for (int n = 1; ; n++) {
      try {
        return attempt.login();
      } catch (InvalidCredentialsException | AmbiguousCredentialMintException e) {
        throw e;
      } catch (RateLimitedException e) {
        Duration wait = e.retryAfter();
        if (wait != null && wait.compareTo(retryAfterCap) > 0) {
          throw e;
        }
        if (n >= maxAttempts) {
          throw e;
        }
        pause(wait != null ? wait : backoff(n));
      } catch (LoginUnavailableException e) {
        if (n >= maxAttempts) {
          throw e;
        }
        pause(backoff(n));
      } catch (AuthenticationException e) {
        throw e; // an answer we do not understand (3xx, 404, 422): repeating it will not change it
      } catch (IOException e) {
        if (n >= maxAttempts) {
          throw e;
        }
        pause(backoff(n));
      }
    }
  }

  private Duration backoff(int attempt) {
    return Backoff.fullJitter(backoffBase, backoffMax, attempt, random);
  }


  private void pause(Duration duration) throws InterruptedIOException {
    Backoff.pause(sleeper, duration, "login attempts");
  }


  /** Builds a {@link LoginRetry}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration retryAfterCap = Duration.ofSeconds(30);
    private Duration backoffBase = Duration.ofSeconds(1);
    private Duration backoffMax = Duration.ofSeconds(10);
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * Sets the number of attempts, the first included (default 3).
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the client waits for; a longer one fails fast (default 30 s).
     *
     * @param cap the cap
     * @return this builder
     */
    public Builder retryAfterCap(Duration cap) {
      this.retryAfterCap = Objects.requireNonNull(cap, "retryAfterCap == null");
      return this;
    }

    /**
     * Sets the backoff between attempts after connect failures and 5xx (default 1 s to 10 s, full jitter).
     *
     * @param base the first cap
     * @param max the largest cap
     * @return this builder
     */
    public Builder backoff(Duration base, Duration max) {
      this.backoffBase = Objects.requireNonNull(base, "backoff base == null");
      this.backoffMax = Objects.requireNonNull(max, "backoff max == null");
      return this;
    }

    /**
     * Sets how the client waits (tests pass one that advances a fake clock).
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
    public LoginRetry build() {
      return new LoginRetry(this);
    }
  }
}
