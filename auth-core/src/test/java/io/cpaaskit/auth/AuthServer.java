package io.cpaaskit.auth;

import io.cpaaskit.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A loopback vendor with a login endpoint that issues bearer tokens valid for a lifetime on the test's fake clock,
 * and API endpoints that accept only tokens that are issued, not revoked and not expired. It counts logins, API
 * requests, and requests that arrived with an expired token.
 */
final class AuthServer extends Dispatcher {
  final AtomicInteger logins = new AtomicInteger();
  final AtomicInteger apiRequests = new AtomicInteger();
  final AtomicInteger expiredTokensReceived = new AtomicInteger();
  final AtomicInteger rejected = new AtomicInteger();
  final AtomicReference<Supplier<MockResponse>> loginOverride = new AtomicReference<>();
  volatile CountDownLatch loginGate;
  volatile boolean rejectEverything;
  volatile Supplier<Duration> lifetime = () -> Duration.ofHours(1);

  private final FakeClock clock;
  private final Map<String, Instant> issued = new ConcurrentHashMap<>();
  private final Map<String, Boolean> revoked = new ConcurrentHashMap<>();

  AuthServer(FakeClock clock) {
    this.clock = clock;
  }

  void revokeAll() {
    issued.keySet().forEach(token -> revoked.put(token, true));
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    if (path.endsWith("/login")) {
      int n = logins.incrementAndGet();
      CountDownLatch gate = loginGate;
      if (gate != null) {
        gate.await(10, TimeUnit.SECONDS);
      }
      Supplier<MockResponse> override = loginOverride.get();
      if (override != null) {
        return override.get();
      }
      String token = "tok-" + n;
      Duration life = lifetime.get();
      issued.put(token, clock.instant().plus(life));
      return json(200, "{\"token\":\"" + token + "\",\"expires_in\":" + life.toMillis() / 1000.0 + "}");
    }
    apiRequests.incrementAndGet();
    if (path.endsWith("/redirect")) {
      return new MockResponse.Builder().code(307).setHeader("Location", request.getUrl().newBuilder().encodedPath("/target").build()).build();
    }
    String authorization = request.getHeaders().get("Authorization");
    String keyed = request.getHeaders().get("X-Key-Secret");
    if (keyed != null) {
      return "good-secret".equals(keyed) ? json(200, "{\"ok\":true}") : unauthorized();
    }
    if (request.getUrl().queryParameter("accesskey") != null) {
      return json(200, "{\"ok\":true}");
    }
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return unauthorized();
    }
    String token = authorization.substring("Bearer ".length());
    Instant expiresAt = issued.get(token);
    if (expiresAt != null && !clock.instant().isBefore(expiresAt)) {
      expiredTokensReceived.incrementAndGet();
    }
    if (rejectEverything || expiresAt == null || revoked.containsKey(token) || !clock.instant().isBefore(expiresAt)) {
      return unauthorized();
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    return json(200, "{\"token\":\"" + token + "\",\"echo\":" + (body.isEmpty() ? "null" : "\"" + body.replace("\"", "'") + "\"") + "}");
  }

  private MockResponse unauthorized() {
    rejected.incrementAndGet();
    return json(401, "{\"error\":\"unauthorized\"}");
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }
}
