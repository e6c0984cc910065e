package io.cpaaskit.core.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.core.errors.MalformedBodyException;
import io.cpaaskit.core.retrofit.internal.ArgumentConverterFactory;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;
import mockwebserver3.RecordedRequest;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Path;
import retrofit2.http.Query;

class SpecRetrofitTest {
  /** Shaped like a generated interface with an {@code x-e164} path parameter. */
  interface NumbersApi {
    @GET("Account/{auth_id}/numbers/{number}/application")
    Call<Void> number(@Path("auth_id") String authId, @Path(value = "number", encoded = true) @E164 String number);
  }

  /** Shaped like generated methods with a plain path parameter and enum arguments. */
  interface ConferencesApi {
    @GET("Conference/{name}/")
    Call<Void> hangup(@Path("name") String name);

    @GET("Conference/")
    Call<Void> list(@Query("status") Status status, @Header("X-Mode") Status mode);

    @GET("Conference/{name}/{status}")
    Call<Void> byStatus(@Path("name") String name, @Path("status") Status status);
  }

  /** Shaped like a generated enum. */
  enum Status {
    LIVE("live"),
    UNRECOGNIZED(null);

    private final String value;

    Status(String value) {
      this.value = value;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /** A call with a JSON body model. */
  interface CallsApi {
    @GET("calls/{id}")
    Call<CallBody> call(@Path("id") String id);
  }

  static final class CallBody {
    String id;
    Integer duration;
  }

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private NumbersApi api() {
    return SpecRetrofit.newBuilder(server.url("/api/v1").toString(), new OkHttpClient())
        .build()
        .create(NumbersApi.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"+919876543210", "%2B919876543210", "%2b919876543210"})
  void e164PathSegmentIsSentOnceEncoded(String number) throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    api().number("MA_1", number).execute();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/Account/MA_1/numbers/%2B919876543210/application");
  }

  @Test
  void aSuccessfulBodyThatDoesNotFitTheModelFailsTheCallWithACheckedMalformedBodyException() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"c1\",\"duration\":\"secret-ish-text\"}").build());
    CallsApi calls = SpecRetrofit.newBuilder(server.url("/v1").toString(), new OkHttpClient()).build().create(CallsApi.class);

    assertThatThrownBy(() -> calls.call("c1").execute())
        .isInstanceOf(MalformedBodyException.class)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Expected an int at path $.duration")
        .hasMessageNotContaining("secret-ish-text")
        .hasNoCause();
  }

  @Test
  void e164PathSegmentCannotInjectPathOrQuery() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    api().number("MA_1", "+91/../x?y=1").execute();
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v1/Account/MA_1/numbers/%2B91%2F..%2Fx%3Fy%3D1/application");
  }

  @Test
  void encodeLeavesDigitsAndUnreservedCharactersAlone() {
    assertThat(ArgumentConverterFactory.encode("14155550100")).isEqualTo("14155550100");
    assertThat(ArgumentConverterFactory.encode("+1 415")).isEqualTo("%2B1%20415");
  }

  private ConferencesApi conferences() {
    return SpecRetrofit.newBuilder(server.url("/api/v1").toString(), new OkHttpClient()).build().create(ConferencesApi.class);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankPathArgumentIsRefusedBeforeAnythingIsSent(String blank) {
    assertThatThrownBy(() -> conferences().hangup(blank).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path parameter \"name\" is blank: an empty path segment would address another resource");
    assertThatThrownBy(() -> api().number("MA_1", blank).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path parameter \"number\" is blank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBlankPathArgumentFailsAnEnqueuedCallThroughItsCallback() throws Exception {
    java.util.concurrent.CompletableFuture<Throwable> failure = new java.util.concurrent.CompletableFuture<>();
    conferences().hangup("").enqueue(new retrofit2.Callback<Void>() {
      @Override
      public void onResponse(Call<Void> call, retrofit2.Response<Void> response) {
        failure.complete(null);
      }

      @Override
      public void onFailure(Call<Void> call, Throwable t) {
        failure.complete(t);
      }
    });
    assertThat(failure.get(5, java.util.concurrent.TimeUnit.SECONDS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"name\" is blank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aPathArgumentWithTextIsSentEncodedAsRetrofitWould() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    conferences().hangup("Daily Standup").execute();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/Conference/Daily%20Standup/");
  }

  @Test
  void anUnrecognizedEnumIsRefusedInAQueryAHeaderOrAPathInsteadOfBeingSentAsNull() {
    assertThatThrownBy(() -> conferences().list(Status.UNRECOGNIZED, null).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("query parameter \"status\" is UNRECOGNIZED");
    assertThatThrownBy(() -> conferences().list(null, Status.UNRECOGNIZED).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("header \"X-Mode\" is UNRECOGNIZED");
    assertThatThrownBy(() -> conferences().byStatus("room", Status.UNRECOGNIZED).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path parameter \"status\" is UNRECOGNIZED");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aKnownEnumIsSentAsItsWireValue() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    conferences().list(Status.LIVE, Status.LIVE).execute();
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getTarget()).isEqualTo("/api/v1/Conference/?status=live");
    assertThat(sent.getHeaders().get("X-Mode")).isEqualTo("live");
  }

  @Test
  void aStringConverterTheCallerAddsStillWritesTheTextAndTheChecksApplyToIt() throws Exception {
    retrofit2.Converter.Factory upperCase = new retrofit2.Converter.Factory() {
      @Override
      public retrofit2.Converter<?, String> stringConverter(java.lang.reflect.Type type,
          java.lang.annotation.Annotation[] annotations, retrofit2.Retrofit retrofit) {
        return value -> value.toString().equals("-") ? " " : value.toString().toUpperCase(java.util.Locale.ROOT);
      }
    };
    ConferencesApi api = SpecRetrofit.newBuilder(server.url("/api/v1").toString(), new OkHttpClient())
        .addConverterFactory(upperCase).build().create(ConferencesApi.class);
    server.enqueue(new MockResponse.Builder().code(204).build());
    api.hangup("standup").execute();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/Conference/STANDUP/");
    assertThatThrownBy(() -> api.hangup("-").execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"name\" is blank");
  }

  @Test
  void baseUrlMustBeHttp() {
    assertThatThrownBy(() -> SpecRetrofit.newBuilder("ftp://example.test", new OkHttpClient()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
  }
}
