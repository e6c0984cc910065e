package io.cpaaskit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cpaaskit.core.errors.ApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * What every reliability test shares: OkHttp clients it owns (so it can shut their pools down), a guard that a call
 * ends within its bound in a result or a documented exception, and a thread-leak check.
 */
final class Harness implements AutoCloseable {
  /** Threads a client or a server of ours may start; OkHttp's shared TaskRunner (daemon, global) is not one. */
  private static final Predicate<Thread> OURS = t -> !t.isDaemon()
      || (t.getName().startsWith("OkHttp") && !t.getName().startsWith("OkHttp TaskRunner"))
      || t.getName().startsWith("MockWebServer")
      || t.getName().startsWith("cpaaskit-token-login");

  private final List<OkHttpClient> clients = new ArrayList<>();
  private final Set<Long> threadsBefore;

  Harness() {
    this.threadsBefore = live().keySet();
  }

  /**
   * An OkHttp client with short timeouts; its dispatcher and pool are shut down by {@link #close()}.
   *
   * @param callTimeout the bound on one whole call, retries included
   * @return the client, to give the vendor builders' {@code okHttpClient(...)}
   */
  OkHttpClient http(Duration callTimeout) {
    OkHttpClient client = new OkHttpClient.Builder()
        .callTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .connectTimeout(2, TimeUnit.SECONDS)
        .readTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
    clients.add(client);
    return client;
  }

  /** A call that may throw anything. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws Exception;
  }

  /** How a call ended: a value, or an exception (never both). */
  record Outcome<T>(T value, Throwable failure, Duration took) {
    boolean succeeded() {
      return failure == null;
    }

    @Override
    public String toString() {
      return failure == null ? "value in " + took.toMillis() + " ms"
          : failure.getClass().getName() + " in " + took.toMillis() + " ms";
    }
  }

  /**
   * Runs a call, failing the test if it does not end within {@code bound} or ends in an exception that is neither an
   * {@link IOException} (transport and authentication failures) nor an {@link ApiException} (typed error answers).
   *
   * @param bound the time the call has, whatever happens on the wire
   * @param call the call
   * @param <T> its result
   * @return how it ended
   */
  static <T> Outcome<T> bounded(Duration bound, Call<T> call) {
    return bounded(bound, IOException.class, call);
  }

  /**
   * As {@link #bounded(Duration, Call)}, also accepting {@code alsoAccepted} (for the one place a known gap is pinned).
   *
   * @param bound the time the call has
   * @param alsoAccepted an exception type accepted besides {@link IOException} and {@link ApiException}
   * @param call the call
   * @param <T> its result
   * @return how it ended
   */
  static <T> Outcome<T> bounded(Duration bound, Class<? extends Exception> alsoAccepted, Call<T> call) {
    return assertTimeoutPreemptively(bound, () -> {
      long start = System.nanoTime();
      try {
        T value = call.run();
        return new Outcome<>(value, null, Duration.ofNanos(System.nanoTime() - start));
      } catch (IOException | ApiException e) {
        return new Outcome<T>(null, e, Duration.ofNanos(System.nanoTime() - start));
      } catch (Exception e) {
        if (alsoAccepted.isInstance(e)) {
          return new Outcome<T>(null, e, Duration.ofNanos(System.nanoTime() - start));
        }
        throw new AssertionError("undocumented failure " + e, e);
      } catch (Error e) {
        throw new AssertionError("undocumented failure " + e, e);
      }
    }, () -> "the call did not end within " + bound);
  }

  /**
   * Shuts down what this harness created and checks, with a bounded wait for pools to idle, that no thread of a
   * client, a server or a login outlives the test.
   */
  @Override
  public void close() {
    for (OkHttpClient client : clients) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    assertNoThreadLeak(threadsBefore, Duration.ofSeconds(10));
  }

  static Map<Long, String> live() {
    Map<Long, String> threads = new TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && OURS.test(t)) {
        threads.put(t.getId(), t.getName());
      }
    }
    return threads;
  }

  /**
   * Waits up to {@code bound} for every thread of ours started since {@code before} to end (idle pool threads end
   * once their dispatcher is shut down; a login thread ends with its call timeout), then asserts none is left.
   */
  static void assertNoThreadLeak(Set<Long> before, Duration bound) {
    long deadline = System.nanoTime() + bound.toNanos();
    Map<Long, String> extra;
    do {
      extra = live().entrySet().stream().filter(e -> !before.contains(e.getKey()))
          .filter(e -> !e.getValue().startsWith("junit-timeout")) // the preemptive-timeout worker, JUnit's own
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      if (extra.isEmpty()) {
        return;
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(20); // polling a bounded wait for pools to idle, not synchronising the test
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    } while (System.nanoTime() < deadline);
    assertThat(extra.values()).as("threads left running after the test").isEmpty();
  }

  /**
   * A Zipteams batch of one call, as the partner ingestion endpoint accepts it.
   *
   * @param callId the call's id (the sandbox keeps ingested ids per tenant)
   * @return the batch
   */
  static io.cpaaskit.zipteams.model.BatchCallRequest zipteamsBatch(String callId) {
    return new io.cpaaskit.zipteams.model.BatchCallRequest().data(List.of(new io.cpaaskit.zipteams.model.CallItem()
        .call(new io.cpaaskit.zipteams.model.PartnerCall().id(callId)
            .recordingUrl("https://recordings.example.com/" + callId + ".mp3")
            .startTime(java.time.OffsetDateTime.parse("2025-01-01T10:00:00Z"))
            .endTime(java.time.OffsetDateTime.parse("2025-01-01T10:05:00Z")).contactNumber("+14155550100"))
        .agent(new io.cpaaskit.zipteams.model.PartnerAgent().id("agent-1"))
        .customer(new io.cpaaskit.zipteams.model.PartnerCustomer().id("cust-1"))));
  }

  /**
   * A loopback answer with a JSON body.
   *
   * @param code the status
   * @param body the body
   * @return the answer
   */
  static mockwebserver3.MockResponse json(int code, String body) {
    return new mockwebserver3.MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body)
        .build();
  }

  /**
   * A loopback answer with an HTML page, as gateways and captive portals send.
   *
   * @param code the status
   * @param page the page
   * @return the answer
   */
  static mockwebserver3.MockResponse html(int code, String page) {
    return new mockwebserver3.MockResponse.Builder().code(code).setHeader("Content-Type", "text/html").body(page).build();
  }
}
