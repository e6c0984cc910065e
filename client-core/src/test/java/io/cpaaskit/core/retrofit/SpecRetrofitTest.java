package io.cpaaskit.core.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.core.errors.MalformedBodyException;
import io.cpaaskit.core.retrofit.internal.E164PathConverterFactory;
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
import retrofit2.http.GET;
import retrofit2.http.Path;

class SpecRetrofitTest {
  /** Shaped like a generated interface with an {@code x-e164} path parameter. */
  interface NumbersApi {
    @GET("Account/{auth_id}/numbers/{number}/application")
    Call<Void> number(@Path("auth_id") String authId, @Path(value = "number", encoded = true) @E164 String number);
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
    assertThat(E164PathConverterFactory.encode("14155550100")).isEqualTo("14155550100");
    assertThat(E164PathConverterFactory.encode("+1 415")).isEqualTo("%2B1%20415");
  }

  @Test
  void baseUrlMustBeHttp() {
    assertThatThrownBy(() -> SpecRetrofit.newBuilder("ftp://example.test", new OkHttpClient()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
  }
}
