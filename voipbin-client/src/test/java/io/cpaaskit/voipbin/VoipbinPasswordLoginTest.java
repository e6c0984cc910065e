package io.cpaaskit.voipbin;

import static io.cpaaskit.voipbin.TestKit.PASSWORD;
import static io.cpaaskit.voipbin.TestKit.USERNAME;
import static io.cpaaskit.voipbin.TestKit.assertNoSecrets;
import static io.cpaaskit.voipbin.TestKit.jwt;
import static io.cpaaskit.voipbin.TestKit.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.moshi.Types;
import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.voipbin.api.AccessKeyOnlyTestApi;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.Agent;
import io.cpaaskit.voipbin.model.CallList;
import io.cpaaskit.voipbin.model.SignupRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** A password login end to end: one login, Bearer JWT, renewal at expiry and after a 401, wrong passwords. */
class VoipbinPasswordLoginTest {
  private static final String CALLS = "/v1.0/calls";
  private static final String LOGIN = "/auth/login";
  private static final String EMPTY_PAGE = "{\"result\":[],\"next_page_token\":\"\"}";

  private final FakeClock clock = new FakeClock();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final List<Duration> skews = new CopyOnWriteArrayList<>();
  private FakeVoipbin voipbin;
  private VoipbinClient client;
  private CallsApi calls;

  @BeforeEach
  void start() {
    voipbin = FakeVoipbin.start();
    client =
        VoipbinClient.builder()
            .baseUrl(voipbin.baseUrl())
            .credentials(VoipbinCredentials.password(USERNAME, PASSWORD))
            .clock(clock)
            .tokenPolicy(TestKit.policy())
            .loginRetry(TestKit.retry(clock, sleeps))
            .tokenListener(
                new TokenListener() {
                  @Override
                  public void clockSkew(Duration skew) {
                    skews.add(skew);
                  }
                })
            .httpLogging(HttpLogging.level(HttpLogging.Level.BODY).sink(log::add))
            .build();
    calls = client.create(CallsApi.class);
  }

  @AfterEach
  void stop() {
    voipbin.close();
    assertNoSecrets(log, client);
  }

  /** A login answer whose JWT states {@code expire}; the signature carries the canary. */
  private String login(Instant expire, int n) {
    String token = jwt("agent", expire, "CANARY-jwt-" + n);
    voipbin.enqueue(LOGIN, 200, "{\"username\":\"" + USERNAME + "\",\"token\":\"" + token + "\"}");
    return token;
  }

  private List<String> bearers() {
    List<String> seen = new ArrayList<>();
    for (RecordedRequest request : voipbin.requests(CALLS)) {
      seen.add(request.getHeaders().get("Authorization"));
    }
    return seen;
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void firstCallLogsInOnceThenSendsTheJwtAsBearer(boolean async) throws Exception {
    String token = login(clock.instant().plus(Duration.ofDays(7)), 1);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);

    assertThat(send(calls.listCalls(null, null), async).code()).isEqualTo(200);
    assertThat(send(calls.listCalls(null, null), async).code()).isEqualTo(200);

    List<RecordedRequest> logins = voipbin.requests(LOGIN);
    assertThat(logins).hasSize(1);
    RecordedRequest login = logins.get(0);
    assertThat(login.getMethod()).isEqualTo("POST");
    assertThat(login.getUrl().querySize()).isZero();
    assertThat(login.getHeaders().get("Authorization")).isNull();
    Map<String, Object> body =
        LenientJson.moshi().<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
            .fromJson(TestKit.body(login));
    assertThat(body).containsEntry("username", USERNAME).containsEntry("password", PASSWORD);
    assertThat(bearers()).containsExactly("Bearer " + token, "Bearer " + token);
    for (RecordedRequest request : voipbin.requests(CALLS)) {
      assertThat(request.getUrl().queryParameter("token")).isNull();
      assertThat(request.getUrl().queryParameter("accesskey")).isNull();
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void operationsWithoutSecurityCarryNoCredentialEvenWithATokenAtHand(boolean async) throws Exception {
    login(clock.instant().plus(Duration.ofDays(7)), 1);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    voipbin.enqueue("/auth/signup", 200, "{}");
    send(calls.listCalls(null, null), async);

    assertThat(send(client.create(AuthApi.class).signup(new SignupRequest().email("new@example.com").acceptedTos(true)), async).code())
        .isEqualTo(200);

    RecordedRequest signup = voipbin.requests("/auth/signup").get(0);
    assertThat(signup.getHeaders().get("Authorization")).isNull();
    assertThat(signup.getUrl().querySize()).isZero();
    assertThat(voipbin.requests(LOGIN)).hasSize(1);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void getMeAcceptsTheJwt(boolean async) throws Exception {
    String token = login(clock.instant().plus(Duration.ofDays(7)), 1);
    voipbin.enqueue("/v1.0/me", 200, "{\"id\":\"a1\",\"username\":\"" + USERNAME + "\"}");

    Response<Agent> me = send(client.create(AgentsApi.class).getMe(), async);

    assertThat(me.body().getUsername()).isEqualTo(USERNAME);
    assertThat(voipbin.requests("/v1.0/me").get(0).getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anOperationThatRefusesJwtsFailsBeforeAnythingIsSent(boolean async) {
    CredentialNotAcceptedException refused =
        catchThrowableOfType(
            CredentialNotAcceptedException.class,
            () -> send(client.create(AccessKeyOnlyTestApi.class).accessKeyOnly(), async));

    assertThat(refused).hasMessageContaining("accessKeyOnlyTestOperation").hasMessageContaining("voipbinBearer");
    assertThat(voipbin.all()).as("neither a login nor the call").isEmpty();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void afterTheSevenDayLifetimeTheNextCallLogsInAgainAndNeverSendsTheExpiredJwt(boolean async) throws Exception {
    // The claim says 30 days; the documented 7 days win.
    String first = login(clock.instant().plus(Duration.ofDays(30)), 1);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    send(calls.listCalls(null, null), async);

    clock.advance(Duration.ofDays(7));
    String second = login(clock.instant().plus(Duration.ofDays(7)), 2);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    send(calls.listCalls(null, null), async);

    assertThat(voipbin.requests(LOGIN)).hasSize(2);
    assertThat(bearers()).containsExactly("Bearer " + first, "Bearer " + second);
  }

  @Test
  void aShorterExpireClaimSetsTheLifetime() throws Exception {
    String first = login(clock.instant().plus(Duration.ofHours(2)), 1);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    calls.listCalls(null, null).execute();

    // 2 h lifetime: the 60-minute refresh window starts at 1 h, so at 59 min the JWT is fresh...
    clock.advance(Duration.ofMinutes(59));
    calls.listCalls(null, null).execute();
    assertThat(voipbin.requests(LOGIN)).hasSize(1);

    // ...and at 2 h it has expired, where a 7-day assumption would still send it.
    clock.advance(Duration.ofMinutes(61));
    String second = login(clock.instant().plus(Duration.ofDays(7)), 2);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    calls.listCalls(null, null).execute();

    assertThat(voipbin.requests(LOGIN)).hasSize(2);
    assertThat(bearers()).containsExactly("Bearer " + first, "Bearer " + first, "Bearer " + second);
  }

  @Test
  void theExpireClaimIsCountedFromTheServersDateSoASkewedLocalClockDoesNotMatter() throws Exception {
    // The server's clock runs 10 minutes ahead; its JWT expires 2 h after its own "now".
    Instant serverNow = clock.instant().plus(Duration.ofMinutes(10));
    String first = jwt("agent", serverNow.plus(Duration.ofHours(2)), "CANARY-jwt-1");
    voipbin.enqueue(
        LOGIN,
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(serverNow.atOffset(ZoneOffset.UTC)))
            .body("{\"username\":\"" + USERNAME + "\",\"token\":\"" + first + "\"}")
            .build());
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    calls.listCalls(null, null).execute();

    clock.advance(Duration.ofMinutes(59)); // read against the local clock, expire - now would be 2 h 10 min
    calls.listCalls(null, null).execute();
    clock.advance(Duration.ofMinutes(61));
    String second = login(clock.instant().plus(Duration.ofDays(7)), 2);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);
    calls.listCalls(null, null).execute();

    assertThat(bearers()).containsExactly("Bearer " + first, "Bearer " + first, "Bearer " + second);
    assertThat(skews).containsExactly(Duration.ofMinutes(10));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void a401TriggersExactlyOneReloginAndOneRetry(boolean async) throws Exception {
    String first = login(clock.instant().plus(Duration.ofDays(7)), 1);
    voipbin.enqueue(CALLS, 401, "{\"error\":{\"status\":\"UNAUTHENTICATED\",\"reason\":\"INVALID_CREDENTIALS\"}}");
    String second = login(clock.instant().plus(Duration.ofDays(7)), 2);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);

    Response<CallList> response = send(calls.listCalls(null, null), async);

    assertThat(response.code()).isEqualTo(200);
    assertThat(voipbin.requests(LOGIN)).hasSize(2);
    assertThat(bearers()).containsExactly("Bearer " + first, "Bearer " + second);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aSecond401SurfacesAsTheResponseWithoutALoop(boolean async) throws Exception {
    String first = login(clock.instant().plus(Duration.ofDays(7)), 1);
    voipbin.enqueue(CALLS, 401, "");
    String second = login(clock.instant().plus(Duration.ofDays(7)), 2);
    voipbin.enqueue(CALLS, 401, "");

    Response<CallList> response = send(calls.listCalls(null, null), async);

    assertThat(response.code()).isEqualTo(401);
    assertThat(voipbin.requests(LOGIN)).hasSize(2);
    assertThat(bearers()).containsExactly("Bearer " + first, "Bearer " + second);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aWrongPasswordFailsWithInvalidCredentialsAndABurstMakesOneLoginRequest(boolean async) throws Exception {
    voipbin.enqueue(LOGIN, 400, ""); // VoIPBIN's answer to a wrong password: 400, empty body

    InvalidCredentialsException first =
        catchThrowableOfType(InvalidCredentialsException.class, () -> send(calls.listCalls(null, null), async));
    assertThat(first).hasMessageContaining("HTTP 400");

    // A burst inside the negative-cache window (the fake clock stands still): 20 async and 5 sync calls.
    CountDownLatch done = new CountDownLatch(20);
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.listCalls(null, null).enqueue(
          new Callback<CallList>() {
            @Override
            public void onResponse(Call<CallList> call, Response<CallList> response) {
              done.countDown();
            }

            @Override
            public void onFailure(Call<CallList> call, Throwable t) {
              failures.add(t);
              done.countDown();
            }
          });
    }
    for (int i = 0; i < 5; i++) {
      failures.add(catchThrowableOfType(InvalidCredentialsException.class, () -> calls.listCalls(null, null).execute()));
    }
    assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();

    assertThat(failures).hasSize(25).allMatch(InvalidCredentialsException.class::isInstance);
    assertThat(voipbin.requests(LOGIN)).hasSize(1);
    assertThat(voipbin.requests(CALLS)).isEmpty();
    assertThat(sleeps).as("a refused login is not retried").isEmpty();
    assertNoSecrets(first);
    assertNoSecrets(failures);
  }

  @Test
  void aLoginServerErrorIsRetriedAfterABackoff() throws IOException {
    voipbin.enqueue(LOGIN, 503, "");
    String token = login(clock.instant().plus(Duration.ofDays(7)), 1);
    voipbin.enqueue(CALLS, 200, EMPTY_PAGE);

    assertThat(calls.listCalls(null, null).execute().code()).isEqualTo(200);

    assertThat(voipbin.requests(LOGIN)).hasSize(2);
    assertThat(sleeps).hasSize(1);
    assertThat(bearers()).containsExactly("Bearer " + token);
  }
}
