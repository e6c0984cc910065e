package io.cpaaskit.vobiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.auth.TokenPolicy;
import io.cpaaskit.testing.FakeClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/**
 * A loopback Vobiz: a {@link MockWebServer} answering enqueued responses in order, a {@link FakeClock}, and client
 * builders wired deterministically (no jitter, a login retry whose sleeper advances the fake clock, every log line
 * captured).
 */
final class VobizFixture implements AutoCloseable {
  static final String PARTNER_ID = "PA_XY123456";
  static final String PARTNER_TOKEN = "CANARY-partner-token-7f3a";
  static final String CUSTOMER_ID = "MA_ABCDEF1234";
  static final String CUSTOMER_TOKEN = "CANARY-customer-token-9b2c";
  static final String SUB_ACCOUNT_ID = "SA_QRST5678";
  static final String SUB_ACCOUNT_TOKEN = "CANARY-subaccount-token-3e1f";
  static final String EMAIL = "ops@resellerco.example";
  static final String PASSWORD = "CANARY-password-4d1e";
  static final String JWT_1 = "CANARY-jwt-first-5a6b";
  static final String JWT_2 = "CANARY-jwt-second-8c9d";
  static final List<String> SECRETS =
      List.of(PARTNER_TOKEN, CUSTOMER_TOKEN, SUB_ACCOUNT_TOKEN, PASSWORD, JWT_1, JWT_2, "CANARY");

  static final String PROFILE_JSON = "{\"auth_id\":\"PA_XY123456\",\"name\":\"ResellerCo\",\"balance\":\"23906.83000\"}";
  static final String CUSTOMERS_JSON = "{\"accounts\":[{\"auth_id\":\"MA_ABCDEF1234\",\"name\":\"Acme\"}],\"total\":1,\"page\":1,\"size\":20}";
  static final String CONCURRENCY_JSON = "{\"account_id\":\"MA_ABCDEF1234\",\"concurrent_calls\":2,\"max_concurrent\":10}";

  final MockWebServer server = new MockWebServer();
  final FakeClock clock = new FakeClock();
  final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  final OkHttpClient http =
      new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).connectTimeout(5, TimeUnit.SECONDS).build();

  VobizFixture() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static VobizCredentials partner() {
    return VobizCredentials.partner(PARTNER_ID, PARTNER_TOKEN);
  }

  static VobizCredentials partnerLogin() {
    return VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, PASSWORD);
  }

  static VobizCredentials customer() {
    return VobizCredentials.customer(CUSTOMER_ID, CUSTOMER_TOKEN);
  }

  VobizClient.Builder builder(VobizCredentials credentials) {
    return VobizClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(credentials)
        .okHttpClient(http)
        .clock(clock)
        .tokenPolicy(TokenPolicy.builder().jitter(false).build())
        .loginRetry(LoginRetry.builder().sleeper(clock::advance).random(() -> 0.5).build())
        .httpLogging(HttpLogging.level(HttpLogging.Level.BODY).sink(logLines::add));
  }

  VobizClient client(VobizCredentials credentials) {
    return builder(credentials).build();
  }

  static String loginJson(String jwt) {
    return "{\"tokens\":{\"access_token\":\"" + jwt + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}}";
  }

  void enqueue(int status, String json) {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    if (!json.isEmpty()) {
      response.setHeader("Content-Type", "application/json").body(json);
    }
    server.enqueue(response.build());
  }

  void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  /** Asserts that no canary secret shows in the text. */
  static void assertNoSecrets(String text) {
    for (String secret : SECRETS) {
      assertThat(text).doesNotContain(secret);
    }
  }

  /** Asserts that no canary secret shows in the exception, its causes, messages or stack trace. */
  static void assertNoSecrets(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertNoSecrets(String.valueOf(t));
      assertNoSecrets(String.valueOf(t.getMessage()));
    }
    assertNoSecrets(trace.toString());
  }

  /** Asserts that no canary secret shows in any captured log line. */
  void assertLogsClean() {
    synchronized (logLines) {
      assertThat(logLines).isNotEmpty();
      logLines.forEach(VobizFixture::assertNoSecrets);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
