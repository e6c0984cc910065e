package io.cpaaskit.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Faults a sandbox injects on demand: latency, 429 with {@code Retry-After}, bursts of 5xx, a login endpoint that is
 * down or stalls, and malformed bodies. Counted faults hit the next {@code times} matching requests, then stop.
 *
 * <pre>{@code
 * sandbox.faults().rateLimit(2, Duration.ofSeconds(1));      // the next two API calls get 429, Retry-After: 1
 * sandbox.faults().on("listCalls").serverErrors(3);          // only listCalls: three 503s
 * sandbox.faults().loginDown();                               // every login answers 503 until loginUp()
 * }</pre>
 *
 * <p>Login requests (the vendor's token-issuing operations) and API requests are targeted separately:
 * {@link #rateLimit}, {@link #serverErrors} and {@link #malformedBodies} hit API requests only, {@link #loginDown}
 * and {@link #loginStall} the login only, {@link #latency} both. Thread-safe.
 */
public final class Faults {
  private final List<Rule> rules;
  private final String operationId;

  Faults() {
    this(new CopyOnWriteArrayList<>(), null);
  }

  private Faults(List<Rule> rules, String operationId) {
    this.rules = rules;
    this.operationId = operationId;
  }

  /**
   * Returns a view whose faults hit only one operation (login or API alike).
   *
   * @param operationId an operationId of the vendor's spec
   * @return the scoped view, sharing this sandbox's rules
   */
  public Faults on(String operationId) {
    return new Faults(rules, Objects.requireNonNull(operationId, "operationId == null"));
  }

  /**
   * Delays every response (login and API) by {@code delay}, until {@link #clear()}.
   *
   * @param delay the delay before the response headers
   * @return this
   */
  public Faults latency(Duration delay) {
    requirePositive(delay, "delay");
    rules.add(new Rule(Kind.LATENCY, Target.ANY, operationId, -1, delay, 0));
    return this;
  }

  /**
   * Answers the next {@code times} API requests with 429 and a {@code Retry-After} header, in the vendor's body.
   *
   * @param times how many requests
   * @param retryAfter the advertised wait, sent in whole seconds (rounded up)
   * @return this
   */
  public Faults rateLimit(int times, Duration retryAfter) {
    requireTimes(times);
    requirePositive(retryAfter, "retryAfter");
    rules.add(new Rule(Kind.RATE_LIMIT, Target.API, operationId, times, retryAfter, 429));
    return this;
  }

  /**
   * Answers the next {@code times} API requests with 503.
   *
   * @param times how many requests
   * @return this
   */
  public Faults serverErrors(int times) {
    return serverErrors(times, 503);
  }

  /**
   * Answers the next {@code times} API requests with a 5xx status, in the vendor's body.
   *
   * @param times how many requests
   * @param status 500 to 599
   * @return this
   */
  public Faults serverErrors(int times, int status) {
    requireTimes(times);
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be 500..599, was " + status);
    }
    rules.add(new Rule(Kind.SERVER_ERROR, Target.API, operationId, times, Duration.ZERO, status));
    return this;
  }

  /**
   * Cuts the JSON body of the next {@code times} successful API answers in half, so they no longer parse.
   *
   * @param times how many answers
   * @return this
   */
  public Faults malformedBodies(int times) {
    requireTimes(times);
    rules.add(new Rule(Kind.MALFORMED, Target.API, operationId, times, Duration.ZERO, 0));
    return this;
  }

  /**
   * Makes the login endpoint answer 503 until {@link #loginUp()} or {@link #clear()}.
   *
   * @return this
   */
  public Faults loginDown() {
    rules.add(new Rule(Kind.LOGIN_DOWN, Target.LOGIN, operationId, -1, Duration.ZERO, 503));
    return this;
  }

  /**
   * Brings the login endpoint back after {@link #loginDown()}.
   *
   * @return this
   */
  public Faults loginUp() {
    rules.removeIf(rule -> rule.kind == Kind.LOGIN_DOWN);
    return this;
  }

  /**
   * Holds every login answer back by {@code delay} (a stalled identity service), until {@link #clear()}.
   *
   * @param delay the stall
   * @return this
   */
  public Faults loginStall(Duration delay) {
    requirePositive(delay, "delay");
    rules.add(new Rule(Kind.LATENCY, Target.LOGIN, operationId, -1, delay, 0));
    return this;
  }

  /** Removes every fault. */
  public void clear() {
    rules.clear();
  }

  /** The faults that apply to one request, consuming one unit of each counted fault it hits. */
  Applied apply(String requestOperationId, boolean login) {
    Duration delay = Duration.ZERO;
    Rule failure = null;
    boolean malformed = false;
    List<Rule> spent = new ArrayList<>();
    for (Rule rule : rules) {
      if (!rule.matches(requestOperationId, login)) {
        continue;
      }
      if (rule.kind == Kind.LATENCY) {
        delay = delay.plus(rule.duration);
        continue;
      }
      if (rule.kind == Kind.MALFORMED) {
        if (!malformed && rule.take()) {
          malformed = true;
        }
      } else if (failure == null && rule.take()) {
        failure = rule;
      }
      if (rule.exhausted()) {
        spent.add(rule);
      }
    }
    if (!spent.isEmpty()) {
      rules.removeAll(spent);
    }
    return new Applied(delay, failure == null ? 0 : failure.status, failure == null ? null : failure.duration,
        malformed);
  }

  private static void requireTimes(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
  }

  /** The one check of a duration argument in this package; returns it. */
  static Duration requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " == null");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }

  /** What a request gets: a delay, a failure status (0 for none) with its Retry-After, a malformed body. */
  record Applied(Duration delay, int failureStatus, Duration retryAfter, boolean malformed) {}

  private enum Kind { LATENCY, RATE_LIMIT, SERVER_ERROR, MALFORMED, LOGIN_DOWN }

  private enum Target { ANY, API, LOGIN }

  private static final class Rule {
    final Kind kind;
    final Target target;
    final String operationId;
    final Duration duration;
    final int status;
    private int remaining;

    Rule(Kind kind, Target target, String operationId, int times, Duration duration, int status) {
      this.kind = kind;
      this.target = target;
      this.operationId = operationId;
      this.remaining = times;
      this.duration = duration;
      this.status = status;
    }

    boolean matches(String requestOperationId, boolean login) {
      if (operationId != null) {
        // A fault aimed at one operation hits it whether it is a login or not.
        return operationId.equals(requestOperationId);
      }
      return target == Target.ANY || (target == Target.LOGIN) == login;
    }

    synchronized boolean take() {
      if (remaining == 0) {
        return false;
      }
      if (remaining > 0) {
        remaining--;
      }
      return true;
    }

    synchronized boolean exhausted() {
      return remaining == 0;
    }
  }
}
