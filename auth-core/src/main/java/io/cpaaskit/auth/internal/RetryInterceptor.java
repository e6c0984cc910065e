package io.cpaaskit.auth.internal;

import io.cpaaskit.auth.AuthenticationException;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.core.http.RetryAfter;
import io.cpaaskit.core.retrofit.SpecOperation;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * The one retry layer of a vendor client (see {@link RetryPolicy}). An application interceptor placed before the
 * credential interceptor, so every attempt is signed again with the current credential.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 502, 503, 504);

  private final RetryPolicy policy;
  private final Clock clock;
  /** Whether each generated method's spec marks it retry-safe: read once, not off its annotation on every call. */
  private final ConcurrentHashMap<Method, Boolean> markedRetrySafe = new ConcurrentHashMap<>();

  public RetryInterceptor(RetryPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Returns whether a request may be sent again without risking a duplicate effect.
   *
   * @param request the request
   * @return whether its method is idempotent or its spec operation is marked retry-safe
   */
  boolean retrySafe(Request request) {
    if (request.body() != null && request.body().isOneShot()) {
      return false;
    }
    if (IDEMPOTENT.contains(request.method())) {
      return true;
    }
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && markedRetrySafe.computeIfAbsent(invocation.method(), RetryInterceptor::marked);
  }

  private static boolean marked(Method method) {
    SpecOperation operation = method.getAnnotation(SpecOperation.class);
    return operation != null && operation.retrySafe();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long callTimeoutNanos = chain.call().timeout().timeoutNanos();
    if (callTimeoutNanos > 0) {
      // For a login wait further in, which the call timeout would not cut short either.
      request = request.newBuilder().tag(CallDeadline.class, CallDeadline.startingNow(callTimeoutNanos)).build();
    }
    if (policy.maxRetries() == 0 || !retrySafe(request)) {
      return chain.proceed(request);
    }
    // A pause is not interrupted when the call times out, so a retry whose pause would end past the call's
    // deadline is not taken: the call ends with the answer (or failure) it has, within its timeout.
    long startedNanos = System.nanoTime();
    long startedMillis = clock.millis();
    for (int retry = 1; ; retry++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (retry > policy.maxRetries() || !retryableTransport(e) || chain.call().isCanceled()) {
          throw e;
        }
        Duration backoff = policy.backoff(retry);
        if (!endsBeforeDeadline(backoff, startedNanos, startedMillis, callTimeoutNanos)) {
          throw e;
        }
        pause(backoff);
        continue;
      }
      if (retry > policy.maxRetries() || !RETRYABLE_STATUS.contains(response.code())) {
        return response;
      }
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
      if (retryAfter != null && retryAfter.compareTo(policy.retryAfterCap()) > 0) {
        return response; // the server asks for longer than we wait: hand its answer back at once
      }
      Duration wait = retryAfter != null ? retryAfter : policy.backoff(retry);
      if (!endsBeforeDeadline(wait, startedNanos, startedMillis, callTimeoutNanos)) {
        return response; // waiting would outlast the call's timeout: its answer now beats a timeout later
      }
      response.close();
      pause(wait);
    }
  }

  /**
   * Whether a pause starting now ends before the call's timeout; always, without a call timeout. The time gone is the
   * larger of the real time (which OkHttp's timeout counts) and the client's clock (which a test's sleeper advances).
   */
  private boolean endsBeforeDeadline(Duration pause, long startedNanos, long startedMillis, long callTimeoutNanos) {
    if (callTimeoutNanos == 0) {
      return true;
    }
    long gone = Math.max(System.nanoTime() - startedNanos, TimeUnit.MILLISECONDS.toNanos(clock.millis() - startedMillis));
    return gone + pause.toNanos() < callTimeoutNanos;
  }

  private static boolean retryableTransport(IOException e) {
    if (e instanceof AuthenticationException) {
      return false;
    }
    if (e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof SocketException) {
      return true; // refused, unreachable, or reset: for an idempotent request, sending again is harmless
    }
    if (e instanceof InterruptedIOException) {
      String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      return message.contains("connect timed out"); // a read timeout may be the call timeout: the call is over
    }
    // OkHttp reports a connection dropped mid-response as a plain IOException ("unexpected end of stream").
    return String.valueOf(e.getMessage()).contains("unexpected end of stream");
  }

  private void pause(Duration duration) throws InterruptedIOException {
    Backoff.pause(policy.sleeper(), duration, "retries");
  }

}
