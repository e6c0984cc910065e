package io.cpaaskit.sandbox;

import io.cpaaskit.sandbox.internal.Emulator;
import io.cpaaskit.sandbox.internal.Exchange;
import io.cpaaskit.sandbox.internal.SpecApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The server under every vendor sandbox: a loopback {@link MockWebServer} whose dispatcher routes each request to an
 * operation of the vendor's specs, validates it, applies the injected faults and lets the emulator answer.
 */
final class SandboxServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final List<SpecApi> specs;
  private final Emulator emulator;
  private final Clock clock;
  private final Faults faults = new Faults();
  private final SandboxTraffic traffic = new SandboxTraffic();
  private final boolean validateResponses;

  private SandboxServer(List<SpecApi> specs, Emulator emulator, Clock clock, boolean validateResponses) {
    this.specs = specs;
    this.emulator = emulator;
    this.clock = clock;
    this.validateResponses = validateResponses;
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param specs the vendor's specs, the one with the longest base path first
   * @param emulator the vendor's behaviour
   * @param clock the clock for token lifetimes
   * @param validateResponses whether the sandbox checks its own answers against the spec too
   * @return the started server
   */
  static SandboxServer start(List<SpecApi> specs, Emulator emulator, Clock clock, boolean validateResponses) {
    SandboxServer sandbox = new SandboxServer(specs, emulator, clock, validateResponses);
    sandbox.server.setDispatcher(sandbox.new Routing());
    try {
      sandbox.server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the sandbox on a loopback port", e);
    }
    return sandbox;
  }

  HttpUrl url(String path) {
    return server.url(path);
  }

  Faults faults() {
    return faults;
  }

  SandboxTraffic traffic() {
    return traffic;
  }

  Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    server.close();
  }

  private MockResponse answer(RecordedRequest request) {
    forgetRecordedRequests();
    HttpUrl url = request.getUrl();
    String method = request.getMethod();
    String path = url.encodedPath();
    String body = request.getBody() == null ? "" : request.getBody().utf8();

    SpecApi spec = null;
    SpecApi.RouteMatch match = null;
    for (SpecApi candidate : specs) {
      match = candidate.match(method, path);
      if (match != null) {
        spec = candidate;
        break;
      }
    }
    if (match == null || match.route() == null) {
      String message = match == null
          ? "no operation of the spec has the path " + path
          : method + " is not an operation of the path " + path;
      traffic.violation(new SandboxTraffic.Violation(null, method, path, false, List.of(message)));
      MockResponse response = emulator.error(match == null ? 404 : 405, message);
      traffic.record(new SandboxTraffic.Exchange(null, method, path, response.getCode()), false);
      return response;
    }

    String operationId = match.route().operationId();
    boolean login = emulator.isLogin(operationId);
    MockResponse response;
    Faults.Applied applied = faults.apply(operationId, login);
    List<String> violations = spec.validateRequest(method, url, request.getHeaders(), body);
    Exchange exchange = null;
    if (!violations.isEmpty()) {
      traffic.violation(new SandboxTraffic.Violation(operationId, method, path, false, violations));
      response = withHeader(emulator.error(operationId, 400, "request does not conform to " + spec.file() + ": "
          + String.join("; ", violations)), "X-Sandbox-Violation", String.join("; ", violations));
    } else if (applied.failureStatus() != 0) {
      // The fault answers before the vendor's auth would run; an expired token sent into it still counts.
      if (!login && emulator.carriesExpiredToken(
          new Exchange(match.route(), method, url, request.getHeaders(), body, match.pathParams(), clock.instant()))) {
        traffic.expiredToken();
      }
      response = emulator.error(operationId, applied.failureStatus(), applied.failureStatus() == 429
          ? "rate limit exceeded (injected by the sandbox)"
          : "service unavailable (injected by the sandbox)");
      if (applied.retryAfter() != null && applied.failureStatus() == 429) {
        long seconds = Math.max(1, (applied.retryAfter().toMillis() + 999) / 1000);
        response = withHeader(response, "Retry-After", Long.toString(seconds));
      }
    } else {
      exchange = new Exchange(match.route(), method, url, request.getHeaders(), body, match.pathParams(), clock.instant());
      try {
        response = emulator.handle(exchange);
      } catch (Exception | AssertionError e) {
        response = emulator.error(operationId, 500, "sandbox emulator failure: " + e);
        traffic.violation(new SandboxTraffic.Violation(operationId, method, path, true, List.of("emulator threw " + e)));
      }
      if (validateResponses) {
        String responseBody = response.getBody() == null ? "" : bodyText(response);
        List<String> responseViolations =
            spec.validateResponse(method, path, response.getCode(), response.getHeaders().get("Content-Type"), responseBody);
        if (!responseViolations.isEmpty()) {
          traffic.violation(new SandboxTraffic.Violation(operationId, method, path, true, responseViolations));
        }
      }
      if (applied.malformed() && response.getCode() / 100 == 2 && response.getBody() != null) {
        String text = bodyText(response);
        response = response.newBuilder().body(text.substring(0, text.length() / 2)).build();
      }
    }
    if (exchange != null && exchange.expiredToken()) {
      traffic.expiredToken();
    }
    if (!applied.delay().isZero()) {
      response = response.newBuilder().headersDelay(applied.delay().toMillis(), TimeUnit.MILLISECONDS).build();
    }
    traffic.record(new SandboxTraffic.Exchange(operationId, method, path, response.getCode()), login);
    return response;
  }

  /**
   * MockWebServer keeps every request for {@code takeRequest()}, which nothing here calls: about a kilobyte each,
   * never freed, so a long test or soak would grow without bound. The traffic keeps what a test asks about.
   */
  private void forgetRecordedRequests() {
    try {
      while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // dropped
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String bodyText(MockResponse response) {
    okio.Buffer buffer = new okio.Buffer();
    try {
      response.getBody().writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static MockResponse withHeader(MockResponse response, String name, String value) {
    return response.newBuilder().setHeader(name, value).build();
  }

  private final class Routing extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      return answer(request);
    }
  }
}
