package io.cpaaskit.core.retrofit;

import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.core.retrofit.internal.ArgumentConverterFactory;
import io.cpaaskit.core.retrofit.internal.MalformedBodyConverterFactory;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Builds the {@link Retrofit} that the generated interfaces need: the lenient Moshi converter and the
 * {@link E164} path encoding. Vendor clients build on it; it is public so that tests and users who wire their own
 * stack get the same behaviour.
 *
 * <pre>{@code
 * Retrofit retrofit = SpecRetrofit.newBuilder("https://api.vobiz.ai/api/v1", okHttpClient).build();
 * CallsApi calls = retrofit.create(CallsApi.class);
 * }</pre>
 */
public final class SpecRetrofit {
  private SpecRetrofit() {}

  /**
   * Returns a Retrofit builder with our converters, pointed at {@code baseUrl}.
   *
   * @param baseUrl the server URL from the spec, with or without a trailing slash (one is added, because the
   *     generated paths are relative)
   * @param client the OkHttp client to send requests with
   * @return a builder to which more call adapters or converters can be added
   * @throws IllegalArgumentException if {@code baseUrl} is not an http or https URL
   */
  public static Retrofit.Builder newBuilder(String baseUrl, OkHttpClient client) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(client, "client == null");
    HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (url == null) {
      throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
    }
    return new Retrofit.Builder()
        .baseUrl(url)
        .client(client)
        .addConverterFactory(ArgumentConverterFactory.INSTANCE)
        .addConverterFactory(new MalformedBodyConverterFactory(MoshiConverterFactory.create(LenientJson.moshi())));
  }
}
