package io.cpaaskit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenPolicyTest {
  private final TokenPolicy policy = TokenPolicy.defaults();

  @ParameterizedTest(name = "lifetime {0} refreshes {1} before expiry, stops {2} before")
  @CsvSource({
    "PT168H, PT60M, PT60S", // VoIPBIN login JWT: 7 days
    "PT24H, PT60M, PT60S", // Zipteams dashboard token
    "PT4H, PT60M, PT60S", // VoIPBIN boot token
    "PT1H, PT15M, PT60S", // Vobiz partner JWT
    "PT30M, PT15M, PT60S",
    "PT10M, PT5M, PT60S",
    "PT2S, PT1S, PT0.2S", // the soak benchmark's token
  })
  void windowsScaleWithTheLifetime(Duration lifetime, Duration window, Duration margin) {
    assertThat(policy.refreshWindow(lifetime)).isEqualTo(window);
    assertThat(policy.expiryMargin(lifetime)).isEqualTo(margin);
    assertThat(policy.refreshWindow(lifetime)).isGreaterThan(policy.expiryMargin(lifetime));
  }

  @Test
  void refreshWindowNotLargerThanExpiryMarginIsRejected() {
    assertThatThrownBy(
            () -> TokenPolicy.builder().expiryMargin(Duration.ofMinutes(2)).refreshWindow(Duration.ofMinutes(2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refreshWindow")
        .hasMessageContaining("expiryMargin");
    assertThatThrownBy(() -> TokenPolicy.builder().expiryMargin(Duration.ofSeconds(10)))
        .hasMessageContaining("expiryMargin must be at least PT30S");
  }

  @Test
  void oneHourTokenDoesNotRefreshBeforeItsWindowAndJitterOnlyDelays() throws Exception {
    Set<Instant> refreshStarts = new HashSet<>();
    for (int run = 0; run < 100; run++) {
      FakeClock clock = new FakeClock();
      Instant issued = clock.instant();
      double r = ThreadLocalRandom.current().nextDouble();
      TokenManager tokens =
          TokenManager.builder("jitter", () -> AccessToken.bearer("t", clock.instant(), Duration.ofHours(1)))
              .clock(clock)
              .random(() -> r)
              .build();
      tokens.token();
      // Find the first minute at which the token turns STALE.
      Instant stale = null;
      for (int second = 0; second <= 3600; second += 5) {
        clock.set(issued.plusSeconds(second));
        if (tokens.state() != TokenState.FRESH) {
          stale = clock.instant();
          break;
        }
      }
      assertThat(stale).isNotNull();
      assertThat(stale).isAfterOrEqualTo(issued.plus(Duration.ofMinutes(45))); // never earlier than T-15 min
      assertThat(stale).isBeforeOrEqualTo(issued.plus(Duration.ofMinutes(52)).plusSeconds(5)); // at most half-way to T-1 min
      refreshStarts.add(stale);
    }
    assertThat(refreshStarts.size()).isGreaterThan(20);
  }

  @Test
  void expiryComesFromTheRelativeLifetimeWhateverTheServerClockSays() {
    Instant receivedAt = Instant.parse("2026-01-01T00:00:00Z");
    Duration documented = Duration.ofDays(7);
    Instant expire = Instant.parse("2026-01-08T00:00:00Z");
    for (int skewMinutes : new int[] {-10, 0, 10}) {
      Instant serverDate = receivedAt.plus(Duration.ofMinutes(skewMinutes));
      Instant expireOnServerClock = expire.plus(Duration.ofMinutes(skewMinutes));
      assertThat(TokenLifetimes.lifetime(documented, expireOnServerClock, serverDate, receivedAt)).isEqualTo(documented);
    }
    // A shorter absolute expiry wins, measured against the server's own Date.
    assertThat(TokenLifetimes.lifetime(documented, receivedAt.plus(Duration.ofHours(2)), receivedAt, receivedAt))
        .isEqualTo(Duration.ofHours(2));
    assertThat(TokenLifetimes.skew(receivedAt.plus(Duration.ofMinutes(10)), receivedAt)).isEqualTo(Duration.ofMinutes(10));
  }
}
