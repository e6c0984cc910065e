package io.cpaaskit.vobiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.testing.FakeClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A loopback Vobiz for the error and paging tests (packages {@code errors} and {@code paging}): a
 * {@link MockWebServer}, a {@link FakeClock}, and clients with retries off, so that a 429 or a 5xx reaches the test
 * exactly once and nothing sleeps.
 */
public final class LoopbackVobiz implements AutoCloseable {
  /** The customer's auth_id. */
  public static final String CUSTOMER_ID = "MA_ABCDEF1234";
  /** The partner's auth_id. */
  public static final String PARTNER_ID = "PA_XY123456";
  /** A token that must never show in an exception. */
  public static final String TOKEN = "CANARY-token-6e2d";

  private final MockWebServer server = new MockWebServer();
  private final FakeClock clock = new FakeClock();
  private final OkHttpClient http =
      new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).connectTimeout(5, TimeUnit.SECONDS).build();

  /** Starts the server. */
  public LoopbackVobiz() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a client holding customer credentials.
   *
   * @return the client
   */
  public VobizClient customerClient() {
    return builder(VobizCredentials.customer(CUSTOMER_ID, TOKEN)).build();
  }

  /**
   * Returns a client holding partner credentials.
   *
   * @return the client
   */
  public VobizClient partnerClient() {
    return builder(VobizCredentials.partner(PARTNER_ID, TOKEN)).build();
  }

  private VobizClient.Builder builder(VobizCredentials credentials) {
    return VobizClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(credentials)
        .okHttpClient(http)
        .clock(clock)
        .retryPolicy(RetryPolicy.none())
        .httpLogging(HttpLogging.level(HttpLogging.Level.NONE).sink(line -> {}));
  }

  /**
   * Returns the clock the clients were built with.
   *
   * @return the clock
   */
  public FakeClock clock() {
    return clock;
  }

  /**
   * Queues a response with a JSON body (none when {@code json} is empty).
   *
   * @param status the status
   * @param json the body
   */
  public void enqueue(int status, String json) {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    if (!json.isEmpty()) {
      response.setHeader("Content-Type", "application/json").body(json);
    }
    server.enqueue(response.build());
  }

  /**
   * Queues a response.
   *
   * @param response the response
   */
  public void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  /**
   * Answers every request with 200 and the JSON body {@code pages} computes from the request URL (its paging
   * parameters), instead of the queue: a walk that starts over gets the same pages again.
   *
   * @param pages the body for a request URL
   */
  public void serve(Function<HttpUrl, String> pages) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(pages.apply(request.getUrl()))
                .build();
          }
        });
  }

  /**
   * Returns the next request the server received.
   *
   * @return the request
   */
  public RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Returns how many requests reached the server.
   *
   * @return the count
   */
  public int requestCount() {
    return server.getRequestCount();
  }

  /**
   * Reads a shared example payload from {@code src/test/resources/examples/vobiz/}.
   *
   * @param path e.g. {@code voice/error-envelope.json}
   * @return its text
   */
  public static String example(String path) {
    try (InputStream in = LoopbackVobiz.class.getResourceAsStream("/examples/vobiz/" + path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
