package io.cpaaskit.auth;

import io.cpaaskit.auth.internal.CredentialInterceptor;
import io.cpaaskit.auth.internal.CrossHostStripper;
import io.cpaaskit.auth.internal.ReauthAuthenticator;
import io.cpaaskit.auth.internal.RetryInterceptor;
import io.cpaaskit.auth.internal.RedactingLogger;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Authenticator;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Installs auth onto OkHttp clients derived from the caller's (so they share its connection pool and dispatcher):
 *
 * <ul>
 *   <li>{@link #apiClient}: an application interceptor that signs each request with the credential its spec
 *       operation accepts, an {@link Authenticator} that re-logs in once on a 401 to a token, a network interceptor that
 *       strips our credentials from cross-origin redirects, and redacted logging.
 *   <li>{@link #loginClient}: for login calls: none of the caller's interceptors, no authenticator (a 401 on the login
 *       cannot recurse), no redirects (they would resend the password), no bodies in logs, a call timeout. Logins use {@code execute()}, never {@code enqueue()}, so
 *       they need no dispatcher slot that waiting calls may hold.
 * </ul>
 */
public final class AuthWiring {
  /** Default timeout of one login call. */
  public static final Duration LOGIN_CALL_TIMEOUT = Duration.ofSeconds(15);

  private AuthWiring() {}

  /**
   * Derives the client that API calls go through.
   *
   * @param base the caller's client (its pool and dispatcher are shared)
   * @param vendor the vendor's name, for messages
   * @param auths the credentials this client may sign with, in order of preference
   * @param logging what to log
   * @return the derived client
   */
  public static OkHttpClient apiClient(OkHttpClient base, String vendor, List<RequestAuth> auths, HttpLogging logging) {
    return apiClient(base, vendor, auths, logging, RetryPolicy.none(), java.time.Clock.systemUTC());
  }

  /**
   * Derives the client that API calls go through, with the retry layer.
   *
   * @param base the caller's client (its pool and dispatcher are shared)
   * @param vendor the vendor's name, for messages
   * @param auths the credentials this client may sign with, in order of preference
   * @param logging what to log
   * @param retries when calls are sent again
   * @param clock the clock {@code Retry-After} dates are measured against
   * @return the derived client
   */
  public static OkHttpClient apiClient(
      OkHttpClient base, String vendor, List<RequestAuth> auths, HttpLogging logging, RetryPolicy retries, java.time.Clock clock) {
    Objects.requireNonNull(retries, "retries == null");
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(base, "base == null");
    Objects.requireNonNull(vendor, "vendor == null");
    Objects.requireNonNull(auths, "auths == null");
    Objects.requireNonNull(logging, "logging == null");
    Set<String> headers = new LinkedHashSet<>();
    Set<String> secretHeaders = new LinkedHashSet<>();
    Set<String> query = new LinkedHashSet<>();
    for (RequestAuth auth : auths) {
      headers.addAll(auth.headerNames());
      secretHeaders.addAll(auth.secretHeaderNames());
      query.addAll(auth.queryNames());
    }
    OkHttpClient.Builder builder = base.newBuilder();
    // One retry layer: ours, outside the signing interceptor (each attempt is signed afresh); OkHttp's own silent
    // retry could resend a POST after a dropped connection, so it is off.
    builder.retryOnConnectionFailure(false);
    builder.interceptors().add(new RetryInterceptor(retries, clock));
    builder.interceptors().add(new CredentialInterceptor(vendor, auths, query));
    builder.authenticator(new ReauthAuthenticator());
    builder.networkInterceptors().add(new CrossHostStripper(headers, query));
    builder.networkInterceptors().add(new RedactingLogger(logging, true, auths, secretHeaders, query));
    return builder.build();
  }

  /**
   * Derives the client that login calls go through.
   *
   * @param base the caller's client (its pool is shared)
   * @param logging what to log; bodies are never logged on this client
   * @param callTimeout the timeout of one login call
   * @return the derived client
   */
  public static OkHttpClient loginClient(OkHttpClient base, HttpLogging logging, Duration callTimeout) {
    Objects.requireNonNull(base, "base == null");
    OkHttpClient.Builder builder = base.newBuilder();
    builder.interceptors().clear();
    builder.networkInterceptors().clear();
    builder.authenticator(Authenticator.NONE);
    // A redirect would resend the password or hash in the body to wherever the Location points.
    builder.followRedirects(false);
    builder.followSslRedirects(false);
    // The caller's own call timeout wins when it is shorter: a login must not outlast the call waiting for it.
    int callerTimeout = base.callTimeoutMillis();
    builder.callTimeout(callerTimeout > 0 && callerTimeout < callTimeout.toMillis() ? Duration.ofMillis(callerTimeout) : callTimeout);
    builder.networkInterceptors().add(new RedactingLogger(logging, false, List.of(), Set.of(), Set.of()));
    return builder.build();
  }

  /**
   * Derives the client for a one-time credential exchange (VoIPBIN's direct-hash boot): as {@link #loginClient}, and
   * OkHttp's silent retry on a dropped connection is off and no pooled connection is reused, so the request can never
   * go out twice without us knowing.
   *
   * @param base the caller's client
   * @param logging what to log; bodies are never logged
   * @param callTimeout the timeout of the exchange
   * @return the derived client
   */
  public static OkHttpClient oneTimeExchangeClient(OkHttpClient base, HttpLogging logging, Duration callTimeout) {
    // A fresh connection per exchange leaves no stale pooled one to fail on; exchanges are hours apart.
    return loginClient(base, logging, callTimeout).newBuilder()
        .retryOnConnectionFailure(false)
        .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
        .build();
  }
}
