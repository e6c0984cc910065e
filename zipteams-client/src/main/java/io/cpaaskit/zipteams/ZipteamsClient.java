package io.cpaaskit.zipteams;

import io.cpaaskit.auth.AuthWiring;
import io.cpaaskit.auth.ClientBuilder;
import io.cpaaskit.auth.ClientOptions;
import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.core.retrofit.SpecRetrofit;
import io.cpaaskit.zipteams.internal.ApiHosts;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * A Zipteams client: hands out the generated Retrofit interfaces of {@code io.cpaaskit.zipteams.api} with the
 * credentials put on every request the spec says they belong on.
 *
 * <pre>{@code
 * ZipteamsClient zipteams = ZipteamsClient.builder()
 *     .credentials(ZipteamsCredentials.partner(apiKey, apiSecret, "tenant1", "subtenant1"))
 *     .build();
 * Response<SuccessResponse> queued =
 *     zipteams.create(PartnerCallsApi.class).ingestCallBatch(new BatchCallRequest().data(calls)).execute();
 *
 * // the same key pair, acting for another tenant, over the same connection pool
 * ZipteamsClient other = zipteams.forTenant("tenant2", "subtenant7");
 * }</pre>
 *
 * <p>Each operation is signed according to its {@code @SpecOperation} security: partner operations take the four
 * partner headers, Customer API operations the {@code x-zip-api-key} header. Calling an operation the held credentials
 * do not satisfy fails with {@link CredentialNotAcceptedException} before anything is sent. Keys are static: a 401
 * fails with {@link InvalidApiKeyException} and is never retried; any other status, 403 included (Zipteams' usual
 * answer to a wrong partner key), comes back as an ordinary {@link retrofit2.Response}. Credential headers are
 * removed if a redirect leaves the host they were meant for.
 *
 * <p>The Customer API's call and disposition sync ({@code CustomerCallsApi}) lives on its own AWS host, configured
 * with {@link Builder#customerIngestionUrl(String)}; every other interface uses {@link Builder#baseUrl(String)}.
 *
 * <p>Instances are immutable and thread-safe; build one per credential and share it.
 */
public final class ZipteamsClient {
  /** The production host of the Partner API and the Customer API's customer-sync, from the spec's servers. */
  public static final String DEFAULT_BASE_URL = "https://api.zipteams.com";

  /** The production host of the Customer API's call and disposition sync, from the spec's path-level server. */
  public static final String DEFAULT_CUSTOMER_INGESTION_URL = "https://mixu6sd8i0.execute-api.ap-south-1.amazonaws.com";

  private static final String VENDOR = "Zipteams";
  private static final String API_PACKAGE = "io.cpaaskit.zipteams.api";

  private final HttpUrl baseUrl;
  private final HttpUrl customerIngestionUrl;
  private final ClientOptions options;
  private final ZipteamsCredentials credentials;
  private final Retrofit main;
  private final Retrofit customerIngestion;

  private ZipteamsClient(HttpUrl baseUrl, HttpUrl customerIngestionUrl, ClientOptions options, ZipteamsCredentials credentials) {
    this.baseUrl = baseUrl;
    this.customerIngestionUrl = customerIngestionUrl;
    this.options = options;
    this.credentials = credentials;
    // One signing client for both hosts: it shares the caller's pool and dispatcher, and its redirect stripping
    // compares each request with the origin it was signed for, whichever host that is.
    OkHttpClient api =
        AuthWiring.apiClient(
            options.okHttpClient(), VENDOR, List.of(credentials.requestAuth()), options.httpLogging(),
            options.retryPolicy(), options.clock());
    this.main = SpecRetrofit.newBuilder(baseUrl.toString(), api).build();
    this.customerIngestion = SpecRetrofit.newBuilder(customerIngestionUrl.toString(), api).build();
  }

  /**
   * Returns the clock this client was built with, so companions such as
   * {@link io.cpaaskit.zipteams.embed.DashboardTokens} measure time on the same clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return options.clock();
  }

  /**
   * Starts configuring a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an implementation of a generated Zipteams API interface, like {@link Retrofit#create(Class)}, bound to the
   * host the spec serves it from.
   *
   * @param api one of the interfaces in {@code io.cpaaskit.zipteams.api}, e.g. {@code PartnerCallsApi.class}
   * @param <T> the interface type
   * @return the implementation
   * @throws IllegalArgumentException if {@code api} is not a Zipteams API interface
   */
  public <T> T create(Class<T> api) {
    Objects.requireNonNull(api, "api == null");
    if (!api.isInterface() || !API_PACKAGE.equals(api.getPackageName())) {
      throw new IllegalArgumentException(
          api.getName() + " is not a Zipteams API interface; create(...) takes the generated interfaces of "
              + API_PACKAGE);
    }
    Retrofit retrofit = ApiHosts.of(api) == ApiHosts.Host.CUSTOMER_INGESTION ? customerIngestion : main;
    return retrofit.create(api);
  }

  /**
   * Returns a client that acts for another tenant and subtenant with the same partner key pair, the same hosts,
   * logging and OkHttp connection pool. This client is unchanged.
   *
   * <pre>{@code
   * DashboardTokensApi tokens = zipteams.forTenant("tenant2", "subtenant7").create(DashboardTokensApi.class);
   * }</pre>
   *
   * @param tenantId the tenant
   * @param subTenantId the subtenant
   * @return the client for that tenant pair
   * @throws IllegalArgumentException if an id is null, blank, has surrounding whitespace or holds a character an HTTP
   *     header cannot carry (as {@link ZipteamsCredentials#partner} checks)
   * @throws IllegalStateException if this client holds customer credentials, which have no tenant
   */
  public ZipteamsClient forTenant(String tenantId, String subTenantId) {
    return new ZipteamsClient(baseUrl, customerIngestionUrl, options, credentials.withTenant(tenantId, subTenantId));
  }

  @Override
  public String toString() {
    return "ZipteamsClient{baseUrl=" + Redaction.url(baseUrl) + ", customerIngestionUrl="
        + Redaction.url(customerIngestionUrl) + ", credentials=" + credentials + "}";
  }

  /**
   * Configures a {@link ZipteamsClient}. Only {@link #credentials} is required.
   *
   * <pre>{@code
   * ZipteamsClient zipteams = ZipteamsClient.builder()
   *     .credentials(ZipteamsCredentials.customer(System.getenv("ZIPTEAMS_API_KEY")))
   *     .okHttpClient(sharedOkHttp)
   *     .httpLogging(HttpLogging.level(HttpLogging.Level.HEADERS))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String baseUrl = DEFAULT_BASE_URL;
    private String customerIngestionUrl = DEFAULT_CUSTOMER_INGESTION_URL;
    private ZipteamsCredentials credentials;

    private Builder() {}

    /**
     * Sets the main host (default {@link ZipteamsClient#DEFAULT_BASE_URL}); the spec's paths carry {@code /api/v1} themselves.
     *
     * @param baseUrl an http or https URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /**
     * Sets the host of the Customer API's call and disposition sync, {@code ingestCustomerCalls} (default
     * {@link ZipteamsClient#DEFAULT_CUSTOMER_INGESTION_URL}).
     *
     * @param customerIngestionUrl an http or https URL
     * @return this builder
     */
    public Builder customerIngestionUrl(String customerIngestionUrl) {
      this.customerIngestionUrl = Objects.requireNonNull(customerIngestionUrl, "customerIngestionUrl == null");
      return this;
    }

    /**
     * Sets the credentials every request is signed with (required).
     *
     * @param credentials partner or customer credentials
     * @return this builder
     */
    public Builder credentials(ZipteamsCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }




    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no credentials were set
     * @throws IllegalArgumentException if {@code baseUrl} or {@code customerIngestionUrl} is not an http or https URL,
     *     or carries a query or a fragment
     */
    public ZipteamsClient build() {
      if (credentials == null) {
        throw new IllegalStateException(
            "credentials is required: call credentials(ZipteamsCredentials.partner(...)) or "
                + "credentials(ZipteamsCredentials.customer(...))");
      }
      return new ZipteamsClient(url("baseUrl", baseUrl), url("customerIngestionUrl", customerIngestionUrl), options(), credentials);
    }

    private static HttpUrl url(String name, String value) {
      HttpUrl url = HttpUrl.parse(value);
      if (url == null) {
        // The value is not echoed: a mistyped URL may carry user info or a key in its query.
        throw new IllegalArgumentException(name + " is not an http or https URL");
      }
      if (url.encodedQuery() != null || url.encodedFragment() != null) {
        // Retrofit resolves the spec's relative paths against it, which would silently drop either.
        throw new IllegalArgumentException(name + " must not carry a query or a fragment");
      }
      return url;
    }
  }
}
