package io.cpaaskit.vobiz;

import io.cpaaskit.auth.AuthWiring;
import io.cpaaskit.auth.AuthenticatedRetrofit;
import io.cpaaskit.auth.ClientOptions;
import io.cpaaskit.auth.LoginClientBuilder;
import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.core.errors.ApiCalls;
import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.auth.RequestAuth;
import io.cpaaskit.auth.TokenManager;
import io.cpaaskit.vobiz.errors.VobizApiException;
import io.cpaaskit.vobiz.errors.VobizErrors;
import io.cpaaskit.vobiz.internal.AuthIdGuard;
import io.cpaaskit.vobiz.internal.ErrorBodyOnSuccess;
import io.cpaaskit.vobiz.internal.PartnerLogin;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * The Vobiz client: hands out the generated Retrofit interfaces of the partner API
 * ({@code io.cpaaskit.vobiz.partner.api}) and of the customer voice API ({@code io.cpaaskit.vobiz.voice.api}), each
 * signed with the right credential for its scope.
 *
 * <p>Vobiz has two credential scopes: a partner's own pair works only on the partner API, and each customer's voice
 * resources need that customer's own pair. So a client built with partner credentials gives {@link #partner()}, and
 * {@link #customer(VobizCredentials)} gives a scope for any customer whose credentials you hold; all scopes share
 * one connection pool.
 *
 * <pre>{@code
 * VobizClient vobiz = VobizClient.builder()
 *     .credentials(VobizCredentials.partner("PA_XY123456", System.getenv("VOBIZ_PARTNER_TOKEN")))
 *     .build();
 * CustomerPage customers = vobiz.partner().create(CustomersApi.class).listCustomers(1, 20, null).execute().body();
 *
 * VobizClient.CustomerScope acme = vobiz.customer(VobizCredentials.customer("MA_ABCDEF1234", acmeToken));
 * Concurrency now = acme.create(AccountsApi.class).getConcurrency(acme.authId()).execute().body();
 * }</pre>
 *
 * <p>Every generated method returns a plain Retrofit {@link Call}. Run it yourself and read the {@code Response}, or
 * hand it to {@link #execute(Call)} / {@link #enqueue(Call)}, which return the body or throw the typed
 * {@link VobizApiException} for an error answer. Either way, a 2xx whose body is a Vobiz error (the conference
 * lookup's {@code 200 {"api_id":…,"error":"failed"}}) is thrown as {@link VobizApiException.UnexpectedStatus}.
 */
public final class VobizClient {
  /** The production host; the client appends {@code /api/v1/partner} and {@code /api/v1} itself. */
  public static final String PRODUCTION_URL = "https://api.vobiz.ai";

  private static final String VENDOR = "Vobiz";
  private static final String PARTNER_API = "io.cpaaskit.vobiz.partner.api";
  private static final String VOICE_API = "io.cpaaskit.vobiz.voice.api";
  private static final Set<String> HEADER_PAIR = Set.of("vobizAuthId", "vobizAuthToken");
  private static final Set<String> PARTNER_BEARER = Set.of("vobizPartnerBearer");

  private final HttpUrl host;
  private final VobizCredentials credentials;
  private final OkHttpClient http;
  private final HttpLogging logging;
  private final ClientOptions options;
  private final PartnerScope partner;
  private final CustomerScope customer;

  private VobizClient(VobizCredentials credentials, ClientOptions options, HttpUrl host) {
    this.host = host;
    this.credentials = credentials;
    this.http = options.okHttpClient();
    this.logging = options.httpLogging();
    this.options = options;
    if (credentials.kind().partner()) {
      this.partner = new PartnerScope(partnerRetrofit(options), credentials.authId());
      this.customer = null;
    } else {
      this.partner = null;
      this.customer = newCustomerScope(credentials);
    }
  }

  /**
   * Starts a client for the production host.
   *
   * @return a builder; {@link Builder#credentials} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the partner scope, signed with this client's partner credentials.
   *
   * @return the partner scope (the same instance on every call)
   * @throws IllegalStateException if this client was built with customer credentials
   */
  public PartnerScope partner() {
    if (partner == null) {
      throw new IllegalStateException(
          "partner() needs partner credentials, but this VobizClient holds customer credentials ("
              + credentials.authId() + "); build a client with VobizCredentials.partner(...) or partnerLogin(...)");
    }
    return partner;
  }

  /**
   * Returns a scope for the voice API of one customer, signed with that customer's own credentials (never with the
   * partner's). Scopes are cheap and share this client's connection pool; keep one per customer you work with.
   *
   * @param customerCredentials the customer's credentials from {@link VobizCredentials#customer}
   * @return the customer scope
   * @throws IllegalArgumentException if {@code customerCredentials} are partner credentials
   */
  public CustomerScope customer(VobizCredentials customerCredentials) {
    Objects.requireNonNull(customerCredentials, "customerCredentials == null");
    if (customerCredentials.kind().partner()) {
      throw new IllegalArgumentException(
          "customer(customerCredentials) needs a customer's own credentials (VobizCredentials.customer, MA_ or SA_),"
              + " but got partner credentials (" + customerCredentials.authId() + "); the partner API is partner()");
    }
    if (customer != null && customerCredentials.equals(credentials)) {
      return customer;
    }
    return newCustomerScope(customerCredentials);
  }

  /**
   * Returns the customer scope of the credentials this client was built with.
   *
   * @return the customer scope (the same instance on every call)
   * @throws IllegalStateException if this client was built with partner credentials
   */
  public CustomerScope customer() {
    if (customer == null) {
      throw new IllegalStateException(
          "customer() uses the client's own customer credentials, but this VobizClient holds partner credentials ("
              + credentials.authId() + "); pass the customer's credentials: customer(VobizCredentials.customer(...))");
    }
    return customer;
  }

  /**
   * Returns an implementation of a generated interface from the scope of this client's own credentials: a partner
   * interface from {@link #partner()}, a voice interface from {@link #customer()}.
   *
   * @param api a generated interface from {@code io.cpaaskit.vobiz.partner.api} or {@code io.cpaaskit.vobiz.voice.api}
   * @param <T> the interface type
   * @return the implementation
   * @throws IllegalArgumentException if {@code api} is not a Vobiz interface, or not one of this client's scope
   */
  public <T> T create(Class<T> api) {
    Objects.requireNonNull(api, "api == null");
    if (isApi(api, PARTNER_API) && partner != null) {
      return partner.create(api);
    }
    if (isApi(api, VOICE_API) && customer != null) {
      return customer.create(api);
    }
    if (isApi(api, VOICE_API)) {
      throw new IllegalArgumentException(
          api.getName() + " is a customer voice API, and this client holds partner credentials ("
              + credentials.authId() + "); use customer(VobizCredentials.customer(...)).create(...)");
    }
    if (isApi(api, PARTNER_API)) {
      throw new IllegalArgumentException(
          api.getName() + " is a partner API, and this client holds customer credentials ("
              + credentials.authId() + "); build a client with partner credentials");
    }
    throw new IllegalArgumentException(
        api.getName() + " is not a generated Vobiz API interface (" + PARTNER_API + " or " + VOICE_API + ")");
  }

  /**
   * Executes a call from any of this client's scopes on this thread and returns its body.
   *
   * <pre>{@code
   * MakeCallResponse call = vobiz.execute(acme.create(CallsApi.class).makeCall(acme.authId(), request));
   * }</pre>
   *
   * @param call an unexecuted call from a generated interface
   * @param <T> the body type
   * @return the body ({@code null} for a bodiless success such as a 204)
   * @throws VobizApiException (its subclass for the status's kind) for an error answer
   * @throws IOException for a transport or authentication failure
   */
  public <T> T execute(Call<T> call) throws IOException {
    Objects.requireNonNull(call, "call == null");
    return ApiCalls.execute(call, VobizErrors.MAPPER, options.clock());
  }

  /**
   * Enqueues a call from any of this client's scopes on OkHttp's dispatcher.
   *
   * @param call an unexecuted call from a generated interface
   * @param <T> the body type
   * @return a future completed with the body, or exceptionally with the {@link VobizApiException} of an error
   *     answer or the {@link IOException} of a transport or authentication failure
   */
  public <T> CompletableFuture<T> enqueue(Call<T> call) {
    Objects.requireNonNull(call, "call == null");
    return ApiCalls.enqueue(call, VobizErrors.MAPPER, options.clock());
  }

  /** The host the scopes append their API paths to. */
  HttpUrl baseUrl() {
    return host;
  }

  private Retrofit partnerRetrofit(ClientOptions options) {
    RequestAuth pair = headerPair(credentials);
    List<RequestAuth> auths;
    if (credentials.kind() == VobizCredentials.Kind.PARTNER_LOGIN) {
      // No redirects: the body carries the password (AuthWiring.loginClient never follows them).
      OkHttpClient loginClient = AuthWiring.loginClient(http, logging, AuthWiring.LOGIN_CALL_TIMEOUT);
      PartnerLogin login =
          new PartnerLogin(
              host.resolve("api/v1/partner/login"), loginClient, credentials.email(), credentials.password(),
              options.clock(), options.loginRetry());
      TokenManager tokens =
          TokenManager.builder("Vobiz partner login for " + credentials.authId(), login)
              .policy(options.tokenPolicy())
              .clock(options.clock())
              .listener(options.tokenListener())
              .build();
      // Bearer first: the operations that accept the partner JWT get it, all others fall through to the pair.
      auths = List.of(RequestAuth.bearer(PARTNER_BEARER, tokens), pair);
    } else {
      auths = List.of(pair);
    }
    return retrofit("api/v1/partner/", auths, http);
  }

  private CustomerScope newCustomerScope(VobizCredentials customerCredentials) {
    OkHttpClient guarded = http.newBuilder().addInterceptor(new AuthIdGuard(customerCredentials.authId())).build();
    Retrofit retrofit = retrofit("api/v1/", List.of(headerPair(customerCredentials)), guarded);
    return new CustomerScope(retrofit, customerCredentials.authId());
  }

  private Retrofit retrofit(String path, List<RequestAuth> auths, OkHttpClient base) {
    // The shared Retrofit, plus the hooks that throw a 2xx error body as VobizApiException.UnexpectedStatus.
    ClientOptions scoped =
        new ClientOptions(base, options.clock(), logging, options.tokenPolicy(), options.loginRetry(), options.tokenListener(), options.retryPolicy());
    return ErrorBodyOnSuccess.install(
            AuthenticatedRetrofit.newBuilder(host.resolve(path).toString(), VENDOR, auths, scoped), options.clock())
        .build();
  }

  private static RequestAuth headerPair(VobizCredentials credentials) {
    // The auth_id is an identifier, not a secret: logs show it, so traffic of different customers stays tellable.
    return RequestAuth.staticHeaders(
        HEADER_PAIR, Map.of("X-Auth-Token", credentials.authToken()), Map.of("X-Auth-ID", credentials.authId()));
  }

  private static boolean isApi(Class<?> api, String apiPackage) {
    return api.isInterface() && apiPackage.equals(api.getPackageName());
  }

  @Override
  public String toString() {
    return "VobizClient{" + Redaction.url(host) + ", " + credentials + "}";
  }

  /**
   * The partner API ({@code https://api.vobiz.ai/api/v1/partner}), signed with the partner's credentials: the header
   * pair everywhere, and with {@link VobizCredentials#partnerLogin} the JWT where the operation accepts it.
   */
  public static final class PartnerScope {
    private final Retrofit retrofit;
    private final String authId;

    private PartnerScope(Retrofit retrofit, String authId) {
      this.retrofit = retrofit;
      this.authId = authId;
    }

    /**
     * Returns the partner's auth_id.
     *
     * @return the auth_id ({@code PA_…})
     */
    public String authId() {
      return authId;
    }

    /**
     * Returns an implementation of a generated partner interface, like {@link Retrofit#create}.
     *
     * @param api an interface from {@code io.cpaaskit.vobiz.partner.api}, e.g. {@code CustomersApi.class}
     * @param <T> the interface type
     * @return the implementation
     * @throws IllegalArgumentException if {@code api} is not a partner API interface
     */
    public <T> T create(Class<T> api) {
      Objects.requireNonNull(api, "api == null");
      if (!isApi(api, PARTNER_API)) {
        throw new IllegalArgumentException(
            api.getName() + " is not a Vobiz partner API interface (" + PARTNER_API + ")"
                + (isApi(api, VOICE_API) ? "; voice interfaces come from customer(customerCredentials).create(...)" : ""));
      }
      return retrofit.create(api);
    }

    @Override
    public String toString() {
      return "VobizClient.PartnerScope{" + authId + "}";
    }
  }

  /**
   * The voice API of one customer ({@code https://api.vobiz.ai/api/v1}), signed with that customer's header pair.
   *
   * <p>The generated voice methods take the account's {@code authId} as their first argument, because it is a path
   * segment of the spec; pass {@link #authId()}. A call whose {@code auth_id} differs from the scope's fails with
   * {@link io.cpaaskit.auth.CredentialNotAcceptedException} before anything is sent.
   */
  public static final class CustomerScope {
    private final Retrofit retrofit;
    private final String authId;

    private CustomerScope(Retrofit retrofit, String authId) {
      this.retrofit = retrofit;
      this.authId = authId;
    }

    /**
     * Returns the auth_id of the scope's credentials, the value every {@code authId} argument must have.
     *
     * @return the auth_id ({@code MA_…} or {@code SA_…})
     */
    public String authId() {
      return authId;
    }

    /**
     * Returns an implementation of a generated voice interface, like {@link Retrofit#create}.
     *
     * @param api an interface from {@code io.cpaaskit.vobiz.voice.api}, e.g. {@code CallsApi.class}
     * @param <T> the interface type
     * @return the implementation
     * @throws IllegalArgumentException if {@code api} is not a voice API interface
     */
    public <T> T create(Class<T> api) {
      Objects.requireNonNull(api, "api == null");
      if (!isApi(api, VOICE_API)) {
        throw new IllegalArgumentException(
            api.getName() + " is not a Vobiz customer voice API interface (" + VOICE_API + ")"
                + (isApi(api, PARTNER_API) ? "; partner interfaces come from partner().create(...)" : ""));
      }
      return retrofit.create(api);
    }

    @Override
    public String toString() {
      return "VobizClient.CustomerScope{" + authId + "}";
    }
  }

  /** Builds a {@link VobizClient}; every setter names its argument in the error it throws. */
  public static final class Builder extends LoginClientBuilder<Builder> {
    private String baseUrl = PRODUCTION_URL;
    private VobizCredentials credentials;

    private Builder() {}

    /**
     * Sets the host (default {@link #PRODUCTION_URL}); the client appends {@code /api/v1/partner} and
     * {@code /api/v1}. A path prefix is kept, for proxies.
     *
     * @param baseUrl an http or https URL without {@code /api/v1}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /**
     * Sets the client's own credentials (required): partner credentials for {@link VobizClient#partner()}, or a
     * customer's for {@link VobizClient#customer()}.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(VobizCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }







    /**
     * Builds the client. Nothing is sent until the first call (a partner login happens on the first call that uses
     * the JWT).
     *
     * @return the client
     * @throws IllegalArgumentException if the credentials are missing or {@code baseUrl} is not a usable host URL
     */
    public VobizClient build() {
      if (credentials == null) {
        throw new IllegalArgumentException(
            "credentials is required: VobizCredentials.partner(...), partnerLogin(...) or customer(...)");
      }
      return new VobizClient(credentials, options(), host(baseUrl));
    }

    private static HttpUrl host(String baseUrl) {
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl must be an http or https URL, e.g. " + PRODUCTION_URL);
      }
      if (url.encodedQuery() != null || url.encodedFragment() != null) {
        throw new IllegalArgumentException("baseUrl must not carry a query or a fragment");
      }
      String path = url.encodedPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      if (path.endsWith("/api/v1") || path.endsWith("/api/v1/partner")) {
        throw new IllegalArgumentException(
            "baseUrl is the host, e.g. " + PRODUCTION_URL + "; the client appends /api/v1/partner and /api/v1 itself");
      }
      return url.newBuilder().encodedPath(path + "/").build();
    }
  }
}
