package io.cpaaskit.auth;

import io.cpaaskit.core.http.Redaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.testing.FakeClock;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

class AuthWiringTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonAdapter<Map<String, Object>> MAP =
      LenientJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final FakeClock clock = new FakeClock();
  private final AuthServer vendor = new AuthServer(clock);
  private final MockWebServer server = new MockWebServer();
  private final MockWebServer otherHost = new MockWebServer();
  private final List<Duration> sleeps = new ArrayList<>();
  private final OkHttpClient base = new OkHttpClient.Builder().callTimeout(20, TimeUnit.SECONDS).build();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(vendor);
    server.start();
    otherHost.start();
  }

  @AfterEach
  void stop() {
    server.close();
    otherHost.close();
  }

  private LoginRetry retry() {
    return LoginRetry.builder()
        .random(() -> 0.0)
        .sleeper(duration -> {
          sleeps.add(duration);
          clock.advance(duration);
        })
        .build();
  }

  private TokenManager tokens(Duration loginCallTimeout, TokenPolicy policy) {
    OkHttpClient loginClient = AuthWiring.loginClient(base, HttpLogging.none(), loginCallTimeout);
    LoginRetry retry = retry();
    TokenLogin once = () -> {
      Request request =
          new Request.Builder()
              .url(server.url("/api/login"))
              .post(RequestBody.create("{\"user\":\"alice\",\"password\":\"hunter2\"}", JSON))
              .build();
      try (okhttp3.Response response = loginClient.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw LoginFailures.forStatus("test login", response.code(), response.header("Retry-After"), Redaction.url(request.url()), clock);
        }
        Map<String, Object> body = MAP.fromJson(response.body().string());
        long millis = (long) (((Number) body.get("expires_in")).doubleValue() * 1000);
        return AccessToken.bearer((String) body.get("token"), clock.instant(), Duration.ofMillis(millis));
      } catch (AuthenticationException e) {
        throw e;
      } catch (IOException e) {
        throw LoginFailures.forTransport("test login", e);
      }
    };
    return TokenManager.builder("test login", () -> retry.run(once)).clock(clock).random(() -> 0.0).policy(policy).build();
  }

  private TokenManager tokens() {
    return tokens(Duration.ofSeconds(10), TokenPolicy.builder().jitter(false).waitTimeout(Duration.ofSeconds(10)).build());
  }

  private TestApi api(RequestAuth... auths) {
    return api(base, auths);
  }

  private TestApi api(OkHttpClient client, RequestAuth... auths) {
    return AuthenticatedRetrofit.create(server.url("/api/").toString(), client, "TestVendor", List.of(auths), HttpLogging.none())
        .create(TestApi.class);
  }

  private static RequestAuth keyPair(String secret) {
    return RequestAuth.staticHeaders(
        Set.of("keyId", "keySecret"), Map.of("X-Key-Id", Secret.of("keyId", "KEY1"), "X-Key-Secret", Secret.of("keySecret", secret)));
  }

  @Test
  void sixtyFourAsyncCallsRejectedTogetherShareOneLoginAndAllFinish() throws Exception {
    TokenManager tokens = tokens();
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens));
    assertThat(api.getThing().execute().code()).isEqualTo(200);
    vendor.revokeAll(); // the server drops tok-1: every call below carries it and gets 401 together

    CountDownLatch done = new CountDownLatch(64);
    ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < 64; i++) {
      api.getThing().enqueue(new Callback<>() {
        @Override
        public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
          outcomes.add(response.code());
          response.body().close();
          done.countDown();
        }

        @Override
        public void onFailure(Call<ResponseBody> call, Throwable t) {
          outcomes.add(t);
          done.countDown();
        }
      });
    }
    assertThat(done.await(20, TimeUnit.SECONDS)).as("no deadlock on the dispatcher").isTrue();
    assertThat(outcomes).hasSize(64).allMatch(outcome -> outcome.equals(200));
    assertThat(vendor.logins).hasValue(2);
  }

  @Test
  void secondRejectionSurfacesThe401WithoutALoop() throws Exception {
    TokenManager tokens = tokens();
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens));
    vendor.rejectEverything = true;
    Response<ResponseBody> response = api.getThing().execute();
    assertThat(response.code()).isEqualTo(401);
    assertThat(vendor.logins).hasValue(2); // the first login, then exactly one re-login
    assertThat(vendor.apiRequests).hasValue(2);
  }

  @Test
  void loginEndpointAnswering401IsFinalAndDoesNotRecurse() {
    vendor.loginOverride.set(() -> AuthServer.json(401, "{\"error\":\"invalid_credentials\",\"message\":\"bad password\"}"));
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens()));
    assertThatThrownBy(() -> api.getThing().execute())
        .isInstanceOf(InvalidCredentialsException.class)
        .hasMessageContaining("HTTP 401");
    assertThat(vendor.logins).hasValue(1);
    assertThat(vendor.apiRequests).hasValue(0);
  }

  @Test
  void replayableBodyIsResentOnceWithTheSameBytesAfterA401() throws Exception {
    TokenManager tokens = tokens();
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens));
    api.getThing().execute().body().close();
    vendor.revokeAll();
    Response<ResponseBody> response = api.createThing(RequestBody.create("{\"name\":\"x\"}", JSON)).execute();
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().string()).contains("\"token\":\"tok-2\"").contains("{'name':'x'}");
    assertThat(vendor.apiRequests).hasValue(3);
  }

  @Test
  void oneShotBodyIsNotReplayedAfterA401() throws Exception {
    TokenManager tokens = tokens();
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens));
    api.getThing().execute().body().close();
    vendor.revokeAll();
    RequestBody oneShot = new RequestBody() {
      @Override
      public MediaType contentType() {
        return JSON;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("{\"stream\":true}");
      }

      @Override
      public boolean isOneShot() {
        return true;
      }
    };
    Response<ResponseBody> response = api.createThing(oneShot).execute();
    assertThat(response.code()).isEqualTo(401);
    assertThat(vendor.apiRequests).hasValue(2);
    // The rejected token was invalidated, so the next call logs in instead of failing again.
    assertThat(api.getThing().execute().code()).isEqualTo(200);
    assertThat(vendor.logins).hasValue(2);
  }

  @Test
  void failedReauthenticationReleasesTheConnection() throws Exception {
    TokenManager tokens = tokens();
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens));
    api.getThing().execute().body().close();
    vendor.revokeAll();
    vendor.loginOverride.set(() -> AuthServer.json(401, "{\"error\":\"invalid_credentials\"}"));
    assertThatThrownBy(() -> api.getThing().execute()).isInstanceOf(InvalidCredentialsException.class);
    // Nothing is left checked out: every pooled connection is idle again.
    assertThat(base.connectionPool().connectionCount()).isEqualTo(base.connectionPool().idleConnectionCount());
  }

  @Test
  void staticKeyRejectedWith401BecomesATypedErrorAndIsNotRetried() {
    TestApi api = api(keyPair("wrong-secret"));
    assertThatThrownBy(() -> api.keyed().execute())
        .isInstanceOf(InvalidApiKeyException.class)
        .hasMessageContaining("keyedThing")
        .hasMessageNotContaining("wrong-secret");
    assertThat(vendor.apiRequests).hasValue(1);
  }

  @Test
  void operationWithoutSecurityCarriesNoCredential() throws Exception {
    TestApi api = api(keyPair("good-secret"), RequestAuth.staticQuery(Set.of("accessKey"), "accesskey", Secret.of("accessKey", "vb_key")));
    api.login(RequestBody.create("{}", JSON)).execute().body().close();
    RecordedRequest login = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(login.getHeaders().names()).doesNotContain("X-Key-Id", "X-Key-Secret", "Authorization");
    assertThat(login.getUrl().queryParameterNames()).isEmpty();
  }

  @Test
  void credentialGoesWhereItsSchemeSaysAndIsChosenPerOperation() throws Exception {
    TestApi api = api(keyPair("good-secret"), RequestAuth.staticQuery(Set.of("accessKey"), "accesskey", Secret.of("accessKey", "vb_key")));
    api.keyed().execute().body().close();
    api.queried().execute().body().close();
    RecordedRequest keyed = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest queried = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(keyed.getHeaders().get("X-Key-Secret")).isEqualTo("good-secret");
    assertThat(keyed.getUrl().queryParameter("accesskey")).isNull();
    assertThat(queried.getUrl().queryParameter("accesskey")).isEqualTo("vb_key");
    assertThat(queried.getHeaders().get("X-Key-Secret")).isNull();
  }

  @Test
  void operationThatDoesNotAcceptTheCredentialFailsBeforeSending() {
    TestApi api = api(keyPair("good-secret"));
    assertThatThrownBy(() -> api.createThing(RequestBody.create("{}", JSON)).execute())
        .isInstanceOf(CredentialNotAcceptedException.class)
        .hasMessageContaining("createThing")
        .hasMessageContaining("[bearer]");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void crossOriginRedirectDropsEveryCredentialWeAdded() throws Exception {
    vendor.loginOverride.set(null);
    MockResponse redirect =
        new MockResponse.Builder().code(307).setHeader("Location", otherHost.url("/elsewhere?accesskey=vb_key")).build();
    server.setDispatcher(new mockwebserver3.QueueDispatcher());
    server.enqueue(redirect);
    otherHost.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    TestApi api = api(keyPair("good-secret"), RequestAuth.staticQuery(Set.of("accessKey"), "accesskey", Secret.of("accessKey", "vb_key")));
    assertThat(api.redirecting().execute().code()).isEqualTo(200);
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest followed = otherHost.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getHeaders().get("X-Key-Secret")).isEqualTo("good-secret");
    assertThat(followed.getHeaders().names()).doesNotContain("X-Key-Id", "X-Key-Secret", "Authorization");
    assertThat(followed.getUrl().queryParameterNames()).doesNotContain("accesskey");
  }

  @Test
  void loginRateLimitedWaitsForRetryAfterInSeconds() throws Exception {
    List<MockResponse> answers = new ArrayList<>(List.of(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build()));
    vendor.loginOverride.set(() -> answers.isEmpty() ? null : answers.remove(0));
    wrapLoginOverrideToFallThrough();
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens()));
    assertThat(api.getThing().execute().code()).isEqualTo(200);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    assertThat(vendor.logins).hasValue(2);
  }

  @Test
  void loginRateLimitedWaitsForRetryAfterAsAnHttpDate() throws Exception {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(5).atOffset(ZoneOffset.UTC));
    List<MockResponse> answers = new ArrayList<>(List.of(
        new MockResponse.Builder().code(429).setHeader("Retry-After", date).build()));
    vendor.loginOverride.set(() -> answers.isEmpty() ? null : answers.remove(0));
    wrapLoginOverrideToFallThrough();
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens()));
    assertThat(api.getThing().execute().code()).isEqualTo(200);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void loginRetryAfterAboveTheCapFailsFastAndIsNotReadAsBadCredentials() {
    vendor.loginOverride.set(() -> new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens()));
    assertThatThrownBy(() -> api.getThing().execute())
        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)))
        .isNotInstanceOf(InvalidCredentialsException.class);
    assertThat(sleeps).isEmpty();
    assertThat(vendor.logins).hasValue(1);
  }

  @Test
  void loginAnswerItDoesNotUnderstandIsNotRetriedAndRedirectsAreNotFollowed() {
    vendor.loginOverride.set(() -> new MockResponse.Builder().code(307).setHeader("Location", otherHost.url("/steal")).build());
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens()));
    assertThatThrownBy(() -> api.getThing().execute())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("HTTP 307");
    assertThat(vendor.logins).hasValue(1);
    assertThat(otherHost.getRequestCount()).isZero();
    assertThat(sleeps).isEmpty();
  }

  @Test
  void stalledLoginEndpointFailsTheCallAfterTheBoundAndALaterCallSucceeds() throws Exception {
    CountDownLatch stall = new CountDownLatch(1);
    vendor.loginGate = stall;
    TokenManager tokens =
        tokens(Duration.ofMillis(400),
            TokenPolicy.builder().jitter(false).waitTimeout(Duration.ofMillis(100)).build());
    TestApi api = api(RequestAuth.bearer(Set.of("bearer"), tokens));
    assertThatThrownBy(() -> api.getThing().execute()).isInstanceOf(AuthTimeoutException.class);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (tokens.loginInFlight() && System.nanoTime() < deadline) {
      Thread.onSpinWait(); // the stalled login ends at its own call timeout, and clears the slot
    }
    assertThat(tokens.loginInFlight()).isFalse();
    vendor.loginGate = null;
    stall.countDown();
    clock.advance(Duration.ofMinutes(1)); // past any backoff
    assertThat(api.getThing().execute().code()).isEqualTo(200);
  }

  @Test
  void aCallWhoseTimeoutIsShorterThanTheLoginWaitEndsAtItInATypedAuthTimeout() throws Exception {
    CountDownLatch stall = new CountDownLatch(1);
    vendor.loginGate = stall;
    TokenManager tokens = tokens(Duration.ofSeconds(20), TokenPolicy.builder().jitter(false).build()); // waits 16 s
    TestApi api = api(base.newBuilder().callTimeout(Duration.ofSeconds(2)).build(), RequestAuth.bearer(Set.of("bearer"), tokens));
    long start = System.nanoTime();
    try {
      // Typed, so the wait gave up before OkHttp's timeout fired (that would have been a bare InterruptedIOException).
      assertThatThrownBy(() -> api.getThing().execute())
          .isInstanceOf(AuthTimeoutException.class)
          .hasMessageContaining("what was left of the call's timeout");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not the 16-s policy wait").isLessThan(Duration.ofSeconds(3));
    } finally {
      vendor.loginGate = null;
      stall.countDown();
    }
  }

  /** A login override that returns null falls through to the normal token issue. */
  private void wrapLoginOverrideToFallThrough() {
    var inner = vendor.loginOverride.get();
    AuthServer fallback = vendor;
    vendor.loginOverride.set(null);
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getUrl().encodedPath().endsWith("/login")) {
          MockResponse answer = inner.get();
          if (answer != null) {
            fallback.logins.incrementAndGet();
            return answer;
          }
        }
        return fallback.dispatch(request);
      }
    });
  }
}
