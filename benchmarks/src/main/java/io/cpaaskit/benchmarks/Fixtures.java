package io.cpaaskit.benchmarks;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.model.Address;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import retrofit2.Response;

/** The two sides every timing compares, built the same way everywhere. */
final class Fixtures {
  /** The call id the GET benchmarks ask for. */
  static final String CALL_ID = "0a7c3f1e-5b9d-4e44-9f37-2c1d8e6a9b10";

  /** Lines the SDK's redacting logger wrote (the sink only counts them). */
  static final LongAdder LOG_LINES = new LongAdder();

  private Fixtures() {}

  /**
   * The OkHttp client both sides start from: a connection pool and dispatcher sized for {@code callers} concurrent
   * callers, so neither side queues on OkHttp's defaults (5 idle connections).
   */
  static OkHttpClient base(int callers) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(Math.max(64, callers));
    dispatcher.setMaxRequestsPerHost(Math.max(5, callers));
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(Math.max(5, callers), 5, TimeUnit.MINUTES))
        .build();
  }

  /**
   * Side (a): the generated VoIPBIN client with a password login (auth-core's token lifecycle), the default retry
   * policy, and the redacting logger at {@code level} writing to a counting sink.
   */
  static VoipbinClient sdk(String baseUrl, OkHttpClient base, HttpLogging.Level level, TokenListener listener) {
    return VoipbinClient.builder()
        .baseUrl(baseUrl)
        .credentials(VoipbinCredentials.password(LoopbackVoipbin.USERNAME, LoopbackVoipbin.PASSWORD))
        .okHttpClient(base)
        .httpLogging(HttpLogging.level(level).sink(line -> LOG_LINES.increment()))
        .tokenListener(listener)
        .build();
  }

  /** The body of every POST, on both sides. */
  static CreateCallRequest createCallRequest() {
    return new CreateCallRequest()
        .source(new Address().type(Address.TypeEnum.TEL).target("+14155551234"))
        .destinations(List.of(new Address().type(Address.TypeEnum.TEL).target("+821100000001")))
        .flowId("6b8e2d3c-1f0a-4c55-8e21-7d9f0c3b4a12");
  }

  /** The body of a successful SDK response; anything else is a failed call. */
  static <T> T body(Response<T> response) throws IOException {
    T body = response.body();
    if (!response.isSuccessful() || body == null) {
      throw new IOException("HTTP " + response.code());
    }
    return body;
  }
}
