package io.cpaaskit.tour;

import io.cpaaskit.auth.TokenListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Counts what one vendor's clients put on the wire: a network interceptor sees every attempt of every call (retries
 * and the replay after a re-login are attempts of the same {@link Call}), and a token listener sees every login.
 */
final class Wire implements Interceptor, TokenListener {
  private final Set<String> loginPaths;
  // Strong references: the tour makes a few hundred calls, and a finished call must still count.
  private final Map<Call, List<Integer>> attempts = new IdentityHashMap<>();
  private final AtomicInteger logins = new AtomicInteger();
  private final AtomicInteger reloginsAfterExpiry = new AtomicInteger();
  private final AtomicInteger reloginsAfter401 = new AtomicInteger();
  private final OkHttpClient http;

  /**
   * @param loginPaths the encoded paths of the vendor's token endpoints, which count as logins, not calls
   */
  Wire(Set<String> loginPaths) {
    this.loginPaths = loginPaths;
    this.http = new OkHttpClient.Builder().addNetworkInterceptor(this).callTimeout(Duration.ofSeconds(60)).build();
  }

  /** The base client to build the vendor's clients on. */
  OkHttpClient http() {
    return http;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    List<Integer> statuses;
    synchronized (this) {
      statuses = attempts.computeIfAbsent(chain.call(), c -> new ArrayList<>());
    }
    boolean login = loginPaths.contains(chain.request().url().encodedPath());
    try {
      Response response = chain.proceed(chain.request());
      synchronized (this) {
        statuses.add(login ? -response.code() : response.code());
      }
      return response;
    } catch (IOException e) {
      synchronized (this) {
        statuses.add(0);
      }
      throw e;
    }
  }

  @Override
  public void loginStarted(Reason reason) {
    if (reason == Reason.REJECTED) {
      reloginsAfter401.incrementAndGet();
    } else if (reason == Reason.PROACTIVE || logins.get() > 0) {
      reloginsAfterExpiry.incrementAndGet();
    }
  }

  @Override
  public void loginSucceeded(String fingerprint, Duration latency) {
    logins.incrementAndGet();
  }

  /** The counts so far. */
  synchronized Counts counts() {
    int calls = 0;
    int wireLogins = 0;
    int recovered = 0;
    int retries = 0;
    for (List<Integer> statuses : attempts.values()) {
      if (statuses.isEmpty()) {
        continue;
      }
      if (statuses.get(0) < 0) {
        // A token endpoint; Zipteams' dashboard tokens count here too.
        wireLogins += statuses.stream().filter(s -> s <= -200 && s > -300).count() > 0 ? 1 : 0;
        retries += statuses.size() - 1;
        continue;
      }
      calls++;
      for (int i = 0; i < statuses.size() - 1; i++) {
        if (statuses.get(i) == 401) {
          if (statuses.subList(i + 1, statuses.size()).stream().anyMatch(s -> s / 100 == 2)) {
            recovered++;
          }
        } else {
          retries++;
        }
      }
    }
    return new Counts(calls, Math.max(logins.get(), wireLogins), recovered, retries);
  }

  /** Logins that renewed an expired (or about to expire) token. */
  int reloginsAfterExpiry() {
    return reloginsAfterExpiry.get();
  }

  /** Logins that followed a 401. */
  int reloginsAfter401() {
    return reloginsAfter401.get();
  }

  /** What a vendor's part of the tour sent. */
  record Counts(int calls, int logins, int recovered401s, int retries) {}
}
