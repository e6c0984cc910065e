package io.cpaaskit.auth;

import io.cpaaskit.core.retrofit.SpecRetrofit;
import java.util.List;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/** The Retrofit a vendor client hands generated interfaces out of: {@link SpecRetrofit} over {@link AuthWiring#apiClient}. */
public final class AuthenticatedRetrofit {
  private AuthenticatedRetrofit() {}

  /**
   * Builds it.
   *
   * @param baseUrl the server URL
   * @param base the caller's OkHttp client
   * @param vendor the vendor's name, for messages
   * @param auths the credentials, in order of preference
   * @param logging what to log
   * @return the Retrofit
   */
  public static Retrofit create(String baseUrl, OkHttpClient base, String vendor, List<RequestAuth> auths, HttpLogging logging) {
    return SpecRetrofit.newBuilder(baseUrl, AuthWiring.apiClient(base, vendor, auths, logging)).build();
  }

  /**
   * Builds it with the client's shared options (logging, retries, clock).
   *
   * @param baseUrl the server URL
   * @param vendor the vendor's name, for messages
   * @param auths the credentials, in order of preference
   * @param options the client's options
   * @return the Retrofit
   */
  public static Retrofit create(String baseUrl, String vendor, List<RequestAuth> auths, ClientOptions options) {
    return newBuilder(baseUrl, vendor, auths, options).build();
  }

  /**
   * Returns the builder behind {@link #create(String, String, List, ClientOptions)}, for a vendor that adds its own
   * converters or call adapters (Vobiz's 200-with-an-error-body detection).
   *
   * @param baseUrl the server URL
   * @param vendor the vendor's name, for messages
   * @param auths the credentials, in order of preference
   * @param options the client's options
   * @return the Retrofit builder
   */
  public static Retrofit.Builder newBuilder(String baseUrl, String vendor, List<RequestAuth> auths, ClientOptions options) {
    OkHttpClient api =
        AuthWiring.apiClient(options.okHttpClient(), vendor, auths, options.httpLogging(), options.retryPolicy(), options.clock());
    return SpecRetrofit.newBuilder(baseUrl, api);
  }
}
