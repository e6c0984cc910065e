package io.cpaaskit.auth;

import io.cpaaskit.auth.internal.Backoff;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;

/**
 * The lifecycle of one credential's token: at most one login in flight, stale-while-revalidate, bounded waits,
 * compare-and-invalidate on 401, backoff after recoverable failures and a short negative cache after final ones.
 *
 * <ul>
 *   <li>{@link TokenState#FRESH}: {@link #token()} returns the cached token from a volatile field, no lock.
 *   <li>{@link TokenState#STALE}: {@link #token()} still returns it, and starts one background login.
 *   <li>{@link TokenState#EXPIRED}: every caller waits (at most {@link TokenPolicy#waitTimeout()}, or its own
 *       {@link #token(Duration)} bound) for the one login; all of them get its token or the very same exception.
 * </ul>
 *
 * <p>Logins run on the {@link Executor} given to the builder (by default a new daemon thread per login), never on an
 * OkHttp dispatcher thread, so waiting callers cannot starve the login of a connection slot. Expiry comes from
 * {@link AccessToken#expiresAt()}, a relative lifetime counted on the injected {@link Clock}.
 */
public final class TokenManager {
  private final String name;
  private final TokenLogin login;
  private final TokenPolicy policy;
  private final Clock clock;
  private final Executor executor;
  private final DoubleSupplier random;
  private final TokenListener listener;

  private final Object lock = new Object();
  private volatile Snapshot snapshot = Snapshot.EMPTY;
  private CompletableFuture<AccessToken> inFlight; // guarded by lock

  private TokenManager(Builder builder) {
    this.name = builder.name;
    this.login = builder.login;
    this.policy = builder.policy;
    this.clock = builder.clock;
    this.executor = builder.executor;
    this.random = builder.random;
    this.listener = builder.listener;
  }

  /**
   * Starts a manager for one credential.
   *
   * @param name what the credential is, for messages (e.g. {@code "VoIPBIN password login for alice"}); no secrets
   * @param login performs one login
   * @return a builder
   */
  public static Builder builder(String name, TokenLogin login) {
    return new Builder(name, login);
  }

  /**
   * Returns a token that is valid now: the cached one while it is fresh or stale, otherwise the result of the one
   * login in flight.
   *
   * @return a valid token
   * @throws AuthTimeoutException if the login took longer than the wait bound
   * @throws InvalidCredentialsException if the vendor refused the login (also remembered for a few seconds)
   * @throws IOException any other login failure, the same instance for every caller of that login
   */
  public AccessToken token() throws IOException {
    return token(null);
  }

  /**
   * As {@link #token()}, waiting for a login at most {@code maxWait} (and never longer than
   * {@link TokenPolicy#waitTimeout()}): what is left of the caller's own call timeout.
   *
   * @param maxWait the longest wait the caller can afford, or {@code null} for the policy's bound alone
   * @return a valid token
   * @throws AuthTimeoutException if no login ended in time
   * @throws IOException as for {@link #token()}
   */
  public AccessToken token(Duration maxWait) throws IOException {
    Snapshot s = snapshot;
    Instant now = clock.instant();
    if (s.token != null && now.isBefore(s.refreshAt)) {
      return s.token;
    }
    if (s.token != null && now.isBefore(s.staleAt)) {
      if (!s.gated(now)) {
        start(TokenListener.Reason.PROACTIVE);
      }
      return s.token;
    }
    return await(TokenListener.Reason.EXPIRED, maxWait);
  }

  /**
   * Returns a token to replace one the server rejected with a 401: the current token if it has already moved on
   * (another call logged in meanwhile), otherwise the result of a new login.
   *
   * @param rejected the token the rejected request carried
   * @return a valid token, possibly the same one again if nothing newer can be had
   * @throws IOException as for {@link #token()}
   */
  public AccessToken replace(AccessToken rejected) throws IOException {
    return replace(rejected, null);
  }

  /**
   * As {@link #replace(AccessToken)}, waiting for a login at most {@code maxWait} (and never longer than
   * {@link TokenPolicy#waitTimeout()}).
   *
   * @param rejected the token the rejected request carried
   * @param maxWait the longest wait the caller can afford, or {@code null} for the policy's bound alone
   * @return a valid token, possibly the same one again if nothing newer can be had
   * @throws IOException as for {@link #token()}
   */
  public AccessToken replace(AccessToken rejected, Duration maxWait) throws IOException {
    Objects.requireNonNull(rejected, "rejected == null");
    Snapshot s = snapshot;
    Instant now = clock.instant();
    if (s.token != null && !s.token.value().equals(rejected.value()) && now.isBefore(s.staleAt)) {
      return s.token;
    }
    invalidate(rejected);
    return await(TokenListener.Reason.REJECTED, maxWait);
  }

  /**
   * Marks the token expired, but only if it is still the one the rejected request carried (compare-and-invalidate);
   * a backoff or negative cache in force stays in force.
   *
   * @param rejected the token the server rejected
   * @return whether the cached token was invalidated
   */
  public boolean invalidate(AccessToken rejected) {
    Objects.requireNonNull(rejected, "rejected == null");
    synchronized (lock) {
      Snapshot s = snapshot;
      if (s.token == null || !s.token.value().equals(rejected.value())) {
        return false;
      }
      Instant now = clock.instant();
      snapshot = s.withTimes(now, now);
    }
    listener.invalidated(rejected.fingerprint());
    return true;
  }

  /**
   * Returns the cached token, whatever its state.
   *
   * @return the token, or {@code null} before the first successful login
   */
  public AccessToken cached() {
    return snapshot.token;
  }

  /**
   * Returns the state of the cached token now.
   *
   * @return the state
   */
  public TokenState state() {
    Snapshot s = snapshot;
    Instant now = clock.instant();
    if (s.token != null && now.isBefore(s.refreshAt)) {
      return TokenState.FRESH;
    }
    return s.token != null && now.isBefore(s.staleAt) ? TokenState.STALE : TokenState.EXPIRED;
  }

  /**
   * Returns whether a login is running.
   *
   * @return whether the single-flight slot is taken
   */
  public boolean loginInFlight() {
    synchronized (lock) {
      return inFlight != null;
    }
  }

  private AccessToken await(TokenListener.Reason reason, Duration maxWait) throws IOException {
    CompletableFuture<AccessToken> future = start(reason);
    boolean callBound = maxWait != null && maxWait.compareTo(policy.waitTimeout()) < 0;
    Duration wait = callBound ? maxWait : policy.waitTimeout();
    try {
      return future.get(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new AuthTimeoutException(
          "gave up after " + Math.max(0, wait.toMillis()) + " ms waiting for the " + name
              + (callBound ? " (what was left of the call's timeout)" : "")
              + "; the login is still running and a later call will use its token");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new AuthenticationException(name + " failed", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the " + name);
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  /** Joins the login in flight, or starts one unless a fresh token or a remembered failure makes it pointless. */
  private CompletableFuture<AccessToken> start(TokenListener.Reason reason) {
    CompletableFuture<AccessToken> future;
    synchronized (lock) {
      if (inFlight != null) {
        return inFlight;
      }
      // Re-check under the lock: a login may have finished between the caller's read and now.
      Snapshot s = snapshot;
      Instant now = clock.instant();
      if (s.token != null && now.isBefore(s.refreshAt)) {
        return CompletableFuture.completedFuture(s.token);
      }
      if (s.gated(now)) {
        if (reason == TokenListener.Reason.PROACTIVE || s.token != null && now.isBefore(s.staleAt)) {
          return CompletableFuture.completedFuture(s.token);
        }
        listener.failureServedFromCache(s.failure);
        return CompletableFuture.failedFuture(s.failure);
      }
      future = new CompletableFuture<>();
      inFlight = future;
    }
    listener.loginStarted(reason);
    CompletableFuture<AccessToken> started = future;
    try {
      executor.execute(() -> run(started));
    } catch (RejectedExecutionException e) {
      finish(started, null, new LoginUnavailableException("the login executor refused the " + name, e), 0);
    }
    return future;
  }

  private void run(CompletableFuture<AccessToken> future) {
    long startNanos = System.nanoTime();
    AccessToken token = null;
    IOException failure = null;
    try {
      token = Objects.requireNonNull(login.login(), "login returned null");
    } catch (IOException e) {
      failure = e;
    } catch (RuntimeException | Error e) {
      failure = new AuthenticationException(name + " failed unexpectedly: " + e.getClass().getName(), e);
    }
    finish(future, token, failure, System.nanoTime() - startNanos);
  }

  private void finish(CompletableFuture<AccessToken> future, AccessToken token, IOException failure, long nanos) {
    boolean fin = failure instanceof InvalidCredentialsException || failure instanceof AmbiguousCredentialMintException;
    try {
      synchronized (lock) {
        Instant now = clock.instant();
        snapshot = token != null ? fresh(token) : failed(snapshot, failure, fin, now);
      }
      if (token != null) {
        listener.loginSucceeded(token.fingerprint(), Duration.ofNanos(nanos));
      } else {
        listener.loginFailed(failure, fin);
      }
    } finally {
      synchronized (lock) {
        if (inFlight == future) {
          inFlight = null;
        }
      }
      if (token != null) {
        future.complete(token);
      } else {
        future.completeExceptionally(failure);
      }
    }
  }

  private Snapshot fresh(AccessToken token) {
    Duration lifetime = token.lifetime();
    Instant expiresAt = token.expiresAt();
    Instant staleAt = expiresAt.minus(policy.expiryMargin(lifetime));
    Instant refreshAt = expiresAt.minus(policy.refreshWindow(lifetime));
    if (policy.jitter()) {
      // Only ever later, and at most half-way from the window's start to the hard expiry.
      long spread = Duration.between(refreshAt, staleAt).toNanos() / 2;
      refreshAt = refreshAt.plusNanos((long) (spread * random.getAsDouble()));
    }
    return new Snapshot(token, refreshAt, staleAt, Instant.MIN, null, 0);
  }

  private Snapshot failed(Snapshot s, IOException failure, boolean fin, Instant now) {
    Duration wait;
    int failures = fin ? s.failures : s.failures + 1;
    if (failure instanceof AmbiguousCredentialMintException) {
      // The one-time credential may be spent: never send it again, whatever the caller does next.
      return new Snapshot(s.token, s.refreshAt, s.staleAt, Instant.MAX, failure, failures);
    }
    if (fin) {
      Duration min = policy.negativeCacheMin();
      Duration spread = policy.negativeCacheMax().minus(min);
      wait = min.plusNanos((long) (spread.toNanos() * random.getAsDouble()));
    } else {
      wait = Backoff.fullJitter(policy.backoffBase(), policy.backoffMax(), failures, random);
      if (failure instanceof RateLimitedException && ((RateLimitedException) failure).retryAfter() != null) {
        Duration retryAfter = ((RateLimitedException) failure).retryAfter();
        wait = retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
      }
    }
    Instant gate = now.plus(wait);
    if (!fin && s.token != null && gate.isAfter(s.staleAt) && now.isBefore(s.staleAt)) {
      gate = s.staleAt; // never back off past the moment the still-valid token expires
    }
    // A failure never removes a token that is still valid: callers keep using it until its hard expiry.
    return new Snapshot(s.token, s.refreshAt, s.staleAt, gate, failure, failures);
  }

  /** An immutable view of the cache, swapped atomically. */
  private static final class Snapshot {
    static final Snapshot EMPTY = new Snapshot(null, Instant.MIN, Instant.MIN, Instant.MIN, null, 0);

    final AccessToken token;
    final Instant refreshAt;
    final Instant staleAt;
    final Instant gateUntil;
    final IOException failure;
    final int failures;

    Snapshot(AccessToken token, Instant refreshAt, Instant staleAt, Instant gateUntil, IOException failure, int failures) {
      this.token = token;
      this.refreshAt = refreshAt;
      this.staleAt = staleAt;
      this.gateUntil = gateUntil;
      this.failure = failure;
      this.failures = failures;
    }

    boolean gated(Instant now) {
      return failure != null && now.isBefore(gateUntil);
    }

    Snapshot withTimes(Instant refreshAt, Instant staleAt) {
      return new Snapshot(token, refreshAt, staleAt, gateUntil, failure, failures);
    }
  }

  /** Builds a {@link TokenManager}. */
  public static final class Builder {
    private final String name;
    private final TokenLogin login;
    private TokenPolicy policy = TokenPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Executor executor = Builder::daemonThread;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private TokenListener listener = TokenListener.NONE;

    private Builder(String name, TokenLogin login) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.login = Objects.requireNonNull(login, "login == null");
    }

    /**
     * Sets the policy (default {@link TokenPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(TokenPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sets the clock token ages are measured on (default the system UTC clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets where logins run (default: a new daemon thread per login; logins are rare).
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Sets the random source for jitter, values in {@code [0, 1)} (tests pin it).
     *
     * @param random the source
     * @return this builder
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /**
     * Sets the listener (default none).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(TokenListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Builds the manager. No login happens until the first {@link TokenManager#token()}.
     *
     * @return the manager
     */
    public TokenManager build() {
      return new TokenManager(this);
    }

    private static void daemonThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "cpaaskit-token-login");
      thread.setDaemon(true);
      thread.start();
    }
  }
}
