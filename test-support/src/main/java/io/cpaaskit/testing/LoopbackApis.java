package io.cpaaskit.testing;

import io.cpaaskit.core.retrofit.SpecRetrofit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * A loopback {@link MockWebServer} and a Retrofit pointed at it under a spec's server base path, built exactly as
 * the vendor clients build theirs ({@link SpecRetrofit}). Redirects are not followed, so a 3xx reaches the test.
 *
 * <pre>{@code
 * try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
 *   apis.enqueue(200, "{}");
 *   apis.create(NumbersApi.class).releaseNumber("MA_1", "+919876543210").execute();
 *   assertThat(apis.takeRequest().getUrl().encodedPath()).endsWith("/%2B919876543210/");
 * }
 * }</pre>
 */
public final class LoopbackApis implements ApiFactory, AutoCloseable {
  private final MockWebServer server;
  private final Retrofit retrofit;

  private LoopbackApis(MockWebServer server, Retrofit retrofit) {
    this.server = server;
    this.retrofit = retrofit;
  }

  /**
   * Starts a loopback server whose Retrofit base URL carries the spec's server base path.
   *
   * @param spec the spec whose first server URL supplies the base path
   * @return the started harness; close it to stop the server
   */
  public static LoopbackApis start(SpecOperations spec) {
    MockWebServer server = new MockWebServer();
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the loopback server", e);
    }
    OkHttpClient client =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .callTimeout(10, TimeUnit.SECONDS)
            .build();
    Retrofit retrofit = SpecRetrofit.newBuilder(server.url(spec.basePath()).toString(), client).build();
    return new LoopbackApis(server, retrofit);
  }

  @Override
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /**
   * Queues the next response.
   *
   * @param response the response
   */
  public void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  /**
   * Queues the next response with a JSON body (no body when {@code body} is empty).
   *
   * @param status the HTTP status
   * @param body the body text
   */
  public void enqueue(int status, String body) {
    MockResponse.Builder builder = new MockResponse.Builder().code(status);
    if (!body.isEmpty()) {
      builder.setHeader("Content-Type", "application/json").body(body);
    }
    server.enqueue(builder.build());
  }

  /**
   * Returns the next request the server received, waiting at most five seconds.
   *
   * @return the recorded request
   * @throws AssertionError if no request arrived
   */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("the loopback server received no request");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", e);
    }
  }

  /**
   * Returns how many requests the server has received.
   *
   * @return the request count
   */
  public int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() {
    server.close();
  }
}
