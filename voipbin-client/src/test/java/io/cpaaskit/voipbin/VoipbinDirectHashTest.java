package io.cpaaskit.voipbin;

import static io.cpaaskit.voipbin.TestKit.DIRECT_HASH;
import static io.cpaaskit.voipbin.TestKit.assertNoSecrets;
import static io.cpaaskit.voipbin.TestKit.jwt;
import static io.cpaaskit.voipbin.TestKit.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.AmbiguousCredentialMintException;
import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.auth.LoginUnavailableException;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.voipbin.api.AccessKeyOnlyTestApi;
import io.cpaaskit.voipbin.api.AicallsApi;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.model.AicallList;
import io.cpaaskit.voipbin.model.SignupRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;
import retrofit2.Response;

/** A direct hash end to end: one boot, {@code ?token=}, renewal, and no replay of an exchange that may have happened. */
class VoipbinDirectHashTest {
  private static final String AICALLS = "/v1.0/aicalls";
  private static final String BOOT = "/auth/boot";
  private static final String EMPTY_PAGE = "{\"result\":[],\"next_page_token\":\"\"}";

  private final FakeClock clock = new FakeClock();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private FakeVoipbin voipbin;
  private VoipbinClient client;
  private AicallsApi aicalls;

  @BeforeEach
  void start() {
    voipbin = FakeVoipbin.start();
    client = client(new OkHttpClient(), voipbin.baseUrl());
    aicalls = client.create(AicallsApi.class);
  }

  private VoipbinClient client(OkHttpClient http, String baseUrl) {
    return VoipbinClient.builder()
        .baseUrl(baseUrl)
        .credentials(VoipbinCredentials.directHash(DIRECT_HASH))
        .okHttpClient(http)
        .clock(clock)
        .tokenPolicy(TestKit.policy())
        .loginRetry(TestKit.retry(clock, sleeps))
        .httpLogging(HttpLogging.level(HttpLogging.Level.BODY).sink(log::add))
        .build();
  }

  @AfterEach
  void stop() {
    voipbin.close();
    assertNoSecrets(log, client);
  }

  /** A boot answer whose body states {@code expire}; the token's signature carries the canary. */
  private String boot(Instant expire, int n) {
    String token = jwt("direct", expire, "CANARY-boot-" + n);
    voipbin.enqueue(
        BOOT,
        200,
        "{\"token\":\"" + token + "\",\"type\":\"direct\",\"resource_type\":\"ai\",\"resource_id\":\"r-1\","
            + "\"customer_id\":\"c-1\",\"expire\":\"" + expire + "\"}");
    return token;
  }

  private List<String> tokensSent() {
    List<String> seen = new ArrayList<>();
    for (RecordedRequest request : voipbin.requests(AICALLS)) {
      seen.add(request.getUrl().queryParameter("token"));
    }
    return seen;
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void firstCallBootsOnceThenSendsTheTokenAsTheTokenQueryParameter(boolean async) throws Exception {
    String token = boot(clock.instant().plus(Duration.ofHours(4)), 1);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);

    assertThat(send(aicalls.listAicalls(null, null), async).code()).isEqualTo(200);
    assertThat(send(aicalls.listAicalls(null, null), async).code()).isEqualTo(200);

    List<RecordedRequest> boots = voipbin.requests(BOOT);
    assertThat(boots).hasSize(1);
    assertThat(boots.get(0).getMethod()).isEqualTo("POST");
    assertThat(boots.get(0).getUrl().querySize()).isZero();
    assertThat(boots.get(0).getHeaders().get("Authorization")).isNull();
    assertThat(TestKit.body(boots.get(0))).isEqualTo("{\"direct_hash\":\"" + DIRECT_HASH + "\"}");
    assertThat(tokensSent()).containsExactly(token, token);
    for (RecordedRequest request : voipbin.requests(AICALLS)) {
      assertThat(request.getHeaders().get("Authorization")).isNull();
      assertThat(request.getUrl().queryParameter("accesskey")).isNull();
    }
    assertThat(log).anyMatch(line -> line.contains("token=***"));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void operationsWithoutSecurityCarryNoCredentialEvenWithATokenAtHand(boolean async) throws Exception {
    boot(clock.instant().plus(Duration.ofHours(4)), 1);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);
    voipbin.enqueue("/auth/signup", 200, "{}");
    send(aicalls.listAicalls(null, null), async);

    send(client.create(AuthApi.class).signup(new SignupRequest().email("new@example.com").acceptedTos(true)), async);

    RecordedRequest signup = voipbin.requests("/auth/signup").get(0);
    assertThat(signup.getUrl().querySize()).isZero();
    assertThat(signup.getHeaders().get("Authorization")).isNull();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anOperationThatRefusesTheBootTokenFailsBeforeAnythingIsSent(boolean async) {
    CredentialNotAcceptedException refused =
        catchThrowableOfType(
            CredentialNotAcceptedException.class,
            () -> send(client.create(AccessKeyOnlyTestApi.class).accessKeyOnly(), async));

    assertThat(refused).hasMessageContaining("voipbinToken");
    assertThat(voipbin.all()).as("neither a boot nor the call").isEmpty();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void afterTheFourHourLifetimeTheNextCallBootsAgainAndNeverSendsTheExpiredToken(boolean async) throws Exception {
    // The answer says a day; the documented 4 hours win.
    String first = boot(clock.instant().plus(Duration.ofDays(1)), 1);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);
    send(aicalls.listAicalls(null, null), async);

    clock.advance(Duration.ofHours(4));
    String second = boot(clock.instant().plus(Duration.ofHours(4)), 2);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);
    send(aicalls.listAicalls(null, null), async);

    assertThat(voipbin.requests(BOOT)).hasSize(2);
    assertThat(tokensSent()).containsExactly(first, second);
  }

  @Test
  void aShorterExpireInTheAnswerSetsTheLifetime() throws Exception {
    String first = boot(clock.instant().plus(Duration.ofMinutes(30)), 1);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);
    aicalls.listAicalls(null, null).execute();

    clock.advance(Duration.ofMinutes(14)); // 30 min lifetime: refreshing starts at 15 min
    aicalls.listAicalls(null, null).execute();
    clock.advance(Duration.ofMinutes(16));
    String second = boot(clock.instant().plus(Duration.ofHours(4)), 2);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);
    aicalls.listAicalls(null, null).execute();

    assertThat(voipbin.requests(BOOT)).hasSize(2);
    assertThat(tokensSent()).containsExactly(first, first, second);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void a401TriggersExactlyOneBootAndOneRetry(boolean async) throws Exception {
    String first = boot(clock.instant().plus(Duration.ofHours(4)), 1);
    voipbin.enqueue(AICALLS, 401, "");
    String second = boot(clock.instant().plus(Duration.ofHours(4)), 2);
    voipbin.enqueue(AICALLS, 200, EMPTY_PAGE);

    Response<AicallList> response = send(aicalls.listAicalls(null, null), async);

    assertThat(response.code()).isEqualTo(200);
    assertThat(voipbin.requests(BOOT)).hasSize(2);
    assertThat(tokensSent()).containsExactly(first, second);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aSecond401SurfacesAsTheResponseWithoutALoop(boolean async) throws Exception {
    String first = boot(clock.instant().plus(Duration.ofHours(4)), 1);
    voipbin.enqueue(AICALLS, 401, "");
    String second = boot(clock.instant().plus(Duration.ofHours(4)), 2);
    voipbin.enqueue(AICALLS, 401, "");

    Response<AicallList> response = send(aicalls.listAicalls(null, null), async);

    assertThat(response.code()).isEqualTo(401);
    assertThat(voipbin.requests(BOOT)).hasSize(2);
    assertThat(tokensSent()).containsExactly(first, second);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aRefusedHashFailsWithInvalidCredentialsAndABurstMakesOneBootRequest(boolean async) throws Exception {
    voipbin.enqueue(BOOT, 400, "");

    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      failures.add(catchThrowableOfType(InvalidCredentialsException.class, () -> send(aicalls.listAicalls(null, null), async)));
    }

    assertThat(failures).allSatisfy(f -> assertThat(f).isInstanceOf(InvalidCredentialsException.class));
    assertThat(voipbin.requests(BOOT)).hasSize(1);
    assertThat(voipbin.requests(AICALLS)).isEmpty();
    assertNoSecrets(failures);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aTimedOutBootIsAmbiguousAndTheHashIsNeverSentAgain(boolean async) throws Exception {
    // The caller's short call timeout bounds the boot; the server never answers it.
    VoipbinClient shortTimeout = client(new OkHttpClient.Builder().callTimeout(300, TimeUnit.MILLISECONDS).build(), voipbin.baseUrl());
    voipbin.enqueue(BOOT, new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    AicallsApi api = shortTimeout.create(AicallsApi.class);

    AmbiguousCredentialMintException first =
        catchThrowableOfType(AmbiguousCredentialMintException.class, () -> send(patient(api.listAicalls(null, null)), async));

    assertThat(first).hasMessageContaining("ambiguous").hasMessageContaining("never sent again").hasMessageContaining("only a failure to connect");
    // Long past the negative cache, the client still refuses to send the hash.
    clock.advance(Duration.ofMinutes(10));
    AmbiguousCredentialMintException later =
        catchThrowableOfType(AmbiguousCredentialMintException.class, () -> send(patient(api.listAicalls(null, null)), async));
    assertThat(later).isSameAs(first); // remembered for good: no second exchange, the same failure
    assertThat(voipbin.requests(BOOT)).hasSize(1);
    assertThat(voipbin.requests(AICALLS)).isEmpty();
    assertThat(sleeps).isEmpty();
    assertNoSecrets(first, later, shortTimeout);
  }

  /** The API call itself may wait longer than the boot's short timeout, so that the boot's failure is what it sees. */
  private static <T> Call<T> patient(Call<T> call) {
    call.timeout().timeout(10, TimeUnit.SECONDS);
    return call;
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aServerErrorOnBootIsAmbiguousAndNotReplayed(boolean async) {
    voipbin.enqueue(BOOT, 502, "");

    AmbiguousCredentialMintException ambiguous =
        catchThrowableOfType(AmbiguousCredentialMintException.class, () -> send(aicalls.listAicalls(null, null), async));

    assertThat(ambiguous).hasMessageContaining("HTTP 502").hasMessageContaining("only a connect failure");
    assertThat(voipbin.requests(BOOT)).hasSize(1);
    assertThat(voipbin.requests(AICALLS)).isEmpty();
    assertThat(sleeps).isEmpty();
    assertNoSecrets(ambiguous);
  }

  @Test
  void aConnectFailureSendsNothingAndIsRetried() throws Exception {
    FakeVoipbin gone = FakeVoipbin.start();
    String deadUrl = gone.baseUrl();
    gone.close();
    VoipbinClient unreachable = client(new OkHttpClient(), deadUrl);

    LoginUnavailableException unavailable =
        catchThrowableOfType(
            LoginUnavailableException.class, () -> unreachable.create(AicallsApi.class).listAicalls(null, null).execute());

    assertThat(unavailable).hasMessageContaining("could not connect");
    assertThat(sleeps).as("three attempts, two waits").hasSize(2);
    assertNoSecrets(unavailable, unreachable);
  }
}
