package io.cpaaskit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.testing.FakeClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenManagerTest {
  private final FakeClock clock = new FakeClock();
  private final AtomicInteger logins = new AtomicInteger();
  private final ExecutorService callers = Executors.newFixedThreadPool(32);

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  private AccessToken token(String value, Duration lifetime) {
    return AccessToken.bearer(value, clock.instant(), lifetime);
  }

  private TokenManager.Builder manager(TokenLogin login) {
    return TokenManager.builder("test login", login)
        .clock(clock)
        .random(() -> 0.0)
        .policy(TokenPolicy.builder().jitter(false).waitTimeout(Duration.ofSeconds(5)).build());
  }

  /** A login that counts itself and returns tokens t1, t2, … with the given lifetime. */
  private TokenLogin countingLogin(Duration lifetime) {
    return () -> token("t" + logins.incrementAndGet(), lifetime);
  }

  @Test
  void firstCallLogsInOnceAndFreshTokenIsServedWithoutAnotherLogin() throws Exception {
    TokenManager tokens = manager(countingLogin(Duration.ofHours(1))).build();
    assertThat(tokens.state()).isEqualTo(TokenState.EXPIRED);
    assertThat(tokens.token().value().reveal()).isEqualTo("t1");
    clock.advance(Duration.ofMinutes(44));
    assertThat(tokens.token().value().reveal()).isEqualTo("t1");
    assertThat(tokens.state()).isEqualTo(TokenState.FRESH);
    assertThat(logins).hasValue(1);
  }

  @Test
  void manyConcurrentCallersOnAnExpiredTokenShareExactlyOneLogin() throws Exception {
    CountDownLatch allArrived = new CountDownLatch(256);
    CountDownLatch release = new CountDownLatch(1);
    TokenManager tokens =
        manager(() -> {
              logins.incrementAndGet();
              await(release);
              return token("shared", Duration.ofHours(1));
            })
            .build();
    List<Future<AccessToken>> results = new ArrayList<>();
    ExecutorService many = Executors.newFixedThreadPool(256);
    try {
      for (int i = 0; i < 256; i++) {
        results.add(many.submit(() -> {
          allArrived.countDown();
          return tokens.token();
        }));
      }
      assertThat(allArrived.await(10, TimeUnit.SECONDS)).isTrue();
      release.countDown();
      for (Future<AccessToken> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS).value().reveal()).isEqualTo("shared");
      }
    } finally {
      many.shutdownNow();
    }
    assertThat(logins).hasValue(1);
    assertThat(tokens.loginInFlight()).isFalse();
  }

  @Test
  void everyWaiterReceivesTheSameExceptionInstanceAndTheSlotIsCleared() throws Exception {
    CountDownLatch waiting = new CountDownLatch(8);
    CountDownLatch release = new CountDownLatch(1);
    LoginUnavailableException failure = new LoginUnavailableException("login endpoint down (HTTP 503)");
    // A caller that arrives after the login failed meets the backoff gate (0.5 s on a clock that does not move)
    // and gets the remembered instance, so the assertions hold whatever the thread timing.
    TokenManager tokens =
        manager(() -> {
              logins.incrementAndGet();
              await(release);
              throw failure;
            })
            .random(() -> 0.5)
            .build();
    List<Future<Throwable>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(callers.submit(() -> {
        waiting.countDown();
        try {
          tokens.token();
          return null;
        } catch (IOException e) {
          return e;
        }
      }));
    }
    assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
    release.countDown();
    Set<Throwable> distinct = ConcurrentHashMap.newKeySet();
    for (Future<Throwable> result : results) {
      distinct.add(result.get(5, TimeUnit.SECONDS));
    }
    assertThat(distinct).containsExactly(failure);
    assertThat(logins).hasValue(1);
    assertThat(tokens.loginInFlight()).isFalse();
  }

  @Test
  void staleTokenKeepsServingWhileOneBackgroundLoginRuns() throws Exception {
    CountDownLatch secondLoginStarted = new CountDownLatch(1);
    CountDownLatch releaseSecond = new CountDownLatch(1);
    TokenManager tokens =
        manager(() -> {
              int n = logins.incrementAndGet();
              if (n == 2) {
                secondLoginStarted.countDown();
                await(releaseSecond);
              }
              return token("t" + n, Duration.ofHours(1));
            })
            .build();
    assertThat(tokens.token().value().reveal()).isEqualTo("t1");
    clock.advance(Duration.ofMinutes(46)); // inside the 15-minute window of a 1-hour token
    assertThat(tokens.state()).isEqualTo(TokenState.STALE);
    for (int i = 0; i < 50; i++) {
      assertThat(tokens.token().value().reveal()).isEqualTo("t1");
    }
    assertThat(secondLoginStarted.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(tokens.loginInFlight()).isTrue();
    releaseSecond.countDown();
    awaitNoLogin(tokens);
    assertThat(tokens.token().value().reveal()).isEqualTo("t2");
    assertThat(logins).hasValue(2);
  }

  @Test
  void expiredTokenIsNeverServedAfterAnIdleLongerThanItsLifetime() throws Exception {
    TokenManager tokens = manager(countingLogin(Duration.ofHours(1))).build();
    AccessToken first = tokens.token();
    clock.advance(Duration.ofHours(3)); // laptop sleep
    AccessToken second = tokens.token();
    assertThat(second.value()).isNotEqualTo(first.value());
    assertThat(second.expiresAt()).isAfter(clock.instant());
  }

  @Test
  void stalledLoginFailsWaitersAfterTheBoundThenALaterCallSucceeds() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    TokenManager tokens =
        TokenManager.builder("stalled login", () -> {
              if (logins.incrementAndGet() == 1) {
                await(release); // the endpoint stalls until its own call timeout, simulated by the release
                throw new LoginUnavailableException("login timed out");
              }
              return token("t2", Duration.ofHours(1));
            })
            .clock(clock)
            .random(() -> 0.0)
            .policy(TokenPolicy.builder().jitter(false).waitTimeout(Duration.ofMillis(150)).build())
            .build();
    assertThatThrownBy(tokens::token)
        .isInstanceOf(AuthTimeoutException.class)
        .hasMessageContaining("150 ms")
        .hasMessageContaining("stalled login");
    assertThatThrownBy(tokens::token).isInstanceOf(AuthTimeoutException.class);
    release.countDown(); // the stalled login ends with its own timeout
    awaitNoLogin(tokens);
    clock.advance(Duration.ofSeconds(2)); // past the backoff after that failure (random 0 → no wait)
    assertThat(tokens.token().value().reveal()).isEqualTo("t2");
    assertThat(logins).hasValue(2);
  }

  @Test
  void aWaiterGivesUpWhenItsOwnTimeRunsOutBeforeThePolicysBoundAndTheLoginGoesOn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    TokenManager tokens =
        TokenManager.builder("stalled login", () -> {
              logins.incrementAndGet();
              await(release);
              return token("t1", Duration.ofHours(1));
            })
            .clock(clock)
            .policy(TokenPolicy.builder().jitter(false).waitTimeout(Duration.ofSeconds(30)).build())
            .build();
    assertThatThrownBy(() -> tokens.token(Duration.ofMillis(100)))
        .isInstanceOf(AuthTimeoutException.class)
        .hasMessageContaining("gave up after 100 ms")
        .hasMessageContaining("what was left of the call's timeout");
    assertThatThrownBy(() -> tokens.token(Duration.ZERO)).isInstanceOf(AuthTimeoutException.class);
    assertThat(tokens.loginInFlight()).as("the login goes on for later calls").isTrue();
    release.countDown();
    assertThat(tokens.token(Duration.ofSeconds(5)).value().reveal()).isEqualTo("t1");
    assertThat(tokens.token(Duration.ZERO).value().reveal()).as("a fresh token needs no wait").isEqualTo("t1");
    assertThat(logins).hasValue(1);
  }

  @Test
  void wrongPasswordLogsInOncePerNegativeCacheWindow() throws Exception {
    TokenManager tokens =
        manager(() -> {
              logins.incrementAndGet();
              throw new InvalidCredentialsException("login was refused (HTTP 400)");
            })
            .policy(TokenPolicy.builder().jitter(false).negativeCache(Duration.ofSeconds(3), Duration.ofSeconds(3)).build())
            .build();
    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(tokens::token).isInstanceOf(InvalidCredentialsException.class);
    }
    assertThat(logins).hasValue(1);
    clock.advance(Duration.ofSeconds(2));
    assertThatThrownBy(tokens::token).isInstanceOf(InvalidCredentialsException.class);
    assertThat(logins).hasValue(1);
    clock.advance(Duration.ofSeconds(2));
    assertThatThrownBy(tokens::token).isInstanceOf(InvalidCredentialsException.class);
    assertThat(logins).hasValue(2);
  }

  @Test
  void ambiguousOneTimeExchangeIsNeverRunAgain() throws Exception {
    TokenManager tokens =
        manager(() -> {
              logins.incrementAndGet();
              throw new AmbiguousCredentialMintException("boot timed out after sending");
            })
            .build();
    assertThatThrownBy(tokens::token).isInstanceOf(AmbiguousCredentialMintException.class);
    clock.advance(Duration.ofDays(30));
    assertThatThrownBy(tokens::token).isInstanceOf(AmbiguousCredentialMintException.class);
    assertThat(logins).hasValue(1);
  }

  @Test
  void recoverableFailureKeepsServingTheValidTokenAndBacksOffBeforeTheNextLogin() throws Exception {
    TokenManager tokens =
        TokenManager.builder("flaky login", () -> {
              int n = logins.incrementAndGet();
              if (n == 2) {
                throw new LoginUnavailableException("login endpoint answered HTTP 503");
              }
              return token("t" + n, Duration.ofHours(1));
            })
            .clock(clock)
            .random(() -> 0.5)
            .policy(TokenPolicy.builder().jitter(false).backoff(Duration.ofSeconds(10), Duration.ofSeconds(60)).build())
            .build();
    tokens.token();
    clock.advance(Duration.ofMinutes(50)); // stale
    assertThat(tokens.token().value().reveal()).isEqualTo("t1"); // starts login 2, which fails
    awaitNoLogin(tokens);
    assertThat(logins).hasValue(2);
    clock.advance(Duration.ofSeconds(4)); // the gate is 0.5 * 10 s = 5 s
    assertThat(tokens.token().value().reveal()).isEqualTo("t1");
    assertThat(tokens.loginInFlight()).isFalse();
    assertThat(logins).hasValue(2);
    clock.advance(Duration.ofSeconds(2));
    assertThat(tokens.token().value().reveal()).isEqualTo("t1"); // gate open: login 3 starts
    awaitNoLogin(tokens);
    assertThat(tokens.token().value().reveal()).isEqualTo("t3");
  }

  @Test
  void negativeCacheAndBackoffStayWithinTheirBoundsOverManyRandomRuns() throws Exception {
    java.util.Random seeds = new java.util.Random(7);
    for (int run = 0; run < 100; run++) {
      FakeClock runClock = new FakeClock();
      java.util.Random random = new java.util.Random(seeds.nextLong());
      AtomicInteger attempts = new AtomicInteger();
      boolean fin = run % 2 == 0;
      TokenManager tokens =
          TokenManager.builder("bounds", () -> {
                attempts.incrementAndGet();
                throw fin ? new InvalidCredentialsException("refused") : new LoginUnavailableException("down");
              })
              .clock(runClock)
              .random(random::nextDouble)
              .policy(TokenPolicy.builder().backoff(Duration.ofSeconds(1), Duration.ofSeconds(60)).build())
              .build();
      assertThatThrownBy(tokens::token).isInstanceOf(IOException.class);
      // Final failures: remembered for 1 to 5 s. Recoverable (first failure): a wait in [0, 1 s).
      Duration lower = fin ? Duration.ofSeconds(1) : Duration.ZERO;
      Duration upper = fin ? Duration.ofSeconds(5) : Duration.ofSeconds(1);
      runClock.advance(lower.minusMillis(1).isNegative() ? Duration.ZERO : lower.minusMillis(1));
      if (fin) {
        assertThatThrownBy(tokens::token).isInstanceOf(IOException.class);
        assertThat(attempts).as("inside the negative-cache window").hasValue(1);
      }
      runClock.advance(upper.minus(lower).plusMillis(2));
      assertThatThrownBy(tokens::token).isInstanceOf(IOException.class);
      assertThat(attempts).as("after the window, run %s", run).hasValue(2);
    }
  }

  @Test
  void rejectionOfAnOlderTokenDoesNotLogInAgain() throws Exception {
    TokenManager tokens = manager(countingLogin(Duration.ofHours(1))).build();
    AccessToken first = tokens.token();
    AccessToken second = tokens.replace(first); // the server rejected t1: log in
    assertThat(second.value().reveal()).isEqualTo("t2");
    assertThat(tokens.replace(first).value().reveal()).isEqualTo("t2"); // a late 401 for t1: no login
    assertThat(tokens.invalidate(first)).isFalse();
    assertThat(logins).hasValue(2);
  }

  @Test
  void invalidationDoesNotBypassTheNegativeCache() throws Exception {
    AtomicInteger attempt = new AtomicInteger();
    TokenManager tokens =
        manager(() -> {
              logins.incrementAndGet();
              if (attempt.incrementAndGet() == 1) {
                return token("t1", Duration.ofHours(1));
              }
              throw new InvalidCredentialsException("password changed");
            })
            .build();
    AccessToken first = tokens.token();
    assertThatThrownBy(() -> tokens.replace(first)).isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> tokens.replace(first)).isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(tokens::token).isInstanceOf(InvalidCredentialsException.class);
    assertThat(logins).hasValue(2);
  }

  @Test
  void listenerEventsCarryFingerprintsNeverTokens() throws Exception {
    List<String> events = new ArrayList<>();
    TokenManager tokens =
        manager(() -> token("CANARY-listener-token", Duration.ofHours(1)))
            .listener(new TokenListener() {
              @Override
              public void loginStarted(Reason reason) {
                events.add("started " + reason);
              }

              @Override
              public void loginSucceeded(String fingerprint, Duration latency) {
                events.add("succeeded " + fingerprint);
              }

              @Override
              public void invalidated(String fingerprint) {
                events.add("invalidated " + fingerprint);
              }
            })
            .build();
    AccessToken token = tokens.token();
    tokens.invalidate(token);
    assertThat(events)
        .containsExactly("started EXPIRED", "succeeded " + token.fingerprint(), "invalidated " + token.fingerprint());
    assertThat(String.join(" ", events)).doesNotContain("CANARY");
  }

  /** Blocks a login until the test releases it; a login may only throw IOException. */
  private static void await(CountDownLatch latch) throws IOException {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IOException("test latch never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    }
  }

  private static void awaitNoLogin(TokenManager tokens) throws InterruptedException {
    // The login thread clears the slot right after completing; poll the flag with a bound instead of sleeping blind.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (tokens.loginInFlight()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("login still in flight");
      }
      Thread.onSpinWait();
    }
  }
}
