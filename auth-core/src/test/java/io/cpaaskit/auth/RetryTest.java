package io.cpaaskit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.core.retrofit.SpecOperation;
import io.cpaaskit.testing.FakeClock;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;

class RetryTest {
  private static final MediaType JSON = MediaType.get("application/json");

  interface Api {
    @SpecOperation(id = "getThing", security = {"key"})
    @GET("thing")
    Call<ResponseBody> get();

    @SpecOperation(id = "putThing", security = {"key"})
    @PUT("thing")
    Call<ResponseBody> put(@Body RequestBody body);

    @SpecOperation(id = "deleteThing", security = {"key"})
    @DELETE("thing")
    Call<ResponseBody> delete();

    @SpecOperation(id = "makeCall", security = {"key"})
    @POST("calls")
    Call<ResponseBody> placeCall(@Body RequestBody body);

    @SpecOperation(id = "createActiveflow", security = {"key"}, retrySafe = true)
    @POST("activeflows")
    Call<ResponseBody> startFlow(@Body RequestBody body);
  }

  private final FakeClock clock = new FakeClock();
  private final MockWebServer server = new MockWebServer();
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Api api(RetryPolicy.Builder policy) {
    return api(policy, new OkHttpClient());
  }

  private Api api(RetryPolicy.Builder policy, OkHttpClient base) {
    RetryPolicy retries = policy.random(() -> 0.5).sleeper(d -> {
      sleeps.add(d);
      clock.advance(d);
    }).build();
    RequestAuth key = RequestAuth.staticHeaders(Set.of("key"), Map.of("X-Key", Secret.of("key", "k1")));
    OkHttpClient api = AuthWiring.apiClient(base, "Test", List.of(key), HttpLogging.none(), retries, clock);
    return io.cpaaskit.core.retrofit.SpecRetrofit.newBuilder(server.url("/").toString(), api).build().create(Api.class);
  }

  private Api api() {
    return api(RetryPolicy.builder());
  }

  private void enqueue(int code, String... headers) {
    MockResponse.Builder builder = new MockResponse.Builder().code(code).body("{}");
    for (int i = 0; i < headers.length; i += 2) {
      builder.setHeader(headers[i], headers[i + 1]);
    }
    server.enqueue(builder.build());
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {408, 429, 502, 503, 504})
  void idempotentRequestIsRetriedOnTransientStatusesWithBackoff(int status) throws Exception {
    enqueue(status);
    enqueue(status);
    enqueue(200);
    Response<ResponseBody> response = api().get().execute();
    assertThat(response.code()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(3);
    // Full jitter (random pinned at 0.5) under caps of 0.5 s and 1 s.
    assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void retryBudgetEndsWithTheLastAnswer() throws Exception {
    enqueue(503);
    enqueue(503);
    enqueue(503);
    assertThat(api().delete().execute().code()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void otherErrorsAreNotRetried() throws Exception {
    enqueue(500);
    assertThat(api().get().execute().code()).isEqualTo(500);
    enqueue(404);
    assertThat(api().get().execute().code()).isEqualTo(404);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void retryAfterInSecondsAndAsHttpDateIsHonoured() throws Exception {
    enqueue(429, "Retry-After", "3");
    enqueue(200);
    api().get().execute().body().close();
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
    enqueue(503, "Retry-After", date);
    enqueue(200);
    api().get().execute().body().close();
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAboveTheCapReturnsTheAnswerAtOnce() throws Exception {
    enqueue(429, "Retry-After", "600");
    Response<ResponseBody> response = api().get().execute();
    assertThat(response.code()).isEqualTo(429);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  private Api apiWithCallTimeout(Duration callTimeout) {
    return api(RetryPolicy.builder(), new OkHttpClient.Builder().callTimeout(callTimeout).build());
  }

  @Test
  void aRetryAfterThatWouldOutlastTheCallTimeoutIsNotWaitedForAndTheAnswerComesBackAtOnce() throws Exception {
    enqueue(429, "Retry-After", "5");
    enqueue(200);
    Response<ResponseBody> response = apiWithCallTimeout(Duration.ofSeconds(5)).get().execute();
    assertThat(response.code()).isEqualTo(429);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void backoffStopsAtTheFirstPauseThatWouldPassTheCallTimeout() throws Exception {
    enqueue(503);
    enqueue(503);
    enqueue(200);
    // Pauses of 250 ms and then 500 ms: the second would end at 750 ms, past a 600-ms call timeout.
    assertThat(apiWithCallTimeout(Duration.ofMillis(600)).get().execute().code()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void theSameRetriesAreTakenWhenTheCallTimeoutLeavesRoomForThem() throws Exception {
    enqueue(503);
    enqueue(503);
    enqueue(200);
    assertThat(apiWithCallTimeout(Duration.ofMillis(800)).get().execute().code()).isEqualTo(200);
    assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void aDroppedConnectionIsNotRetriedWhenTheBackoffWouldPassTheCallTimeout() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    enqueue(200);
    assertThatThrownBy(() -> apiWithCallTimeout(Duration.ofMillis(200)).get().execute()).isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void callPlacingPostIsNeverRetried() throws Exception {
    enqueue(503);
    enqueue(200);
    Response<ResponseBody> response = api().placeCall(RequestBody.create("{\"to\":\"+1\"}", JSON)).execute();
    assertThat(response.code()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void postTheSpecMarksRetrySafeIsRetriedWithTheSameBody() throws Exception {
    enqueue(502);
    enqueue(200);
    api().startFlow(RequestBody.create("{\"id\":\"af-1\"}", JSON)).execute().body().close();
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getBody().utf8()).isEqualTo("{\"id\":\"af-1\"}");
    assertThat(second.getBody().utf8()).isEqualTo(first.getBody().utf8());
    assertThat(second.getHeaders().get("X-Key")).isEqualTo("k1"); // each attempt is signed again
  }

  @Test
  void eachOperationKeepsItsOwnRetryDecisionOnOneClient() throws Exception {
    // The decision is worked out once per generated method: the marked and the unmarked POST must not share it.
    Api api = api();
    for (int round = 0; round < 2; round++) {
      enqueue(503);
      assertThat(api.placeCall(RequestBody.create("{}", JSON)).execute().code()).isEqualTo(503);
      enqueue(502);
      enqueue(200);
      assertThat(api.startFlow(RequestBody.create("{}", JSON)).execute().code()).isEqualTo(200);
    }
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void connectionDroppedBeforeTheAnswerIsRetriedForIdempotentRequestsOnly() throws Exception {
    // The server reads the request, then drops the connection: the case where a repeated POST could act twice.
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    enqueue(200);
    assertThat(api().put(RequestBody.create("{}", JSON)).execute().code()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);

    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    enqueue(200);
    assertThatThrownBy(() -> api().placeCall(RequestBody.create("{\"to\":\"+1\"}", JSON)).execute())
        .isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(3); // the POST went out exactly once
  }

  @Test
  void retriesCanBeSwitchedOff() throws Exception {
    enqueue(503);
    assertThat(api(RetryPolicy.builder().maxRetries(0)).get().execute().code()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
