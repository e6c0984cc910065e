package io.cpaaskit.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a sandbox has seen and answered: counts by kind, spec violations, and the most recent exchanges. The counts
 * are what a test asserts on ({@code assertThat(sandbox.traffic().logins()).isEqualTo(1)}). Thread-safe.
 */
public final class SandboxTraffic {
  private static final int KEPT_EXCHANGES = 10_000;

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong logins = new AtomicLong();
  private final AtomicLong unauthorized = new AtomicLong();
  private final AtomicLong forbidden = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong serverErrors = new AtomicLong();
  private final AtomicLong expiredTokens = new AtomicLong();
  private final List<Violation> violations = new ArrayList<>();
  private final Deque<Exchange> exchanges = new ArrayDeque<>();

  SandboxTraffic() {}

  /** Requests received. */
  public long requests() {
    return requests.get();
  }

  /** Successful logins (tokens issued). */
  public long logins() {
    return logins.get();
  }

  /** Answers with 401. */
  public long unauthorized() {
    return unauthorized.get();
  }

  /** Answers with 403. */
  public long forbidden() {
    return forbidden.get();
  }

  /** Answers with 429. */
  public long rateLimited() {
    return rateLimited.get();
  }

  /** Answers with a 5xx status. */
  public long serverErrors() {
    return serverErrors.get();
  }

  /** Requests that carried a token the sandbox had issued but which had expired (each also counts as a 401). */
  public long expiredTokens() {
    return expiredTokens.get();
  }

  /** Requests that did not conform to the spec (answered 400), and answers of the sandbox that did not. */
  public synchronized List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** The most recent exchanges (up to 10,000), oldest first. */
  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /**
   * Counts the exchanges of one operation.
   *
   * @param operationId the operationId
   * @return how many of the kept exchanges hit it
   */
  public synchronized long count(String operationId) {
    return exchanges.stream().filter(e -> operationId.equals(e.operationId())).count();
  }

  void record(Exchange exchange, boolean login) {
    requests.incrementAndGet();
    int status = exchange.status();
    if (login && status >= 200 && status < 300) {
      logins.incrementAndGet();
    }
    if (status == 401) {
      unauthorized.incrementAndGet();
    } else if (status == 403) {
      forbidden.incrementAndGet();
    } else if (status == 429) {
      rateLimited.incrementAndGet();
    } else if (status >= 500) {
      serverErrors.incrementAndGet();
    }
    synchronized (this) {
      exchanges.addLast(exchange);
      if (exchanges.size() > KEPT_EXCHANGES) {
        exchanges.removeFirst();
      }
    }
  }

  void expiredToken() {
    expiredTokens.incrementAndGet();
  }

  synchronized void violation(Violation violation) {
    violations.add(violation);
  }

  /**
   * One request and its answer.
   *
   * @param operationId the spec operation ({@code null} when no operation matched)
   * @param method the HTTP method
   * @param path the encoded path
   * @param status the status answered
   */
  public record Exchange(String operationId, String method, String path, int status) {}

  /**
   * A departure from the spec.
   *
   * @param operationId the operation ({@code null} when no operation matched)
   * @param method the HTTP method
   * @param path the encoded path
   * @param inResponse {@code false} for a non-conforming request, {@code true} for a non-conforming sandbox answer
   * @param messages the validator's messages
   */
  public record Violation(String operationId, String method, String path, boolean inResponse, List<String> messages) {
    @Override
    public String toString() {
      return (inResponse ? "response to " : "request ") + method + " " + path + " (" + operationId + "): " + messages;
    }
  }
}
