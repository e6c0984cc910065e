package io.cpaaskit.sandbox;

import io.cpaaskit.sandbox.internal.Emulator;
import io.cpaaskit.sandbox.internal.Exchange;
import io.cpaaskit.sandbox.internal.Responses;
import io.cpaaskit.sandbox.internal.SpecApi;
import io.cpaaskit.testing.OperationCase;
import io.cpaaskit.core.retrofit.SpecRetrofit;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;

class SmokeTest {
  @Test
  void smoke() throws Exception {
    run(List.of(SpecApi.load("vobiz/partner.yaml")), io.cpaaskit.vobiz.partner.PartnerOperationsTest.cases(), "/api/v1/partner/");
    run(List.of(SpecApi.load("vobiz/voice.yaml")), io.cpaaskit.vobiz.voice.VoiceOperationsTest.cases(), "/api/v1/");
    run(List.of(SpecApi.load("voipbin.yaml")), io.cpaaskit.voipbin.VoipbinOperationsTest.cases(), "/");
    run(List.of(SpecApi.load("zipteams.yaml")), io.cpaaskit.zipteams.ZipteamsOperationsTest.cases(), "/");
  }

  private void run(List<SpecApi> specs, Stream<OperationCase> cases, String base) throws Exception {
    SpecApi spec = specs.get(0);
    Emulator emulator = new Emulator() {
      @Override public MockResponse handle(Exchange exchange) { return spec.sampleResponse(exchange.operationId()); }
      @Override public MockResponse error(int status, String message) { return Responses.json(status, Map.of("message", message)); }
      @Override public boolean isLogin(String operationId) { return false; }
    };
    try (SandboxServer server = SandboxServer.start(specs, emulator, Clock.systemUTC(), true)) {
      Retrofit retrofit = SpecRetrofit.newBuilder(server.url(base).toString(), new OkHttpClient()).build();
      for (OperationCase row : (Iterable<OperationCase>) cases::iterator) {
        try {
          retrofit2.Response<?> r = row.call().invoke(retrofit::create).execute();
          if (r.errorBody() != null) r.errorBody().close();
        } catch (Exception e) {
          System.out.println("CALL FAILED " + row.operationId() + " " + e);
        }
      }
      System.out.println(spec.file() + " requests=" + server.traffic().requests() + " violations=" + server.traffic().violations().size());
      server.traffic().violations().forEach(v -> System.out.println("  " + v));
    }
  }
}
