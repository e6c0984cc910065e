package io.cpaaskit.reliability;

import static io.cpaaskit.reliability.Harness.bounded;
import static io.cpaaskit.reliability.Harness.html;
import static io.cpaaskit.reliability.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.AuthenticationException;
import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.vobiz.partner.api.PartnersApi;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Login answers that break on the wire, for both logins that issue tokens (VoIPBIN's password login and Vobiz's
 * partner console login), on a raw {@link MockWebServer}: an HTML error page, an HTML page with status 200, JSON cut
 * off, JSON without a token, a connection reset mid-body, a 429 asking for two minutes, a JSON 503 and a body that
 * stalls. For each: the call that needed the token ends within its call timeout in a typed
 * {@link AuthenticationException} (for the stall, the waiter gives up at its own deadline while the login goes on),
 * no API request goes out without a token, the password shows nowhere in the failure, and once the login answers
 * properly the client recovers.
 */
class LoginWireFaultsTest {
  private static final String PASSWORD = "CANARY-login-wire-password-5e7f";
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration BOUND = Duration.ofSeconds(10);

  /** A vendor's login: where it is, a good answer, and one authenticated call that needs it. */
  enum Login {
    VOIPBIN("/auth/login", "{\"username\":\"agent\",\"token\":\"voipbin-wire-token-1\"}", "voipbin-wire-token-1"),
    VOBIZ_PARTNER("/api/v1/partner/login",
        "{\"tokens\":{\"access_token\":\"vobiz-wire-jwt-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}}",
        "vobiz-wire-jwt-1");

    final String path;
    final String goodAnswer;
    final String token;

    Login(String path, String goodAnswer, String token) {
      this.path = path;
      this.goodAnswer = goodAnswer;
      this.token = token;
    }
  }

  /** A broken login answer. */
  enum Fault {
    HTML_502_PAGE(login ->
        html(502, "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>")),
    HTML_PAGE_WITH_200(login -> html(200, "<!DOCTYPE html><html><body>Please sign in to the Wi-Fi</body></html>")),
    JSON_CUT_OFF(login -> json(200, login.goodAnswer.substring(0, login.goodAnswer.length() / 2))),
    JSON_WITHOUT_A_TOKEN(login -> json(200, "{\"username\":\"agent\",\"tokens\":{\"token_type\":\"Bearer\"}}")),
    RESET_MID_BODY(login -> json(200, login.goodAnswer + " ".repeat(64 * 1024)).newBuilder()
        .onResponseBody(new SocketEffect.CloseSocket()).build()),
    RATE_LIMITED_FOR_TWO_MINUTES(login ->
        json(429, "{\"error\":\"too_many_requests\"}").newBuilder().setHeader("Retry-After", "120").build()),
    SERVICE_UNAVAILABLE_JSON(login -> json(503, "{\"error\":\"maintenance\"}")),
    BODY_STALLS(login -> json(200, login.goodAnswer).newBuilder().throttleBody(1, 10, TimeUnit.SECONDS).build());

    /** The answer for a vendor's login. */
    final java.util.function.Function<Login, MockResponse> answer;

    Fault(java.util.function.Function<Login, MockResponse> answer) {
      this.answer = answer;
    }
  }

  static List<Arguments> cases() {
    List<Arguments> cases = new java.util.ArrayList<>();
    for (Login login : Login.values()) {
      for (Fault fault : Fault.values()) {
        cases.add(Arguments.of(login, fault));
      }
    }
    return cases;
  }

  private final FakeClock clock = new FakeClock();
  private final Harness harness = new Harness();
  private final MockWebServer server = new MockWebServer();
  private final AtomicReference<Fault> fault = new AtomicReference<>();
  private final AtomicInteger logins = new AtomicInteger();
  private final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();
  private Login login;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().equals(login.path)) {
          logins.incrementAndGet();
          Fault current = fault.get();
          return current != null ? current.answer.apply(login) : json(200, login.goodAnswer);
        }
        apiAuthorizations.add(String.valueOf(request.getHeaders().get("Authorization")));
        return json(200, "{\"id\":\"a1\",\"username\":\"agent\",\"auth_id\":\"PA_XY123456\",\"name\":\"ResellerCo\"}");
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
    harness.close();
  }

  /** One call through the vendor's client that needs the login's token. */
  private Harness.Call<?> authenticatedCall(Login login) {
    LoginRetry noWait = LoginRetry.builder().sleeper(d -> { }).build();
    RetryPolicy retries = RetryPolicy.builder().sleeper(d -> { }).build();
    if (login == Login.VOIPBIN) {
      VoipbinClient voipbin = VoipbinClient.builder().baseUrl(server.url("/").toString()).clock(clock)
          .okHttpClient(harness.http(CALL_TIMEOUT)).loginRetry(noWait).retryPolicy(retries)
          .credentials(VoipbinCredentials.password("agent", PASSWORD)).build();
      AgentsApi agents = voipbin.create(AgentsApi.class);
      return () -> VoipbinErrors.execute(agents.getMe());
    }
    VobizClient vobiz = VobizClient.builder().baseUrl(server.url("/").toString()).clock(clock)
        .okHttpClient(harness.http(CALL_TIMEOUT)).loginRetry(noWait).retryPolicy(retries)
        .credentials(VobizCredentials.partnerLogin("PA_XY123456", "vobiz-wire-pair-token", "ops@resellerco.example",
            PASSWORD)).build();
    PartnersApi partners = vobiz.partner().create(PartnersApi.class);
    return () -> vobiz.execute(partners.getPartnerProfile());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void aBrokenLoginAnswerFailsTheCallTypedWithinItsTimeoutSendsNothingWithoutATokenAndTheClientRecovers(
      Login login, Fault broken) {
    this.login = login;
    fault.set(broken);
    Harness.Call<?> call = authenticatedCall(login);

    Harness.Outcome<?> failed = bounded(BOUND, call);

    assertThat(failed.failure()).as("%s", failed).isInstanceOf(AuthenticationException.class);
    // Typed, so it came before OkHttp's call timeout fired (that gives a bare InterruptedIOException); the bound on
    // the time taken leaves room for a slow machine.
    assertThat(failed.took()).as("about the call timeout at most").isLessThan(CALL_TIMEOUT.plusSeconds(1));
    assertThat(apiAuthorizations).as("API requests sent without a token").isEmpty();
    assertThat(logins.get()).as("login attempts").isBetween(1, 3);
    StringWriter trace = new StringWriter();
    failed.failure().printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(PASSWORD);

    // Once the login answers properly, the client recovers: past the backoff that follows a failed login, and
    // (for the stall) once the login that was still running has given up at its own timeout.
    fault.set(null);
    Harness.Outcome<?> recovered = failed;
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!recovered.succeeded() && System.nanoTime() < deadline) {
      clock.advance(Duration.ofMinutes(5));
      recovered = bounded(BOUND, call);
    }
    assertThat(recovered.succeeded()).as("%s", recovered).isTrue();
    assertThat(apiAuthorizations).containsExactly("Bearer " + login.token);
  }
}
