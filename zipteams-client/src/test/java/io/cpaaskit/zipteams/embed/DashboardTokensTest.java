package io.cpaaskit.zipteams.embed;

import static io.cpaaskit.zipteams.embed.FakeZipteams.json;
import static io.cpaaskit.zipteams.embed.FakeZipteams.jwt;
import static io.cpaaskit.zipteams.embed.FakeZipteams.tokenAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.AuthenticationException;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.auth.LoginUnavailableException;
import io.cpaaskit.auth.RateLimitedException;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.auth.TokenPolicy;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.ZipteamsCredentials;
import io.cpaaskit.zipteams.errors.ZipteamsApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link DashboardTokens}: one cached token per tenant pair, renewed in time, fetched within Zipteams' limit. */
class DashboardTokensTest {
  private static final String KEY = "CANARY-key-7f3a";
  private static final String SECRET = "CANARY-secret-9b2c";

  private final FakeZipteams zipteams = new FakeZipteams();
  private final FakeClock clock = new FakeClock();

  @AfterEach
  void stop() {
    zipteams.close();
  }

  private ZipteamsClient partner(RetryPolicy retryPolicy) {
    return ZipteamsClient.builder()
        .baseUrl(zipteams.baseUrl())
        .credentials(ZipteamsCredentials.partner(KEY, SECRET, "own-tenant", "own-subtenant"))
        .clock(clock)
        .retryPolicy(retryPolicy)
        .build();
  }

  /** Deterministic: fetches run on the calling thread, renewal starts exactly at the window. */
  private DashboardTokens.Builder tokens() {
    return DashboardTokens.builder(partner(RetryPolicy.none()))
        .clock(clock)
        .tokenPolicy(TokenPolicy.builder().jitter(false).build())
        .executor(Runnable::run);
  }

  @Test
  void countsLifetimesOnThePartnerClientsClockByDefault() throws Exception {
    ZipteamsClient partner = partner(RetryPolicy.none());
    assertThat(partner.clock()).isSameAs(clock);
    DashboardTokens tokens =
        DashboardTokens.builder(partner).tokenPolicy(TokenPolicy.builder().jitter(false).build()).executor(Runnable::run).build();
    AccessToken token = tokens.token("acme", "sales");
    assertThat(token.receivedAt()).isEqualTo(clock.instant()); // the fake clock, not the system one
  }

  @Test
  void sharesOneFetchAmongFiftyConcurrentCallers() throws Exception {
    DashboardTokens tokens = DashboardTokens.builder(partner(RetryPolicy.none())).clock(clock).build();
    CountDownLatch release = zipteams.holdAnswers();
    CountDownLatch ready = new CountDownLatch(50);
    ExecutorService callers = Executors.newFixedThreadPool(50);
    try {
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        results.add(callers.submit(() -> {
          ready.countDown();
          return tokens.token("acme", "sales-emea");
        }));
      }
      assertThat(ready.await(20, TimeUnit.SECONDS)).isTrue();
      release.countDown();

      Set<String> values = ConcurrentHashMap.newKeySet();
      for (Future<AccessToken> result : results) {
        values.add(result.get(20, TimeUnit.SECONDS).value().reveal());
      }
      assertThat(values).hasSize(1);
      assertThat(zipteams.requestCount()).isEqualTo(1);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void cachesOneTokenPerTenantPair() throws Exception {
    DashboardTokens tokens = tokens().build();

    AccessToken acme = tokens.token("acme", "sales-emea");
    AccessToken acmeAgain = tokens.token("acme", "sales-emea");
    AccessToken globex = tokens.token("globex", "support");
    tokens.token("globex", "support");
    tokens.token("acme", "sales-emea");

    assertThat(zipteams.requestCount()).isEqualTo(2);
    assertThat(acmeAgain).isSameAs(acme);
    assertThat(globex.value()).isNotEqualTo(acme.value());
    List<RecordedRequest> requests = zipteams.requests();
    assertThat(requests).extracting(r -> r.getUrl().encodedPath()).containsOnly(FakeZipteams.TOKEN_PATH);
    assertThat(requests).extracting(r -> r.getHeaders().get("x-tenant-id")).containsExactly("acme", "globex");
    assertThat(requests).extracting(r -> r.getHeaders().get("x-sub-tenant-id")).containsExactly("sales-emea", "support");
    assertThat(requests).extracting(r -> r.getHeaders().get("x-api-key")).containsOnly(KEY);
    assertThat(tokens.toString()).isEqualTo("DashboardTokens{tenantPairs=2, fetchesPerMinute=120}");
  }

  @Test
  void keepsPairsWithTheSameIdsInOtherPositionsApart() throws Exception {
    DashboardTokens tokens = tokens().build();

    tokens.token("a", "b");
    tokens.token("b", "a");

    assertThat(zipteams.requestCount()).isEqualTo(2);
  }

  @Test
  void takesTheLifetimeFromTheTokensExpMinusIat() throws Exception {
    zipteams.enqueue(tokenAnswer(jwt(1_616_762_200L, 7_200L, "sig")));
    DashboardTokens tokens = tokens().build();
    Instant now = clock.instant();

    AccessToken token = tokens.token("acme", "sales-emea");

    assertThat(token.receivedAt()).isEqualTo(now);
    assertThat(token.lifetime()).isEqualTo(Duration.ofHours(2));
    assertThat(token.expiresAt()).isEqualTo(now.plus(Duration.ofHours(2)));
  }

  @Test
  void assumesTwentyFourHoursForATokenThatDoesNotSay() throws Exception {
    zipteams.enqueue(tokenAnswer("opaque-token_without.claims"));
    zipteams.enqueue(tokenAnswer(jwt(1_616_762_200L, 0L, "sig"))); // exp == iat: not a usable lifetime
    DashboardTokens tokens = tokens().build();

    assertThat(tokens.token("acme", "sales-emea").lifetime()).isEqualTo(Duration.ofHours(24));
    assertThat(tokens.token("globex", "support").lifetime()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void renewsInTheBackgroundInsideTheLastHourAndKeepsServingTheOldTokenMeanwhile() throws Exception {
    DashboardTokens tokens = tokens().build();
    AccessToken first = tokens.token("acme", "sales-emea");

    clock.advance(Duration.ofHours(22).plusMinutes(59));
    assertThat(tokens.token("acme", "sales-emea")).isSameAs(first);
    assertThat(zipteams.requestCount()).as("outside the refresh window").isEqualTo(1);

    clock.advance(Duration.ofMinutes(2)); // 23:01 of 24 h: inside the 60-minute window
    assertThat(tokens.token("acme", "sales-emea")).as("still served while renewing").isSameAs(first);
    assertThat(zipteams.requestCount()).isEqualTo(2);

    AccessToken renewed = tokens.token("acme", "sales-emea");
    assertThat(renewed.value()).isNotEqualTo(first.value());
    assertThat(renewed.receivedAt()).isEqualTo(clock.instant());
    assertThat(zipteams.requestCount()).isEqualTo(2);
  }

  @Test
  void neverHandsOutATokenInItsLastMinuteEvenIfItsRenewalFails() throws Exception {
    DashboardTokens tokens = tokens()
        .tokenPolicy(TokenPolicy.builder().jitter(false).backoff(Duration.ofSeconds(1), Duration.ofSeconds(1)).build())
        .build();
    AccessToken first = tokens.token("acme", "sales-emea");
    zipteams.enqueue(json(500, "{\"success\":false,\"message\":\"Internal server error\"}"));

    clock.advance(Duration.ofHours(23).plusMinutes(59).plusSeconds(30));

    assertThat(catchThrowableOfType(LoginUnavailableException.class, () -> tokens.token("acme", "sales-emea")))
        .as("the old token is not returned").isNotNull();
    clock.advance(Duration.ofSeconds(1));
    AccessToken renewed = tokens.token("acme", "sales-emea");
    assertThat(renewed.value()).isNotEqualTo(first.value());
    assertThat(renewed.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
    assertThat(zipteams.requestCount()).isEqualTo(3);
  }

  @Test
  void respectsRetryAfterSecondsOnA429ForEveryTenantPair() throws Exception {
    zipteams.enqueue(json(429, "{\"success\":false,\"message\":\"Rate limit exceeded. Try again in 60 seconds.\"}")
        .newBuilder().setHeader("Retry-After", "120").build());
    // The client's default retry layer waits up to 30 s; 120 s is handed back at once.
    DashboardTokens tokens = DashboardTokens.builder(partner(RetryPolicy.defaults()))
        .clock(clock).tokenPolicy(TokenPolicy.builder().jitter(false).build()).executor(Runnable::run).build();

    RateLimitedException limited = catchThrowableOfType(RateLimitedException.class, () -> tokens.token("acme", "emea"));

    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(limited.getCause()).isInstanceOf(ZipteamsApiException.RateLimited.class);
    assertThat(((ZipteamsApiException) limited.getCause()).vendorMessage()).startsWith("Rate limit exceeded");
    assertThat(zipteams.requestCount()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(119));
    assertThat(catchThrowableOfType(RateLimitedException.class, () -> tokens.token("acme", "emea"))).isSameAs(limited);
    RateLimitedException otherPair = catchThrowableOfType(RateLimitedException.class, () -> tokens.token("globex", "x"));
    assertThat(otherPair.retryAfter()).as("the limit is per partner").isEqualTo(Duration.ofSeconds(1));
    assertThat(zipteams.requestCount()).as("nothing sent while Zipteams asked to wait").isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.token("acme", "emea").value().reveal()).startsWith("eyJ");
    assertThat(zipteams.requestCount()).isEqualTo(2);
  }

  @Test
  void respectsRetryAfterAsAnHttpDate() throws Exception {
    // FakeClock starts at 2026-01-01T00:00:00Z
    zipteams.enqueue(json(429, "{\"success\":false}").newBuilder()
        .setHeader("Retry-After", "Thu, 01 Jan 2026 00:05:00 GMT").build());
    DashboardTokens tokens = tokens().build();

    RateLimitedException limited = catchThrowableOfType(RateLimitedException.class, () -> tokens.token("acme", "emea"));

    assertThat(limited.retryAfter()).isEqualTo(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(4).plusSeconds(59));
    assertThat(catchThrowableOfType(RateLimitedException.class, () -> tokens.token("acme", "emea"))).isNotNull();
    clock.advance(Duration.ofSeconds(1));
    tokens.token("acme", "emea");
    assertThat(zipteams.requestCount()).isEqualTo(2);
  }

  @Test
  void waitsSixtySecondsAfterA429WithoutRetryAfterAsZipteamsBodySays() throws Exception {
    zipteams.enqueue(json(429, "{\"success\":false,\"message\":\"Rate limit exceeded. Try again in 60 seconds.\"}"));
    DashboardTokens tokens = tokens().build();

    RateLimitedException limited = catchThrowableOfType(RateLimitedException.class, () -> tokens.token("acme", "emea"));

    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(60));
    clock.advance(Duration.ofSeconds(59));
    assertThat(catchThrowableOfType(RateLimitedException.class, () -> tokens.token("globex", "x"))).isNotNull();
    assertThat(zipteams.requestCount()).isEqualTo(1);
  }

  @Test
  void letsAtMost120FetchesLeavePerMinute() throws Exception {
    DashboardTokens tokens = tokens().build();
    for (int i = 0; i < 120; i++) {
      tokens.token("tenant-" + i, "sub");
    }

    RateLimitedException held = catchThrowableOfType(RateLimitedException.class, () -> tokens.token("tenant-120", "sub"));

    assertThat(held.retryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(held.getMessage()).contains("120 dashboard-token requests in the last minute");
    assertThat(zipteams.requestCount()).isEqualTo(120);
    assertThat(tokens.token("tenant-7", "sub")).as("cached tokens are still served").isNotNull();

    clock.advance(Duration.ofSeconds(60));
    tokens.token("tenant-120", "sub");
    assertThat(zipteams.requestCount()).isEqualTo(121);
  }

  @Test
  void countsTheWindowSlidingOnTheClock() throws Exception {
    DashboardTokens tokens = tokens().fetchesPerMinute(2).build();
    tokens.token("a", "1");
    clock.advance(Duration.ofSeconds(30));
    tokens.token("b", "1");
    clock.advance(Duration.ofSeconds(10));

    RateLimitedException held = catchThrowableOfType(RateLimitedException.class, () -> tokens.token("c", "1"));

    assertThat(held.retryAfter()).as("until the first fetch leaves the window").isEqualTo(Duration.ofSeconds(20));
    clock.advance(Duration.ofSeconds(20));
    tokens.token("c", "1");
    assertThat(zipteams.requestCount()).isEqualTo(3);
    assertThat(catchThrowableOfType(RateLimitedException.class, () -> tokens.token("d", "1")).retryAfter())
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void reportsARefusalAsInvalidCredentialsWithZipteamsAnswerAndRemembersIt() throws Exception {
    zipteams.enqueue(json(403, "{\"success\":false,\"message\":\"Forbidden\"}"));
    DashboardTokens tokens = tokens().build();

    InvalidCredentialsException refused =
        catchThrowableOfType(InvalidCredentialsException.class, () -> tokens.token("acme", "emea"));
    InvalidCredentialsException again =
        catchThrowableOfType(InvalidCredentialsException.class, () -> tokens.token("acme", "emea"));

    assertThat(refused.getMessage()).contains("tenant acme/emea").contains("HTTP 403");
    assertThat(refused.getCause()).isInstanceOf(ZipteamsApiException.Forbidden.class);
    assertThat(((ZipteamsApiException) refused.getCause()).vendorMessage()).isEqualTo("Forbidden");
    assertThat(again).as("negative cache: no second request").isSameAs(refused);
    assertThat(zipteams.requestCount()).isEqualTo(1);
    assertNoSecret(refused);
  }

  @Test
  void reportsA401AsTheClientsInvalidApiKeyException() {
    zipteams.enqueue(json(401, "{\"success\":false,\"message\":\"Unauthorized\"}"));
    DashboardTokens tokens = tokens().build();

    InvalidApiKeyException rejected =
        catchThrowableOfType(InvalidApiKeyException.class, () -> tokens.token("acme", "emea"));

    assertThat(rejected).isNotNull();
    assertNoSecret(rejected);
  }

  @Test
  void reportsA5xxAsUnavailableAndBacksOffBeforeTheNextFetch() throws Exception {
    zipteams.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html><body>502 Bad Gateway</body></html>").build());
    DashboardTokens tokens = tokens().tokenPolicy(TokenPolicy.builder().jitter(false).backoff(Duration.ofSeconds(10),
        Duration.ofSeconds(10)).build()).build();

    LoginUnavailableException down =
        catchThrowableOfType(LoginUnavailableException.class, () -> tokens.token("acme", "emea"));

    assertThat(down.getCause()).isInstanceOf(ZipteamsApiException.ServerFailure.class);
    assertThat(((ZipteamsApiException) down.getCause()).rawBody()).contains("502 Bad Gateway");
    clock.advance(Duration.ofSeconds(10));
    assertThat(tokens.token("acme", "emea")).isNotNull();
    assertThat(zipteams.requestCount()).isEqualTo(2);
  }

  @Test
  void refusesASuccessWithoutAToken() {
    zipteams.enqueue(json(200, "{\"code\":\"RESPONSE_SUCCESS\",\"data\":{}}"));
    DashboardTokens tokens = tokens().build();

    AuthenticationException failed = catchThrowableOfType(AuthenticationException.class, () -> tokens.token("acme", "emea"));

    assertThat(failed).hasMessageContaining("without a usable data.token");
  }

  @Test
  void neverPrintsTheToken() throws Exception {
    zipteams.enqueue(tokenAnswer(jwt(1_700_000_000L, 86_400L, "CANARY-signature")));
    DashboardTokens tokens = tokens().build();

    AccessToken token = tokens.token("acme", "emea");

    assertThat(token.value().reveal()).endsWith(".CANARY-signature");
    assertThat(token.toString()).doesNotContain("CANARY").contains("***");
    assertThat(token.value().toString()).doesNotContain("CANARY");
    assertThat(tokens.toString()).doesNotContain("CANARY");
  }

  @Test
  void rejectsUnusableTenantIdsWithoutCachingAnything() {
    DashboardTokens tokens = tokens().build();

    assertThatIllegalArgumentException().isThrownBy(() -> tokens.token(" acme", "emea"));
    assertThatIllegalArgumentException().isThrownBy(() -> tokens.token("acme", ""));
    assertThatIllegalArgumentException().isThrownBy(() -> tokens.token(null, "emea"));
    assertThatIllegalArgumentException().isThrownBy(() -> tokens.token("acme", "line\nbreak"));
    assertThat(tokens.toString()).contains("tenantPairs=0");
    assertThat(zipteams.requestCount()).isZero();
  }

  @Test
  void needsPartnerCredentials() {
    ZipteamsClient customer = ZipteamsClient.builder()
        .baseUrl(zipteams.baseUrl())
        .credentials(ZipteamsCredentials.customer("CANARY-zipkey-41d8"))
        .build();

    assertThatIllegalStateException().isThrownBy(() -> DashboardTokens.create(customer).token("acme", "emea"));
  }

  @Test
  void validatesItsSettings() {
    DashboardTokens.Builder builder = DashboardTokens.builder(partner(RetryPolicy.none()));

    assertThatNullPointerException().isThrownBy(() -> DashboardTokens.builder(null)).withMessage("partner == null");
    assertThatNullPointerException().isThrownBy(() -> builder.clock(null)).withMessage("clock == null");
    assertThatNullPointerException().isThrownBy(() -> builder.tokenPolicy(null)).withMessage("policy == null");
    assertThatNullPointerException().isThrownBy(() -> builder.executor(null)).withMessage("executor == null");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.fetchesPerMinute(0))
        .withMessage("fetchesPerMinute must be between 1 and 120 but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> builder.fetchesPerMinute(121));
  }

  private static void assertNoSecret(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t)).doesNotContain(KEY).doesNotContain(SECRET).doesNotContain("CANARY");
    }
  }
}
