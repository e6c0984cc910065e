package io.cpaaskit.zipteams.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback Zipteams token endpoint: answers queued in order, then a fresh 24-hour JWT per request; every request
 * recorded; optionally holds answers until a latch opens.
 */
final class FakeZipteams implements AutoCloseable {
  static final String TOKEN_PATH = "/api/v1/partner/dashboard/auth/token";

  private final MockWebServer server = new MockWebServer();
  private final Deque<MockResponse> queued = new ConcurrentLinkedDeque<>();
  private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger minted = new AtomicInteger();
  private volatile CountDownLatch hold = new CountDownLatch(0);

  FakeZipteams() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        received.add(request);
        if (!hold.await(20, TimeUnit.SECONDS)) {
          throw new AssertionError("the test never released the held answer");
        }
        if (!TOKEN_PATH.equals(request.getUrl().encodedPath())) {
          return new MockResponse.Builder().code(418).build();
        }
        MockResponse answer = queued.pollFirst();
        return answer != null ? answer : tokenAnswer(jwt(1_700_000_000L, 86_400L, "sig-" + minted.incrementAndGet()));
      }
    });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  void enqueue(MockResponse answer) {
    queued.addLast(answer);
  }

  /** Holds every answer until {@link CountDownLatch#countDown()} on the returned latch. */
  CountDownLatch holdAnswers() {
    CountDownLatch latch = new CountDownLatch(1);
    hold = latch;
    return latch;
  }

  int requestCount() {
    return received.size();
  }

  List<RecordedRequest> requests() {
    return new ArrayList<>(received);
  }

  static MockResponse tokenAnswer(String token) {
    return json(200, "{\"code\":\"RESPONSE_SUCCESS\",\"message\":\"Request served successfully.\",\"type\":\"object\","
        + "\"data\":{\"token\":\"" + token + "\"}}");
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  /** A JWT shaped like Zipteams' example: {@code {tenantId, subTenantId, iat, exp}}; the signature is not checked. */
  static String jwt(long iat, long lifetimeSeconds, String signature) {
    String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    String claims = "{\"tenantId\":\"t\",\"subTenantId\":\"s\",\"iat\":" + iat + ",\"exp\":" + (iat + lifetimeSeconds) + "}";
    return b64(header) + "." + b64(claims) + "." + signature;
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    hold.countDown();
    server.close();
  }
}
