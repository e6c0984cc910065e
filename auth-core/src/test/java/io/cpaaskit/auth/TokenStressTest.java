package io.cpaaskit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.testing.FakeClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * 32 threads, 4,800 calls through the real OkHttp stack while the fake clock runs forward and the server hands out
 * tokens with random lifetimes of 2 to 6 seconds. Each thread moves the clock at most 5 ms per call, so between a
 * thread taking a token and sending it the other 31 can move the clock at most 155 ms, below the 200 ms hard-expiry
 * margin of the shortest token: any expired token on the wire is a real bug, not a race of the test.
 */
class TokenStressTest {
  private static final JsonAdapter<Map<String, Object>> MAP =
      LenientJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  @Test
  void randomLifetimesUnderLoadNeverSendAnExpiredTokenAndLogInOnlyAsOftenAsNeeded() throws Exception {
    FakeClock clock = new FakeClock();
    AuthServer vendor = new AuthServer(clock);
    SplittableRandom lifetimes = new SplittableRandom(42);
    vendor.lifetime = () -> {
      synchronized (lifetimes) {
        return Duration.ofMillis(2000 + lifetimes.nextInt(4001));
      }
    };
    Map<String, Instant> expiries = new ConcurrentHashMap<>();
    AtomicInteger expiredOnTheWire = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(vendor);
      server.start();
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(64);
      dispatcher.setMaxRequestsPerHost(64);
      OkHttpClient base =
          new OkHttpClient.Builder()
              .dispatcher(dispatcher)
              .addNetworkInterceptor(chain -> {
                // At the moment of sending: is the token on the wire past its expiry?
                String auth = chain.request().header("Authorization");
                if (auth != null) {
                  Instant expiresAt = expiries.get(auth.substring("Bearer ".length()));
                  if (expiresAt != null && !clock.instant().isBefore(expiresAt)) {
                    expiredOnTheWire.incrementAndGet();
                  }
                }
                return chain.proceed(chain.request());
              })
              .build();
      OkHttpClient loginClient = AuthWiring.loginClient(base, HttpLogging.none(), Duration.ofSeconds(10));
      TokenManager tokens =
          TokenManager.builder("stress login", () -> {
                Request request =
                    new Request.Builder().url(server.url("/api/login")).post(RequestBody.create("{}", MediaType.get("application/json"))).build();
                try (okhttp3.Response response = loginClient.newCall(request).execute()) {
                  Map<String, Object> body = MAP.fromJson(response.body().string());
                  long millis = (long) (((Number) body.get("expires_in")).doubleValue() * 1000);
                  AccessToken token = AccessToken.bearer((String) body.get("token"), clock.instant(), Duration.ofMillis(millis));
                  expiries.put(token.value().reveal(), token.expiresAt());
                  return token;
                }
              })
              .clock(clock)
              .policy(TokenPolicy.builder().waitTimeout(Duration.ofSeconds(20)).build())
              .build();
      TestApi api =
          AuthenticatedRetrofit.create(server.url("/api/").toString(), base, "Stress", List.of(RequestAuth.bearer(Set.of("bearer"), tokens)), HttpLogging.none())
              .create(TestApi.class);

      Instant start = clock.instant();
      int threads = 32;
      int callsPerThread = 150;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch go = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(threads);
      AtomicInteger ok = new AtomicInteger();
      for (int t = 0; t < threads; t++) {
        SplittableRandom random = new SplittableRandom(t);
        pool.execute(() -> {
          try {
            go.await();
            for (int i = 0; i < callsPerThread; i++) {
              clock.advance(Duration.ofMillis(random.nextInt(6)));
              try (var response = api.getThing().execute().body()) {
                if (response != null) {
                  ok.incrementAndGet();
                }
              } catch (IOException | RuntimeException e) {
                unexpected.add(e);
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            done.countDown();
          }
        });
      }
      go.countDown();
      assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
      pool.shutdownNow();

      Duration elapsed = Duration.between(start, clock.instant());
      // Each token serves at least half its lifetime (1 s) before its refresh window: logins <= elapsed seconds + 2.
      long bound = elapsed.getSeconds() + 2;
      System.out.printf("stress: %d calls, %s fake time, %d logins (bound %d), %d expired on the wire%n", ok.get(), elapsed, vendor.logins.get(), bound, expiredOnTheWire.get());
      assertThat(unexpected).isEmpty();
      assertThat(ok).hasValue(threads * callsPerThread);
      assertThat(expiredOnTheWire).hasValue(0);
      assertThat(vendor.rejected).hasValue(0);
      assertThat(elapsed).isGreaterThan(Duration.ofSeconds(8)); // several token lifetimes really passed
      assertThat(vendor.logins.get()).isBetween(2, (int) bound);
    }
  }
}
