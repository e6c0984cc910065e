package io.cpaaskit.zipteams.embed;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.AuthTimeoutException;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.auth.RateLimitedException;
import io.cpaaskit.auth.TokenManager;
import io.cpaaskit.auth.TokenPolicy;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/**
 * Dashboard tokens for Zipteams' embeddable pages, one cached token per (tenant, subtenant), fetched with
 * {@code getDashboardToken} on a partner {@link ZipteamsClient}. Build one per partner client and share it; it is
 * thread-safe.
 *
 * <pre>{@code
 * DashboardTokens tokens = DashboardTokens.create(zipteams);   // zipteams holds partner credentials
 * EmbedUrls embed = EmbedUrls.create();
 * HttpUrl iframeSrc = embed.viewInsights(tokens.token("acme", "sales-emea").value(), EmbedUrls.THEME_DARK, null);
 * }</pre>
 *
 * <ul>
 *   <li><b>Cached per tenant pair.</b> A token is bound to one tenant and subtenant, so each pair has its own. The
 *       first {@link #token} for a pair fetches; later calls are served from memory.
 *   <li><b>Renewed inside its lifetime.</b> The lifetime is the token's {@code exp - iat} (24 hours if it does not
 *       say), counted from receipt on the clock. From 60 minutes before expiry the cached token is still returned
 *       while one background fetch replaces it; in the last 60 seconds it is no longer returned and callers wait for
 *       the new one. A token this returns is therefore valid for at least a minute more (see
 *       {@link AccessToken#expiresAt()}); an iframe left open longer needs a fresh URL.
 *   <li><b>One fetch at a time.</b> Concurrent callers for the same pair share one fetch and its result or failure.
 *   <li><b>Within Zipteams' limit.</b> At most {@value #DEFAULT_FETCHES_PER_MINUTE} fetches leave per minute (a
 *       sliding window on the clock, across all pairs: the limit is per partner). Over it, or after Zipteams
 *       answers 429, a fetch fails at once with {@link RateLimitedException} whose {@code retryAfter()} says how long
 *       to wait ({@code Retry-After}, seconds or HTTP-date, else 60 s); nothing is sent for any pair until then, and
 *       that pair's callers get the same failure meanwhile. The window counts only these fetches: lower
 *       {@link Builder#fetchesPerMinute} to leave room for the ingestion calls the same partner makes.
 *   <li><b>Failures</b> are {@link IOException}s: {@link InvalidCredentialsException} for a refusal (400, 403),
 *       remembered for a few seconds; {@link io.cpaaskit.auth.InvalidApiKeyException} for a 401;
 *       {@link io.cpaaskit.auth.LoginUnavailableException} for a 5xx or an unreachable host, retried with backoff;
 *       {@link AuthTimeoutException} after waiting longer than {@link TokenPolicy#waitTimeout()} (16 s by default).
 *       Zipteams' answer is the cause, a {@link io.cpaaskit.zipteams.errors.ZipteamsApiException}.
 *   <li><b>Retries</b> belong to the client's own retry layer ({@code RetryPolicy}): a fetch it repeats counts once
 *       here. Its default waits out a {@code Retry-After} of up to 30 s on the fetch's thread, longer than callers wait
 *       by default; give the client a {@code retryAfterCap} below the wait timeout if callers must not time out.
 * </ul>
 *
 * <p>The token is a secret: {@link AccessToken} and every message print it as {@code ***}. It belongs in an iframe
 * URL only; never log that URL.
 */
public final class DashboardTokens {
  /** Zipteams' documented limit for a partner: 120 requests per minute. */
  public static final int DEFAULT_FETCHES_PER_MINUTE = 120;

  private final ZipteamsClient partner;
  private final Clock clock;
  private final TokenPolicy policy;
  private final Executor executor;
  private final int fetchesPerMinute;
  private final FetchLimiter limiter;
  private final ConcurrentMap<TenantPair, TokenManager> managers = new ConcurrentHashMap<>();

  private DashboardTokens(Builder builder) {
    this.partner = builder.partner;
    this.clock = builder.clock;
    this.policy = builder.policy;
    this.executor = builder.executor;
    this.fetchesPerMinute = builder.fetchesPerMinute;
    this.limiter = new FetchLimiter(builder.fetchesPerMinute, builder.clock);
  }

  /**
   * Returns a provider with the defaults.
   *
   * @param partner a client built with {@code ZipteamsCredentials.partner(…)}; its own tenant pair is not used
   * @return the provider
   */
  public static DashboardTokens create(ZipteamsClient partner) {
    return builder(partner).build();
  }

  /**
   * Starts configuring a provider.
   *
   * @param partner a client built with {@code ZipteamsCredentials.partner(…)}; its own tenant pair is not used
   * @return a builder
   */
  public static Builder builder(ZipteamsClient partner) {
    return new Builder(partner);
  }

  /**
   * Returns a valid dashboard token for the pair: the cached one, or the result of the one fetch in flight.
   *
   * @param tenantId the tenant, sent as {@code x-tenant-id}
   * @param subTenantId the subtenant, sent as {@code x-sub-tenant-id}
   * @return the token; {@link AccessToken#value()} goes into the embed URL
   * @throws IllegalArgumentException if an id is null, blank, has surrounding whitespace or holds a character an HTTP
   *     header cannot carry
   * @throws IllegalStateException if the client holds customer credentials, which cannot fetch dashboard tokens
   * @throws RateLimitedException if a fetch was needed but may not leave yet
   * @throws IOException if the fetch failed (see the class description)
   */
  public AccessToken token(String tenantId, String subTenantId) throws IOException {
    return managers.computeIfAbsent(new TenantPair(tenantId, subTenantId), this::manager).token();
  }

  private TokenManager manager(TenantPair pair) {
    // forTenant validates the ids (naming the field, never echoing a secret) before anything is cached.
    ZipteamsClient tenant = partner.forTenant(pair.tenantId(), pair.subTenantId());
    String what = "Zipteams dashboard token for tenant " + pair.tenantId() + "/" + pair.subTenantId();
    DashboardTokenLogin login = new DashboardTokenLogin(tenant.create(DashboardTokensApi.class), what, limiter, clock);
    TokenManager.Builder manager = TokenManager.builder(what, login).policy(policy).clock(clock);
    if (executor != null) {
      manager.executor(executor);
    }
    return manager.build();
  }

  @Override
  public String toString() {
    return "DashboardTokens{tenantPairs=" + managers.size() + ", fetchesPerMinute=" + fetchesPerMinute + "}";
  }

  private record TenantPair(String tenantId, String subTenantId) {}

  /** Configures {@link DashboardTokens}; every setter names its argument in the error it throws. */
  public static final class Builder {
    private final ZipteamsClient partner;
    private Clock clock;
    private TokenPolicy policy = TokenPolicy.defaults();
    private Executor executor;
    private int fetchesPerMinute = DEFAULT_FETCHES_PER_MINUTE;

    private Builder(ZipteamsClient partner) {
      this.partner = Objects.requireNonNull(partner, "partner == null");
      this.clock = partner.clock(); // one clock for the client's Retry-After dates and the tokens' lifetimes
    }

    /**
     * Sets the clock token lifetimes and the rate window are counted on (default the partner client's clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets when tokens are renewed, how long callers wait for a fetch and how failures are remembered (default
     * {@link TokenPolicy#defaults()}: renewal from 60 minutes before expiry, jittered).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder tokenPolicy(TokenPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sets where fetches run (default a new daemon thread per fetch; fetches are rare). Never an OkHttp dispatcher
     * thread: waiting callers could starve the fetch of a connection.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Sets the most fetches that leave in any minute, across all tenant pairs (default
     * {@value DashboardTokens#DEFAULT_FETCHES_PER_MINUTE}, Zipteams' whole per-partner limit).
     *
     * @param fetchesPerMinute the limit, 1 to {@value DashboardTokens#DEFAULT_FETCHES_PER_MINUTE}
     * @return this builder
     * @throws IllegalArgumentException if it is outside that range
     */
    public Builder fetchesPerMinute(int fetchesPerMinute) {
      if (fetchesPerMinute < 1 || fetchesPerMinute > DEFAULT_FETCHES_PER_MINUTE) {
        throw new IllegalArgumentException(
            "fetchesPerMinute must be between 1 and " + DEFAULT_FETCHES_PER_MINUTE + " but was " + fetchesPerMinute);
      }
      this.fetchesPerMinute = fetchesPerMinute;
      return this;
    }

    /**
     * Builds the provider. Nothing is fetched until the first {@link DashboardTokens#token}.
     *
     * @return the provider
     */
    public DashboardTokens build() {
      return new DashboardTokens(this);
    }
  }
}
