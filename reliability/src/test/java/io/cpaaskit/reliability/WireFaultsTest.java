package io.cpaaskit.reliability;

import static io.cpaaskit.reliability.Harness.bounded;
import static io.cpaaskit.reliability.Harness.html;
import static io.cpaaskit.reliability.Harness.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.core.errors.MalformedBodyException;
import io.cpaaskit.testing.ExamplePayloads;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.vobiz.errors.VobizApiException;
import io.cpaaskit.vobiz.voice.api.CallsApi;
import io.cpaaskit.vobiz.voice.api.ConferencesApi;
import io.cpaaskit.vobiz.voice.api.NumbersApi;
import io.cpaaskit.vobiz.voice.model.ConferenceDetail;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.vobiz.voice.model.MakeCallResponse;
import io.cpaaskit.vobiz.voice.model.NumberPage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults a sandbox cannot produce, on a raw {@link MockWebServer}: connections reset mid-body, stalled bodies, an HTML
 * 502 page, a 200 that carries Vobiz's error body, truncated JSON and 20 MB bodies. The Vobiz customer client (header
 * pair: no login in the way) makes every call; each ends within its bound in a value or a documented exception, and
 * no POST reaches the server twice.
 */
class WireFaultsTest {
  private static final String AUTH_ID = "MA_ABCDEF1234";
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration BOUND = Duration.ofSeconds(8);
  private static final int MB = 1024 * 1024;

  private final Harness harness = new Harness();
  private final MockWebServer server = new MockWebServer();
  private VobizClient vobiz;
  private VobizClient.CustomerScope acme;

  @BeforeEach
  void start() throws IOException {
    server.start();
    vobiz = client(RetryPolicy.builder().sleeper(d -> { }).build());
    acme = vobiz.customer();
  }

  @AfterEach
  void stop() {
    server.close();
    harness.close();
  }

  private VobizClient client(RetryPolicy retries) {
    return VobizClient.builder().baseUrl(server.url("/").toString())
        .okHttpClient(harness.http(CALL_TIMEOUT))
        .credentials(VobizCredentials.customer(AUTH_ID, "wire-fault-token-0001"))
        .retryPolicy(retries)
        .build();
  }

  private static MakeCallRequest call() {
    return new MakeCallRequest().from("919876543210").to("+14155550100").answerUrl("https://example.com/answer")
        .answerMethod(MakeCallRequest.AnswerMethodEnum.POST);
  }

  private Harness.Outcome<ConferenceDetail> getConference() {
    return bounded(BOUND, () -> vobiz.execute(acme.create(ConferencesApi.class).getConference(AUTH_ID, "standup")));
  }

  private Harness.Outcome<MakeCallResponse> makeCall() {
    return bounded(BOUND, () -> vobiz.execute(acme.create(CallsApi.class).makeCall(AUTH_ID, call())));
  }

  private static String conferenceJson() throws IOException {
    return ExamplePayloads.load("/examples/vobiz/voice/conference.json");
  }

  // ---- Connections that break ---------------------------------------------------------------------------------------

  @Test
  void aConnectionResetMidBodyOnAReadEndsInAValueOrAnIoException() throws IOException {
    String body = conferenceJson();
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
        .onResponseBody(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, body));

    Harness.Outcome<ConferenceDetail> outcome = getConference();
    if (!outcome.succeeded()) {
      assertThat(outcome.failure()).isInstanceOf(IOException.class);
    }
    assertThat(server.getRequestCount()).isBetween(1, 2);
  }

  @Test
  void aConnectionResetMidBodyOnPlacingACallIsAnIoExceptionAndTheCallIsNotSentAgain() {
    server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
        .body("{\"api_id\":\"a1\",\"message\":\"Call fired\",\"request_uuid\":\"" + "x".repeat(4096) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(201, "{\"api_id\":\"a2\",\"message\":\"Call fired\",\"request_uuid\":\"second\"}"));

    assertThat(makeCall().failure()).isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).as("requests for one makeCall").isEqualTo(1);
  }

  @Test
  void aConnectionDroppedBeforeTheAnswerIsNotReplayedForAPost() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(201, "{\"api_id\":\"a2\",\"message\":\"Call fired\",\"request_uuid\":\"second\"}"));

    assertThat(makeCall().failure()).isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aStalledBodyEndsWithinTheCallTimeoutAsAnInterruptedIoException() throws IOException {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body(conferenceJson()).throttleBody(16, 1, TimeUnit.SECONDS).build());
    }

    Harness.Outcome<ConferenceDetail> outcome = getConference();
    assertThat(outcome.failure()).isInstanceOf(InterruptedIOException.class);
    assertThat(outcome.took()).isLessThan(CALL_TIMEOUT.plusSeconds(2));
  }

  @Test
  void aStalledAnswerToAPostEndsWithinTheCallTimeoutAndIsSentOnce() {
    server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
        .body("{\"api_id\":\"a1\",\"message\":\"Call fired\",\"request_uuid\":\"u1\"}")
        .headersDelay(5, TimeUnit.SECONDS).build());

    Harness.Outcome<MakeCallResponse> outcome = makeCall();
    assertThat(outcome.failure()).isInstanceOf(InterruptedIOException.class);
    assertThat(outcome.took()).isLessThan(CALL_TIMEOUT.plusSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- Answers that lie ---------------------------------------------------------------------------------------------

  @Test
  void anHtml502PageIsTheTypedServerFailureWithTheStatusAndNoVendorFields() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
        + "<hr><center>nginx</center></body></html>";
    for (int i = 0; i < 3; i++) {
      server.enqueue(html(502, html));
    }

    Harness.Outcome<ConferenceDetail> outcome = getConference();
    assertThat(outcome.failure()).isInstanceOfSatisfying(VobizApiException.ServerFailure.class, e -> {
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.code()).isNull();
      assertThat(e.vendorMessage()).isNull();
      assertThat(e.rawBody()).contains("502 Bad Gateway");
    });
    assertThat(server.getRequestCount()).as("a GET is retried twice on 502").isEqualTo(3);

    server.enqueue(html(502, html));
    assertThat(makeCall().failure()).isInstanceOf(VobizApiException.ServerFailure.class);
    assertThat(server.getRequestCount()).as("a POST is not").isEqualTo(4);
  }

  @Test
  void aTwoHundredCarryingVobizErrorBodyIsUnexpectedStatusSyncAndAsync() throws Exception {
    server.enqueue(json(200, "{\"api_id\":\"7f1c2d3e-aaaa-bbbb-cccc-0123456789ab\",\"error\":\"failed\"}"));
    server.enqueue(json(200, "{\"api_id\":\"7f1c2d3e-aaaa-bbbb-cccc-0123456789ac\",\"error\":\"failed\"}"));

    assertThat(getConference().failure()).isInstanceOfSatisfying(VobizApiException.UnexpectedStatus.class, e -> {
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.code()).isEqualTo("failed");
      assertThat(e.apiId()).isEqualTo("7f1c2d3e-aaaa-bbbb-cccc-0123456789ab");
    });
    CompletableFuture<ConferenceDetail> async =
        vobiz.enqueue(acme.create(ConferencesApi.class).getConference(AUTH_ID, "standup"));
    Harness.Outcome<ConferenceDetail> outcome = bounded(BOUND, () -> {
      try {
        return async.get();
      } catch (ExecutionException e) {
        throw (Exception) e.getCause();
      }
    });
    assertThat(outcome.failure()).isInstanceOf(VobizApiException.UnexpectedStatus.class);
  }

  @Test
  void truncatedJsonIsAnIoExceptionOnSuccessAndTheTypedErrorWithoutVendorFieldsOnFailure() throws IOException {
    String body = conferenceJson();
    server.enqueue(json(200, body.substring(0, body.length() / 3)));
    assertThat(getConference().failure()).isInstanceOf(IOException.class);

    server.enqueue(json(404, "{\"api_id\":\"x\",\"error\":\"not fou"));
    assertThat(getConference().failure()).isInstanceOfSatisfying(VobizApiException.NotFound.class,
        e -> assertThat(e.code()).isNull());

  }

  /**
   * A 2xx whose JSON parses but has a wrong type where an array or object is required ends as the checked
   * {@link MalformedBodyException} (an {@link IOException}), naming the JSON path and never the value, sync and async.
   * (This was Moshi's unchecked {@code JsonDataException} escaping {@code execute()} until the reliability suite
   * found it.)
   */
  @Test
  void aWrongTypedSuccessBodyIsAMalformedBodyExceptionNamingThePathNotTheValue() throws Exception {
    server.enqueue(json(200, "{\"conference_name\": 12, \"members\": \"secret-looking-value\"}"));
    assertThat(getConference().failure()).isInstanceOf(MalformedBodyException.class)
        .hasMessageContaining("$.members").hasMessageNotContaining("secret-looking-value");

    server.enqueue(json(200, "{\"members\": {\"not\": \"a list\"}}"));
    CompletableFuture<ConferenceDetail> async =
        vobiz.enqueue(acme.create(ConferencesApi.class).getConference(AUTH_ID, "standup"));
    Harness.Outcome<ConferenceDetail> outcome = bounded(BOUND, () -> {
      try {
        return async.get();
      } catch (ExecutionException e) {
        throw (Exception) e.getCause();
      }
    });
    assertThat(outcome.failure()).isInstanceOf(MalformedBodyException.class);
  }

  // ---- Enormous bodies ----------------------------------------------------------------------------------------------

  @Test
  void twentyMegabytesOfUnknownMemberAreSkippedAndTheRestParses() {
    Buffer body = new Buffer().writeUtf8("{\"total\":1,\"junk\":\"");
    byte[] chunk = "abcdefghij".repeat(MB / 10).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i < 20; i++) {
      body.write(chunk);
    }
    body.writeUtf8("\",\"items\":[]}");
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build());

    Harness.Outcome<NumberPage> outcome = bounded(Duration.ofSeconds(30),
        () -> client(RetryPolicy.none()).execute(acme.create(NumbersApi.class).listNumbers(AUTH_ID, 1, 20, null, null)));
    if (outcome.succeeded()) {
      assertThat(outcome.value().getTotal()).isEqualTo(1);
      assertThat(outcome.value().getItems()).isEmpty();
    } else {
      assertThat(outcome.failure()).isInstanceOf(InterruptedIOException.class); // 20 MB in a 2 s call, on a slow box
    }
  }

  @Test
  void twentyMegabytesOfErrorBodyGiveTheTypedErrorWithABoundedRawBody() {
    Buffer body = new Buffer().writeUtf8("{\"error\":\"boom\",\"message\":\"");
    for (int i = 0; i < 20; i++) {
      body.writeUtf8("m".repeat(MB));
    }
    body.writeUtf8("\"}");
    server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json").body(body).build());

    Harness.Outcome<MakeCallResponse> outcome = makeCall();
    assertThat(outcome.failure()).isInstanceOfSatisfying(VobizApiException.ServerFailure.class,
        e -> assertThat(e.rawBody().length()).isLessThanOrEqualTo(8192));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void twentyMegabytesOfGarbageWithA200IsAnIoException() {
    Buffer body = new Buffer();
    for (int i = 0; i < 20; i++) {
      body.writeUtf8("<".repeat(MB));
    }
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build());

    assertThat(getConference().failure()).isInstanceOf(IOException.class);
  }
}
