package io.cpaaskit.voipbin;

import static io.cpaaskit.voipbin.TestKit.ACCESS_KEY;
import static io.cpaaskit.voipbin.TestKit.assertNoSecrets;
import static io.cpaaskit.voipbin.TestKit.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.CallList;
import io.cpaaskit.voipbin.model.SignupRequest;
import io.cpaaskit.voipbin.model.SignupResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Response;

/** An access key end to end: only ever {@code ?accesskey=}, refused by getMe, and never retried after a 401. */
class VoipbinAccessKeyTest {
  private final List<String> log = new CopyOnWriteArrayList<>();
  private FakeVoipbin voipbin;
  private VoipbinClient client;

  @BeforeEach
  void start() {
    voipbin = FakeVoipbin.start();
    client =
        VoipbinClient.builder()
            .baseUrl(voipbin.baseUrl())
            .credentials(VoipbinCredentials.accessKey(ACCESS_KEY))
            .httpLogging(HttpLogging.level(HttpLogging.Level.BODY).sink(log::add))
            .build();
  }

  @AfterEach
  void stop() {
    voipbin.close();
    assertNoSecrets(log, client);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void accessKeyTravelsOnlyAsTheAccesskeyQueryParameter(boolean async) throws Exception {
    voipbin.enqueue("/v1.0/calls", 200, "{\"result\":[],\"next_page_token\":\"\"}");

    Response<CallList> response = send(client.create(CallsApi.class).listCalls(10, null), async);

    assertThat(response.code()).isEqualTo(200);
    RecordedRequest request = voipbin.requests("/v1.0/calls").get(0);
    assertThat(request.getUrl().queryParameterValues("accesskey")).containsExactly(ACCESS_KEY);
    assertThat(request.getUrl().queryParameter("page_size")).isEqualTo("10");
    assertThat(request.getUrl().queryParameter("token")).isNull();
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getHeaders().get("Cookie")).isNull();
    assertThat(log).anyMatch(line -> line.contains("accesskey=***"));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void operationsWithoutSecurityCarryNoCredential(boolean async) throws Exception {
    voipbin.enqueue("/auth/signup", 200, "{}");

    Response<SignupResult> response =
        send(client.create(AuthApi.class).signup(new SignupRequest().email("new@example.com").acceptedTos(true)), async);

    assertThat(response.code()).isEqualTo(200);
    RecordedRequest request = voipbin.requests("/auth/signup").get(0);
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(TestKit.body(request)).doesNotContain(ACCESS_KEY);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void getMeRefusesAnAccessKeyBeforeAnythingIsSent(boolean async) {
    CredentialNotAcceptedException refused =
        catchThrowableOfType(CredentialNotAcceptedException.class, () -> send(client.create(AgentsApi.class).getMe(), async));

    assertThat(refused).hasMessageContaining("getMe").hasMessageContaining("nothing was sent");
    assertThat(voipbin.all()).isEmpty();
    assertNoSecrets(refused);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void a401BecomesInvalidApiKeyExceptionAndNothingIsRetried(boolean async) {
    voipbin.enqueue(
        "/v1.0/calls", 401, "{\"error\":{\"status\":\"UNAUTHENTICATED\",\"reason\":\"INVALID_CREDENTIALS\",\"message\":\"invalid\",\"request_id\":\"req_1\"}}");

    InvalidApiKeyException rejected =
        catchThrowableOfType(InvalidApiKeyException.class, () -> send(client.create(CallsApi.class).listCalls(null, null), async));

    assertThat(rejected).hasMessageContaining("HTTP 401").hasMessageContaining("listCalls");
    assertThat(voipbin.all()).hasSize(1);
    assertNoSecrets(rejected);
  }
}
