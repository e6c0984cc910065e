package io.cpaaskit.zipteams.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.zipteams.model.CallAnalysisCallback;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The analysis callback Zipteams posts to a call's {@code callback_url}, received by a real loopback HTTP server and
 * read into the generated model; the payload is the reference example used by the example-payload tests.
 */
class AnalysisCallbackLoopbackTest {
  @Test
  void postedAnalysisIsReadIntoTheTypedModelWithValuesIntact() throws Exception {
    String payload = Files.readString(Path.of("src/test/resources/examples/zipteams/call-analysis-callback.json"));
    AtomicReference<CallAnalysisCallback> received = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/zipteams/callback", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.set(LenientJson.moshi().adapter(CallAnalysisCallback.class).fromJson(body));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    try {
      URI callbackUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/zipteams/callback");
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(callbackUrl).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                  HttpResponse.BodyHandlers.discarding());
      assertThat(response.statusCode()).isEqualTo(200);
    } finally {
      server.stop(0);
    }
    CallAnalysisCallback analysis = received.get();
    assertThat(analysis).isNotNull();
    assertThat(analysis.getCallId()).isEqualTo("call-0001");
    assertThat(analysis.getIntent()).isEqualTo("INTERESTED");
    assertThat(analysis.getIntentScore()).isEqualByComparingTo("82.5");
    assertThat(analysis.getSummary()).extracting(s -> s.getChapterName()).containsExactly("Introduction", "Pricing");
    assertThat(analysis.getBant().getObjection()).isEqualTo("- Price is high");
  }
}
