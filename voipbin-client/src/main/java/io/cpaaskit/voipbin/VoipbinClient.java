package io.cpaaskit.voipbin;

import io.cpaaskit.auth.AuthWiring;
import io.cpaaskit.auth.AuthenticatedRetrofit;
import io.cpaaskit.auth.ClientOptions;
import io.cpaaskit.auth.LoginClientBuilder;
import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.RequestAuth;
import io.cpaaskit.auth.TokenLogin;
import io.cpaaskit.auth.TokenManager;
import io.cpaaskit.core.retrofit.SpecRetrofit;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.internal.DirectHashBoot;
import io.cpaaskit.voipbin.internal.PasswordLogin;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * A VoIPBIN API client: hands out the generated interfaces of {@code io.cpaaskit.voipbin.api}, each request signed
 * with the credential its spec operation accepts.
 *
 * <pre>{@code
 * VoipbinClient voipbin = VoipbinClient.builder()
 *     .credentials(VoipbinCredentials.accessKey(System.getenv("VOIPBIN_ACCESS_KEY")))
 *     .build();
 * CallsApi calls = voipbin.create(CallsApi.class);
 * Response<CallList> page = calls.listCalls(50, null).execute();
 * }</pre>
 *
 * <p>An access key travels as {@code ?accesskey=}; a 401 to it fails with
 * {@link io.cpaaskit.auth.InvalidApiKeyException} and is not retried. A password login's JWT travels as
 * {@code Authorization: Bearer}, a direct hash's boot token as {@code ?token=}; both are obtained on first use,
 * renewed before they expire, and renewed once more when the server answers 401 (the request is then sent again
 * once). An operation that does not accept the credential (for example {@code getMe} with an access key) fails with
 * {@link io.cpaaskit.auth.CredentialNotAcceptedException} before anything is sent; {@code login}, {@code signup} and
 * {@code boot} go out without any credential.
 *
 * <p>Every failure to authenticate is an {@link io.cpaaskit.auth.AuthenticationException}, an {@link java.io.IOException}
 * that reaches {@code execute()} and {@code Callback.onFailure} alike. Instances are immutable and thread-safe; build
 * one per credential and share it.
 */
public final class VoipbinClient {
  private static final String DEFAULT_BASE_URL = "https://api.voipbin.net";
  private static final String VENDOR = "VoIPBIN";
  private static final String API_PACKAGE = "io.cpaaskit.voipbin.api";

  // The spec's security scheme names (specs/voipbin.yaml, components.securitySchemes).
  private static final String SCHEME_ACCESS_KEY = "voipbinAccessKey";
  private static final String SCHEME_TOKEN = "voipbinToken";
  private static final String SCHEME_BEARER = "voipbinBearer";

  private final String baseUrl;
  private final VoipbinCredentials credentials;
  private final Retrofit retrofit;

  private VoipbinClient(String baseUrl, VoipbinCredentials credentials, Retrofit retrofit) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.retrofit = retrofit;
  }

  /**
   * Starts a client.
   *
   * @return a builder; only {@link Builder#credentials} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an implementation of a generated API interface, as {@link Retrofit#create} does.
   *
   * @param api an interface of {@code io.cpaaskit.voipbin.api}, e.g. {@code CallsApi.class}
   * @param <T> the interface
   * @return the implementation
   * @throws IllegalArgumentException if {@code api} is not an interface of {@code io.cpaaskit.voipbin.api}
   */
  public <T> T create(Class<T> api) {
    Objects.requireNonNull(api, "api == null");
    if (!api.isInterface() || !API_PACKAGE.equals(api.getPackageName())) {
      throw new IllegalArgumentException(
          "api must be a generated VoIPBIN interface of " + API_PACKAGE + " but was " + api.getName());
    }
    return retrofit.create(api);
  }

  @Override
  public String toString() {
    return "VoipbinClient{baseUrl=" + baseUrl + ", credentials=" + credentials + "}";
  }

  /** Builds a {@link VoipbinClient}; every setter names its argument in the error it throws. */
  public static final class Builder extends LoginClientBuilder<Builder> {
    private String baseUrl = DEFAULT_BASE_URL;
    private VoipbinCredentials credentials;

    private Builder() {}

    /**
     * Sets the server (default {@code https://api.voipbin.net}). Give the root: the generated paths already start
     * with {@code v1.0/} and {@code auth/}.
     *
     * @param baseUrl an http or https URL without {@code /v1.0}
     * @return this builder
     * @throws IllegalArgumentException if it is not an http(s) URL or its path contains {@code v1.0}
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL");
      }
      if (url.pathSegments().contains("v1.0")) {
        throw new IllegalArgumentException(
            "baseUrl must be the server root (e.g. https://api.voipbin.net) without /v1.0: the generated paths"
                + " already start with v1.0/ and auth/");
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the credential (required).
     *
     * @param credentials an access key, a password login or a direct hash
     * @return this builder
     */
    public Builder credentials(VoipbinCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }







    /**
     * Builds the client. Nothing is sent until the first call: a login or boot happens then.
     *
     * @return the client
     * @throws IllegalStateException if no credentials were set
     */
    public VoipbinClient build() {
      if (credentials == null) {
        throw new IllegalStateException("credentials are required: call credentials(VoipbinCredentials.…)");
      }
      ClientOptions options = options();
      OkHttpClient base = options.okHttpClient();
      HttpLogging httpLogging = options.httpLogging();
      RequestAuth auth;
      switch (credentials.kind()) {
        case ACCESS_KEY:
          auth = RequestAuth.staticQuery(Set.of(SCHEME_ACCESS_KEY), "accesskey", credentials.secret());
          break;
        case PASSWORD:
          AuthApi loginApi = authApi(AuthWiring.loginClient(base, httpLogging, AuthWiring.LOGIN_CALL_TIMEOUT));
          auth = RequestAuth.bearer(Set.of(SCHEME_BEARER),
              tokens("VoIPBIN password login for " + credentials.username(),
                  new PasswordLogin(loginApi, credentials.username(), credentials.secret(), options.clock(), options.loginRetry(), options.tokenListener()),
                  options));
          break;
        case DIRECT_HASH:
          AuthApi bootApi = authApi(AuthWiring.oneTimeExchangeClient(base, httpLogging, AuthWiring.LOGIN_CALL_TIMEOUT));
          auth = RequestAuth.queryToken(Set.of(SCHEME_TOKEN), "token",
              tokens("VoIPBIN direct-hash boot",
                  new DirectHashBoot(bootApi, credentials.secret(), options.clock(), options.loginRetry(), options.tokenListener()),
                  options));
          break;
        default:
          throw new AssertionError(credentials.kind());
      }
      Retrofit retrofit = AuthenticatedRetrofit.create(baseUrl, VENDOR, List.of(auth), options);
      return new VoipbinClient(baseUrl, credentials, retrofit);
    }

    private static TokenManager tokens(String name, TokenLogin login, ClientOptions options) {
      return TokenManager.builder(name, login)
          .policy(options.tokenPolicy())
          .clock(options.clock())
          .listener(options.tokenListener())
          .build();
    }

    /** The generated auth operations (login, boot) on a client derived for logins. */
    private AuthApi authApi(OkHttpClient client) {
      return SpecRetrofit.newBuilder(baseUrl, client).build().create(AuthApi.class);
    }


  }
}
