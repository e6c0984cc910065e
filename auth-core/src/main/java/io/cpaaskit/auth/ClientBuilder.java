package io.cpaaskit.auth;

import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The options every vendor client builder has, written once: {@code VobizClient.Builder},
 * {@code VoipbinClient.Builder} and {@code ZipteamsClient.Builder} extend it (the first two through
 * {@link LoginClientBuilder}, which adds the login options).
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private OkHttpClient okHttpClient;
  private Clock clock = Clock.systemUTC();
  private HttpLogging httpLogging = HttpLogging.none();
  private TokenPolicy tokenPolicy = TokenPolicy.defaults();
  private LoginRetry loginRetry = LoginRetry.defaults();
  private TokenListener tokenListener = TokenListener.NONE;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();

  /** For subclasses. */
  protected ClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Sets the OkHttp client to derive from (default a new one). It is never modified: the vendor client derives its
   * own with {@link OkHttpClient#newBuilder()}, sharing the connection pool and dispatcher. Its call timeout, when
   * shorter than 15 s, also bounds each login.
   *
   * @param okHttpClient the base client
   * @return this builder
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
    return self();
  }

  /**
   * Sets the clock token lifetimes are counted on (default the system UTC clock; tests pass a fake one).
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return self();
  }

  /**
   * Sets what is logged about HTTP traffic (default nothing); credentials are masked at every level.
   *
   * @param httpLogging the logging configuration
   * @return this builder
   */
  public B httpLogging(HttpLogging httpLogging) {
    this.httpLogging = Objects.requireNonNull(httpLogging, "httpLogging == null");
    return self();
  }

  /**
   * Sets when API calls are sent again (default {@link RetryPolicy#defaults()}: idempotent requests and spec-marked
   * retry-safe POSTs, up to 2 retries; {@link RetryPolicy#none()} switches retries off).
   *
   * @param retryPolicy the policy
   * @return this builder
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
    return self();
  }

  /**
   * Sets when tokens are renewed and how login failures are remembered (default {@link TokenPolicy#defaults()}).
   *
   * @param tokenPolicy the policy
   * @return this builder
   */
  protected B tokenPolicy(TokenPolicy tokenPolicy) {
    this.tokenPolicy = Objects.requireNonNull(tokenPolicy, "tokenPolicy == null");
    return self();
  }

  /**
   * Sets the retries around one login (default {@link LoginRetry#defaults()}).
   *
   * @param loginRetry the retry policy
   * @return this builder
   */
  protected B loginRetry(LoginRetry loginRetry) {
    this.loginRetry = Objects.requireNonNull(loginRetry, "loginRetry == null");
    return self();
  }

  /**
   * Sets the observer of logins, failures and clock skew, for metrics (default none).
   *
   * @param tokenListener the listener
   * @return this builder
   */
  protected B tokenListener(TokenListener tokenListener) {
    this.tokenListener = Objects.requireNonNull(tokenListener, "tokenListener == null");
    return self();
  }

  /**
   * Returns the options set so far, with defaults filled in.
   *
   * @return the snapshot the client is built from
   */
  protected final ClientOptions options() {
    return new ClientOptions(
        okHttpClient != null ? okHttpClient : new OkHttpClient(), clock, httpLogging, tokenPolicy, loginRetry, tokenListener,
        retryPolicy);
  }
}
