package io.cpaaskit.reliability;

import static io.cpaaskit.reliability.Harness.bounded;
import static io.cpaaskit.reliability.Harness.html;
import static io.cpaaskit.reliability.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.core.errors.ApiException;
import io.cpaaskit.core.errors.MalformedBodyException;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import io.cpaaskit.voipbin.model.Address;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.FlowAction;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.ZipteamsCredentials;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.errors.ZipteamsErrors;
import io.cpaaskit.zipteams.model.BatchCallRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wire faults of {@link WireFaultsTest} for the two other vendors, on their static keys (no login in the way):
 * VoIPBIN's access key and Zipteams' partner key pair. Each vendor offers a read that may be retried (VoIPBIN
 * {@code getCall}, Zipteams {@code getDashboardToken}) and a POST that must go out once (VoIPBIN {@code createCall},
 * Zipteams {@code ingestCallBatch}). Every call ends within its bound in a value, the vendor's typed
 * {@link ApiException} or an {@link IOException}, and no POST reaches the server twice.
 */
class VendorWireFaultsTest {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration BOUND = Duration.ofSeconds(8);
  private static final int MB = 1024 * 1024;
  private static final String HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><center>"
      + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

  /** A vendor's client on the loopback server, its retryable read and its send-once POST. */
  enum Vendor {
    VOIPBIN("{\"id\":\"8a4c5e1e-0000-4000-8000-000000000001\",\"status\":\"",
        "{\"id\":{\"secret-looking\":\"value-7d1e\"},\"status\":\"progressing\"}") {
      @Override
      Calls calls(String baseUrl, Harness harness) {
        VoipbinClient client = VoipbinClient.builder().baseUrl(baseUrl).okHttpClient(harness.http(CALL_TIMEOUT))
            .credentials(VoipbinCredentials.accessKey("vb_wirefaultaccesskey0001"))
            .retryPolicy(RetryPolicy.builder().sleeper(d -> { }).build()).build();
        CallsApi api = client.create(CallsApi.class);
        CreateCallRequest call = new CreateCallRequest()
            .source(new Address().type(Address.TypeEnum.TEL).target("+14155550100"))
            .destinations(List.of(new Address().type(Address.TypeEnum.TEL).target("+14155550101")))
            .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.TALK).option(Map.of("text", "hi"))));
        return new Calls(() -> VoipbinErrors.execute(api.getCall("8a4c5e1e-0000-4000-8000-000000000001")),
            () -> VoipbinErrors.execute(api.createCall(call)));
      }
    },
    ZIPTEAMS("{\"code\":\"RESPONSE_SUCCESS\",\"data\":{\"token\":\"eyJh",
        "{\"code\":\"RESPONSE_SUCCESS\",\"data\":\"value-7d1e\"}") {
      @Override
      Calls calls(String baseUrl, Harness harness) {
        ZipteamsClient client = ZipteamsClient.builder().baseUrl(baseUrl).customerIngestionUrl(baseUrl)
            .okHttpClient(harness.http(CALL_TIMEOUT))
            .credentials(ZipteamsCredentials.partner("wire-fault-api-key", "wire-fault-api-secret", "acme", "sales"))
            .retryPolicy(RetryPolicy.builder().sleeper(d -> { }).build()).build();
        BatchCallRequest batch = Harness.zipteamsBatch("call-1");
        return new Calls(() -> ZipteamsErrors.execute(client.create(DashboardTokensApi.class).getDashboardToken()),
            () -> ZipteamsErrors.execute(client.create(PartnerCallsApi.class).ingestCallBatch(batch)));
      }
    };

    /** A successful read's JSON, cut off. */
    final String cutOffRead;
    /** A successful read's JSON with a member of the wrong type holding a value that must not be echoed. */
    final String wrongTypedRead;

    Vendor(String cutOffRead, String wrongTypedRead) {
      this.cutOffRead = cutOffRead;
      this.wrongTypedRead = wrongTypedRead;
    }

    abstract Calls calls(String baseUrl, Harness harness);
  }

  /** The two calls each case makes. */
  record Calls(Harness.Call<?> read, Harness.Call<?> post) {}

  private final Harness harness = new Harness();
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
    harness.close();
  }

  private Calls calls(Vendor vendor) {
    return vendor.calls(server.url("/").toString(), harness);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void anHtml502PageIsTheTypedServerFailureAfterTheReadsRetriesAndAtOnceForThePost(Vendor vendor) {
    Calls calls = calls(vendor);
    for (int i = 0; i < 3; i++) {
      server.enqueue(html(502, HTML_502));
    }
    assertThat(bounded(BOUND, calls.read()).failure()).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.rawBody()).contains("502 Bad Gateway");
    });
    assertThat(server.getRequestCount()).as("the read is retried twice").isEqualTo(3);

    server.enqueue(html(502, HTML_502));
    server.enqueue(json(200, "{}"));
    assertThat(bounded(BOUND, calls.post()).failure()).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status()).isEqualTo(502));
    assertThat(server.getRequestCount()).as("the POST went out once").isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void anHtmlPageWithA200OrJsonCutOffIsAnIoExceptionAndACutOffErrorBodyIsStillTheTypedError(Vendor vendor) {
    Calls calls = calls(vendor);
    server.enqueue(html(200, "<!DOCTYPE html><html><body>Maintenance</body></html>"));
    assertThat(bounded(BOUND, calls.read()).failure()).isInstanceOf(IOException.class);

    server.enqueue(json(200, vendor.cutOffRead));
    assertThat(bounded(BOUND, calls.read()).failure()).isInstanceOf(IOException.class);

    server.enqueue(json(404, "{\"error\":{\"code\":\"NOT_FOU"));
    assertThat(bounded(BOUND, calls.read()).failure()).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status()).isEqualTo(404));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aWrongTypedSuccessBodyIsAMalformedBodyExceptionNamingThePathNotTheValue(Vendor vendor) {
    Calls calls = calls(vendor);
    server.enqueue(json(200, vendor.wrongTypedRead));

    assertThat(bounded(BOUND, calls.read()).failure()).isInstanceOf(MalformedBodyException.class)
        .hasMessageContaining("$.").hasMessageNotContaining("value-7d1e");
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aPostWhoseConnectionResetsMidBodyIsAnIoExceptionAndIsSentOnce(Vendor vendor) {
    assertPostFailsOnceWithAnIoException(vendor, new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json")
        .body("{\"success\":true,\"message\":\"" + "x".repeat(64 * 1024) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket()).build());
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aPostWhoseConnectionDropsBeforeTheAnswerIsAnIoExceptionAndIsSentOnce(Vendor vendor) {
    assertPostFailsOnceWithAnIoException(vendor,
        new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  private void assertPostFailsOnceWithAnIoException(Vendor vendor, MockResponse broken) {
    Calls calls = calls(vendor);
    server.enqueue(broken);
    server.enqueue(json(200, "{}")); // what a second attempt would get
    assertThat(bounded(BOUND, calls.post()).failure()).isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aStalledAnswerToAPostEndsWithinTheCallTimeoutAndIsSentOnce(Vendor vendor) {
    Calls calls = calls(vendor);
    server.enqueue(json(200, "{}").newBuilder().headersDelay(5, TimeUnit.SECONDS).build());

    Harness.Outcome<?> outcome = bounded(BOUND, calls.post());
    assertThat(outcome.failure()).isInstanceOf(InterruptedIOException.class);
    assertThat(outcome.took()).isLessThan(CALL_TIMEOUT.plusSeconds(1));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void twentyMegabytesOfErrorBodyGiveTheTypedErrorWithABoundedRawBodyAndOfGarbageAnIoException(Vendor vendor) {
    Calls calls = calls(vendor);
    Buffer error = new Buffer().writeUtf8("{\"error\":{\"message\":\"");
    for (int i = 0; i < 20; i++) {
      error.writeUtf8("m".repeat(MB));
    }
    error.writeUtf8("\"}}");
    server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json").body(error).build());
    assertThat(bounded(BOUND, calls.post()).failure()).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.status()).isEqualTo(500);
      assertThat(e.rawBody().length()).isLessThanOrEqualTo(8192);
    });
    assertThat(server.getRequestCount()).isEqualTo(1);

    Buffer garbage = new Buffer();
    for (int i = 0; i < 20; i++) {
      garbage.writeUtf8("<".repeat(MB));
    }
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(garbage).build());
    assertThat(bounded(BOUND, calls.read()).failure()).isInstanceOf(IOException.class);
  }
}
