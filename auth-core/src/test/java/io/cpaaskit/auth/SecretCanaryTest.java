package io.cpaaskit.auth;

import io.cpaaskit.core.http.Redaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.internal.AuthTag;
import io.cpaaskit.testing.FakeClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/**
 * Every credential shape (static header pair, query key, bearer token, query token, login password) goes through
 * BODY-level logging, failures and exceptions, and the {@code toString()} of every public type that holds it; no
 * canary string may appear anywhere.
 */
class SecretCanaryTest {
  private static final String HEADER_SECRET = "CANARY-header-secret-91c2";
  private static final String QUERY_KEY = "CANARY-query-key-5d7e";
  private static final String PASSWORD = "CANARY-password-0b4f";
  private static final String TOKEN = "CANARY-bearer-token-33aa";
  private static final String QUERY_TOKEN = "CANARY-query-token-e18d";
  private static final List<String> CANARIES = List.of(HEADER_SECRET, QUERY_KEY, PASSWORD, TOKEN, QUERY_TOKEN);
  private static final MediaType JSON = MediaType.get("application/json");

  private final FakeClock clock = new FakeClock();
  private final MockWebServer server = new MockWebServer();
  private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  private final List<String> seen = new ArrayList<>();
  private final HttpLogging logging = HttpLogging.level(HttpLogging.Level.BODY).sink(logLines::add);
  private final OkHttpClient base = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new QueueDispatcher());
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TokenManager tokens(String value) {
    OkHttpClient loginClient = AuthWiring.loginClient(base, logging, Duration.ofSeconds(5));
    return TokenManager.builder("canary login for alice", () -> {
          Request request =
              new Request.Builder()
                  .url(server.url("/api/login"))
                  .post(RequestBody.create("{\"username\":\"alice\",\"password\":\"" + PASSWORD + "\"}", JSON))
                  .build();
          try (okhttp3.Response response = loginClient.newCall(request).execute()) {
            if (!response.isSuccessful()) {
              throw LoginFailures.forStatus("canary login", response.code(), response.header("Retry-After"), Redaction.url(request.url()), clock);
            }
            return AccessToken.bearer(value, clock.instant(), Duration.ofHours(1));
          }
        })
        .clock(clock)
        .policy(TokenPolicy.builder().jitter(false).build())
        .build();
  }

  private TestApi api(RequestAuth... auths) {
    return AuthenticatedRetrofit.create(server.url("/api/").toString(), base, "Canary", List.of(auths), logging).create(TestApi.class);
  }

  private void enqueue(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build());
  }

  private void record(Object value) {
    seen.add(String.valueOf(value));
  }

  private void recordFailure(ThrowingCall call) {
    try {
      call.run();
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        record(t);
        record(t.getMessage());
      }
    }
  }

  @Test
  void noCredentialEverAppearsInLogsExceptionsOrToString() throws Exception {
    RequestAuth headers =
        RequestAuth.staticHeaders(Set.of("keyId", "keySecret"), Map.of("X-Key-Id", Secret.of("keyId", "id-1"), "X-Key-Secret", Secret.of("keySecret", HEADER_SECRET)));
    RequestAuth query = RequestAuth.staticQuery(Set.of("accessKey"), "accesskey", Secret.of("accessKey", QUERY_KEY));
    TokenManager bearerTokens = tokens(TOKEN);
    RequestAuth bearer = RequestAuth.bearer(Set.of("bearer"), bearerTokens);
    RequestAuth queryToken = RequestAuth.queryToken(Set.of("accessKey"), "token", tokens(QUERY_TOKEN));

    // Static header pair: a success with the secret echoed in a JSON body, then a 401.
    enqueue(200, "{\"auth_token\":\"" + HEADER_SECRET + "\",\"note\":\"echo " + HEADER_SECRET + "\"}");
    api(headers).keyed().execute().body().close();
    enqueue(401, "{\"error\":\"bad key " + HEADER_SECRET + "\"}");
    recordFailure(() -> api(headers).keyed().execute());

    // Query key: success, then a 401 (the exception names the URL).
    enqueue(200, "{\"ok\":true}");
    api(query).queried().execute().body().close();
    enqueue(401, "{}");
    recordFailure(() -> api(query).queried().execute());

    // Bearer token: login (password in the body), call, 401, re-login, call.
    enqueue(200, "{\"token\":\"" + TOKEN + "\"}");
    enqueue(200, "{\"token\":\"" + TOKEN + "\"}");
    Response<okhttp3.ResponseBody> ok = api(bearer).createThing(RequestBody.create("{\"password\":\"" + PASSWORD + "\"}", JSON)).execute();
    ok.body().close();
    // A failed login: its message carries status and redacted URL only.
    TokenManager refused = tokens(TOKEN);
    enqueue(400, "");
    recordFailure(() -> api(RequestAuth.bearer(Set.of("bearer"), refused)).getThing().execute());

    // Query token: the token rides in the URL of every logged line and of the failure.
    enqueue(200, "{}");
    enqueue(401, "{}");
    enqueue(200, "{}");
    enqueue(401, "{}");
    recordFailure(() -> api(queryToken).queried().execute());

    // Not accepted: the message lists schemes, never values.
    recordFailure(() -> api(headers).createThing(RequestBody.create("{}", JSON)).execute());

    // toString of every public type that holds a secret.
    record(Secret.of("s", PASSWORD));
    record(bearerTokens.cached());
    record(bearerTokens.cached().value());
    record(headers);
    record(query);
    record(bearer);
    record(queryToken);
    record(logging);
    record(new RequestAuth.Signed(new Request.Builder().url(server.url("/api/x?accesskey=" + QUERY_KEY)).build(), bearerTokens.cached()));
    record(new AuthTag(bearer, bearerTokens.cached(), server.url("/api/"), "getThing", false));
    record(Redaction.url(server.url("/api/x?accesskey=" + QUERY_KEY + "&token=" + QUERY_TOKEN)));

    assertThat(logLines).isNotEmpty();
    assertThat(logLines).anyMatch(line -> line.startsWith("--> POST") && line.contains("/api/login"));
    assertThat(logLines).anyMatch(line -> line.startsWith("body"));
    List<String> everything = new ArrayList<>(logLines);
    everything.addAll(seen);
    for (String canary : CANARIES) {
      assertThat(everything).as("lines containing %s", canary).noneMatch(line -> line != null && line.contains(canary));
    }
    // Headers are logged in the order they were sent, the sensitive one masked in place.
    List<String> loggedOrder =
        logLines.stream().filter(l -> l.startsWith("X-Key-")).limit(2).map(l -> l.substring(0, l.indexOf(':')))
            .collect(java.util.stream.Collectors.toList());
    okhttp3.Headers sent = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS).getHeaders();
    List<String> sentOrder = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) { // by index: names() is sorted, not wire order
      if (sent.name(i).startsWith("X-Key-")) {
        sentOrder.add(sent.name(i));
      }
    }
    assertThat(loggedOrder).hasSize(2).isEqualTo(sentOrder);
    assertThat(logLines).filteredOn(l -> l.startsWith("X-Key-")).allMatch(l -> l.endsWith(": ***"));
    // The redaction is visible, not a silent drop: the masked forms are there.
    assertThat(logLines).anyMatch(line -> line.contains("accesskey=***"));
    assertThat(logLines).anyMatch(line -> line.equals("X-Key-Secret: ***"));
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }
}
