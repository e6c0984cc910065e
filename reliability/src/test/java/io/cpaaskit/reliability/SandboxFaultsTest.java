package io.cpaaskit.reliability;

import static io.cpaaskit.reliability.Harness.bounded;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.AuthTimeoutException;
import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.auth.LoginUnavailableException;
import io.cpaaskit.auth.RateLimitedException;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.auth.TokenPolicy;
import io.cpaaskit.sandbox.VobizSandbox;
import io.cpaaskit.sandbox.VoipbinSandbox;
import io.cpaaskit.sandbox.ZipteamsSandbox;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.vobiz.errors.VobizApiException;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.errors.VoipbinApiException;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import io.cpaaskit.voipbin.model.Address;
import io.cpaaskit.voipbin.model.CallList;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.FlowAction;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.ZipteamsCredentials;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.errors.ZipteamsApiException;
import io.cpaaskit.zipteams.errors.ZipteamsErrors;
import io.cpaaskit.zipteams.model.BatchCallRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Faults the sandboxes inject (login down, stalled, 5xx, 429; API 5xx bursts and 429s; bodies cut in half), driven
 * through the real clients. For each: the call ends within its bound in a result or a documented exception, no
 * thread outlives the test, the sandbox never saw an expired token, and no POST that is not retry-safe went out twice.
 * Sandbox and client share a {@link FakeClock}; retry and login waits advance it instead of sleeping.
 */
class SandboxFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(10);

  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-22T09:00:00Z"));
  private final Harness harness = new Harness();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final VoipbinSandbox voipbin = VoipbinSandbox.builder().clock(clock).tokenLifetime(Duration.ofMinutes(10)).start();

  @AfterEach
  void noExpiredTokenNoViolationNoLeak() {
    assertThat(voipbin.traffic().expiredTokens()).as("requests with an expired token").isZero();
    assertThat(voipbin.traffic().violations()).isEmpty();
    voipbin.close();
    harness.close();
  }

  private VoipbinClient passwordClient(TokenPolicy policy, Duration callTimeout) {
    return VoipbinClient.builder().baseUrl(voipbin.baseUrl()).clock(clock)
        .okHttpClient(harness.http(callTimeout))
        .credentials(VoipbinCredentials.password(voipbin.username(), voipbin.password()))
        .tokenPolicy(policy)
        .loginRetry(LoginRetry.builder().sleeper(d -> {
          waits.add(d);
          clock.advance(d);
        }).build())
        .retryPolicy(RetryPolicy.builder().sleeper(d -> {
          waits.add(d);
          clock.advance(d);
        }).build())
        .build();
  }

  private VoipbinClient passwordClient() {
    return passwordClient(TokenPolicy.builder().jitter(false).waitTimeout(Duration.ofSeconds(5)).build(),
        Duration.ofSeconds(5));
  }

  private static CreateCallRequest callTo(String number) {
    return new CreateCallRequest()
        .source(new Address().type(Address.TypeEnum.TEL).target("+14155550100"))
        .destinations(List.of(new Address().type(Address.TypeEnum.TEL).target(number)))
        .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.TALK).option(Map.of("text", "hi"))));
  }

  // ---- The login endpoint -------------------------------------------------------------------------------------------

  @Test
  void loginDownFailsWithLoginUnavailableAfterThreeAttemptsSendsNoApiCallAndRecoversOnceUp() {
    CallsApi calls = passwordClient().create(CallsApi.class);
    voipbin.faults().loginDown();

    Harness.Outcome<CallList> down = bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null)));
    assertThat(down.failure()).isInstanceOf(LoginUnavailableException.class);
    assertThat(voipbin.traffic().count("login")).isEqualTo(3);
    assertThat(voipbin.traffic().count("listCalls")).isZero();

    voipbin.faults().loginUp();
    clock.advance(Duration.ofSeconds(61)); // past the longest backoff after a recoverable login failure
    Harness.Outcome<CallList> up = bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null)));
    assertThat(up.succeeded()).as("%s", up).isTrue();
    assertThat(voipbin.traffic().logins()).isEqualTo(1);
  }

  @Test
  void aStalledLoginFailsTheWaiterWithAuthTimeoutWithinTheBoundAndALaterCallUsesThatLoginsToken() {
    CallsApi calls = passwordClient(TokenPolicy.builder().jitter(false).waitTimeout(Duration.ofMillis(300)).build(),
        Duration.ofSeconds(5)).create(CallsApi.class);
    voipbin.faults().loginStall(Duration.ofMillis(1500));

    Harness.Outcome<CallList> stalled = bounded(Duration.ofSeconds(2), () -> VoipbinErrors.execute(calls.listCalls(10, null)));
    assertThat(stalled.failure()).isInstanceOf(AuthTimeoutException.class);
    assertThat(stalled.took()).isLessThan(Duration.ofMillis(1500));

    voipbin.faults().clear();
    Harness.Outcome<CallList> later = bounded(BOUND, () -> {
      // The stalled login is still the one in flight; wait for it (bounded) rather than hammering the endpoint.
      for (int attempt = 0; ; attempt++) {
        try {
          return VoipbinErrors.execute(calls.listCalls(10, null));
        } catch (AuthTimeoutException e) {
          if (attempt == 20) {
            throw e;
          }
        }
      }
    });
    assertThat(later.succeeded()).as("%s", later).isTrue();
    assertThat(voipbin.traffic().count("login")).as("one login, shared").isEqualTo(1);
  }

  @Test
  void loginServerErrorsAreRetriedWithinTheLoginBudget() {
    CallsApi calls = passwordClient().create(CallsApi.class);
    voipbin.faults().on("login").serverErrors(2, 500);

    Harness.Outcome<CallList> outcome = bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null)));
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    assertThat(voipbin.traffic().count("login")).isEqualTo(3);
    assertThat(voipbin.traffic().logins()).isEqualTo(1);
  }

  @Test
  void aLogin429IsWaitedOutWhenShortAndFailsFastAsRateLimitedWhenLong() {
    CallsApi calls = passwordClient().create(CallsApi.class);
    voipbin.faults().on("login").rateLimit(1, Duration.ofSeconds(2));
    Harness.Outcome<CallList> shortWait = bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null)));
    assertThat(shortWait.succeeded()).as("%s", shortWait).isTrue();
    assertThat(waits).contains(Duration.ofSeconds(2));

    CallsApi other = passwordClient().create(CallsApi.class);
    voipbin.faults().on("login").rateLimit(1, Duration.ofSeconds(120));
    Harness.Outcome<CallList> longWait = bounded(BOUND, () -> VoipbinErrors.execute(other.listCalls(10, null)));
    assertThat(longWait.failure()).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
    assertThat(voipbin.traffic().count("login")).isEqualTo(3);
    assertThat(voipbin.traffic().count("listCalls")).isEqualTo(1);
  }

  // ---- The API ------------------------------------------------------------------------------------------------------

  @Test
  void aBurstOf5xxOnAReadIsRetriedAndALongerBurstEndsAsTheTypedServerFailure() {
    CallsApi calls = passwordClient().create(CallsApi.class);
    voipbin.faults().on("listCalls").serverErrors(2);
    assertThat(bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null))).succeeded()).isTrue();
    assertThat(voipbin.traffic().count("listCalls")).isEqualTo(3);

    voipbin.faults().on("listCalls").serverErrors(5, 502);
    Harness.Outcome<CallList> burst = bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null)));
    assertThat(burst.failure()).isInstanceOfSatisfying(VoipbinApiException.ServerFailure.class,
        e -> assertThat(e.status()).isEqualTo(502));
    assertThat(voipbin.traffic().count("listCalls")).isEqualTo(6); // three more attempts, then the answer
  }

  @Test
  void aRetryAfterLongerThanTheCallTimeoutIsNotWaitedForTheCallEndsWithinItsTimeoutAsTheTypedRateLimit() {
    // The default, real sleeper: waiting out Retry-After: 20 (under the 30-s cap) would hold the call 20 s past
    // its 2-s timeout, since a sleep is not interrupted when the call times out.
    CallsApi calls = VoipbinClient.builder().baseUrl(voipbin.baseUrl()).clock(clock)
        .okHttpClient(harness.http(Duration.ofSeconds(2)))
        .credentials(VoipbinCredentials.password(voipbin.username(), voipbin.password()))
        .retryPolicy(RetryPolicy.defaults())
        .build().create(CallsApi.class);
    voipbin.faults().on("listCalls").rateLimit(1, Duration.ofSeconds(20));

    Harness.Outcome<CallList> limited = bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null)));

    assertThat(limited.failure()).isInstanceOfSatisfying(VoipbinApiException.RateLimited.class,
        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(20)));
    assertThat(limited.took()).isLessThan(Duration.ofSeconds(2));
    assertThat(voipbin.traffic().count("listCalls")).isEqualTo(1);
  }

  @Test
  void placingACallIsNeverSentTwiceUnder5xxOr429() {
    CallsApi calls = passwordClient().create(CallsApi.class);
    voipbin.faults().on("createCall").serverErrors(1);
    assertThat(bounded(BOUND, () -> VoipbinErrors.execute(calls.createCall(callTo("+14155550001")))).failure())
        .isInstanceOf(VoipbinApiException.ServerFailure.class);
    voipbin.faults().on("createCall").rateLimit(2, Duration.ofSeconds(1));
    assertThat(bounded(BOUND, () -> VoipbinErrors.execute(calls.createCall(callTo("+14155550002")))).failure())
        .isInstanceOf(VoipbinApiException.RateLimited.class);
    assertThat(bounded(BOUND, () -> VoipbinErrors.execute(calls.createCall(callTo("+14155550003")))).failure())
        .isInstanceOf(VoipbinApiException.RateLimited.class);

    assertThat(voipbin.traffic().count("createCall")).as("one request per call made").isEqualTo(3);
    assertThat(waits).as("no retry wait for a POST").isEmpty();
  }

  @Test
  void aBodyCutInHalfIsAnIoExceptionAndIsNotReplayedForAPost() {
    CallsApi calls = passwordClient().create(CallsApi.class);
    voipbin.faults().on("listCalls").malformedBodies(1);
    Harness.Outcome<CallList> list = bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null)));
    assertThat(list.failure()).isInstanceOf(IOException.class);

    voipbin.faults().on("createCall").malformedBodies(1);
    assertThat(bounded(BOUND, () -> VoipbinErrors.execute(calls.createCall(callTo("+14155550004")))).failure())
        .isInstanceOf(IOException.class);
    assertThat(voipbin.traffic().count("createCall")).isEqualTo(1);
    // The call was placed: the body was cut, not the action. Reading back shows it.
    assertThat(bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null))).value().getResult()).hasSize(1);
  }

  @Test
  void tokensThatExpireBetweenCallsAreNeverSentTheClientLogsInFirst() {
    CallsApi calls = passwordClient().create(CallsApi.class);
    for (int i = 0; i < 5; i++) {
      assertThat(bounded(BOUND, () -> VoipbinErrors.execute(calls.listCalls(10, null))).succeeded()).isTrue();
      clock.advance(Duration.ofMinutes(10).plusSeconds(1)); // past the sandbox lifetime
    }
    assertThat(voipbin.traffic().logins()).isEqualTo(5);
    assertThat(voipbin.traffic().unauthorized()).isZero();
  }

  // ---- The other vendors --------------------------------------------------------------------------------------------

  @Test
  void vobizPlacingACallUnder5xxAnd429IsSentOnceAndThePartnerLoginDownIsLoginUnavailable() {
    try (VobizSandbox vobiz = VobizSandbox.builder().clock(clock).customer("MA_ABCDEF1234", "reliability-token-1").start()) {
      VobizClient client = VobizClient.builder().baseUrl(vobiz.baseUrl()).clock(clock)
          .okHttpClient(harness.http(Duration.ofSeconds(5)))
          .credentials(VobizCredentials.partnerLogin(vobiz.partnerAuthId(), vobiz.partnerAuthToken(),
              vobiz.partnerEmail(), vobiz.partnerPassword()))
          .loginRetry(LoginRetry.builder().sleeper(clock::advance).build())
          .retryPolicy(RetryPolicy.builder().sleeper(clock::advance).build())
          .build();
      VobizClient.CustomerScope acme = client.customer(VobizCredentials.customer("MA_ABCDEF1234", "reliability-token-1"));
      io.cpaaskit.vobiz.voice.api.CallsApi calls = acme.create(io.cpaaskit.vobiz.voice.api.CallsApi.class);
      MakeCallRequest request = new MakeCallRequest().from("919876543210").to("+14155550100")
          .answerUrl("https://example.com/answer").answerMethod(MakeCallRequest.AnswerMethodEnum.POST);

      vobiz.faults().on("makeCall").serverErrors(1);
      assertThat(bounded(BOUND, () -> client.execute(calls.makeCall(acme.authId(), request))).failure())
          .isInstanceOf(VobizApiException.ServerFailure.class);
      vobiz.faults().on("makeCall").rateLimit(1, Duration.ofSeconds(1));
      assertThat(bounded(BOUND, () -> client.execute(calls.makeCall(acme.authId(), request))).failure())
          .isInstanceOf(VobizApiException.RateLimited.class);
      assertThat(bounded(BOUND, () -> client.execute(calls.makeCall(acme.authId(), request))).succeeded()).isTrue();
      assertThat(vobiz.traffic().count("makeCall")).isEqualTo(3);

      vobiz.faults().loginDown();
      assertThat(bounded(BOUND, () -> client.execute(client.partner()
          .create(io.cpaaskit.vobiz.partner.api.PartnersApi.class).getPartnerProfile())).failure())
          .isInstanceOf(LoginUnavailableException.class);
      assertThat(vobiz.traffic().count("partnerLogin")).isEqualTo(3);
      assertThat(vobiz.traffic().expiredTokens()).isZero();
      assertThat(vobiz.traffic().violations()).isEmpty();
    }
  }

  @Test
  void zipteamsBatchIngestionUnder5xxIsSentOnceAndEndsAsTheTypedServerFailure() {
    try (ZipteamsSandbox zipteams = ZipteamsSandbox.builder().clock(clock).start()) {
      ZipteamsClient client = ZipteamsClient.builder().baseUrl(zipteams.baseUrl())
          .customerIngestionUrl(zipteams.customerIngestionUrl())
          .okHttpClient(harness.http(Duration.ofSeconds(5)))
          .credentials(ZipteamsCredentials.partner(zipteams.apiKey(), zipteams.apiSecret(), "acme", "sales"))
          .retryPolicy(RetryPolicy.builder().sleeper(clock::advance).build())
          .build();
      BatchCallRequest batch = Harness.zipteamsBatch("call-1");
      zipteams.faults().serverErrors(4);

      assertThat(bounded(BOUND, () -> ZipteamsErrors.execute(client.create(PartnerCallsApi.class).ingestCallBatch(batch)))
          .failure()).isInstanceOf(ZipteamsApiException.ServerFailure.class);
      assertThat(zipteams.traffic().count("ingestCallBatch")).isEqualTo(1);
      assertThat(zipteams.ingestedCallIds("acme", "sales")).isEmpty();
      assertThat(zipteams.traffic().violations()).isEmpty();
    }
  }
}
