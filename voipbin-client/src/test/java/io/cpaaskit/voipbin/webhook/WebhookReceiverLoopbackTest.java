package io.cpaaskit.voipbin.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A webhook receiver on a real loopback HTTP server, as a user would write it; signatures computed with the JDK. */
class WebhookReceiverLoopbackTest {
  private static final String SECRET = "CANARY-voipbin-webhook-secret";
  private final List<String> received = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private URI endpoint;

  @BeforeEach
  void start() throws Exception {
    VoipbinWebhooks webhooks = VoipbinWebhooks.create(SECRET);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hooks/voipbin", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status;
      try {
        VoipbinWebhooks.Event event =
            webhooks.verifyAndParse(exchange.getRequestHeaders().getFirst(VoipbinWebhooks.SIGNATURE_HEADER), body);
        received.add(event.type() + ":" + event.data().get("id"));
        status = 204;
      } catch (WebhookSignatureException e) {
        received.add("refused:" + e.getMessage());
        status = 401;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/voipbin");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private int deliver(String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header(VoipbinWebhooks.SIGNATURE_HEADER, signature);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String sign(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void signedDeliveryIsAcceptedAndForgedOrUnsignedOnesAreRefused() throws Exception {
    String body = "{\"type\":\"call_hangup\",\"data\":{\"id\":\"call-9\"}}";
    assertThat(deliver(body, sign(SECRET, body))).isEqualTo(204);
    assertThat(deliver(body, sign("guessed-secret", body))).isEqualTo(401);
    assertThat(deliver(body, null)).isEqualTo(401);
    assertThat(received.get(0)).isEqualTo("call_hangup:call-9");
    assertThat(received.subList(1, 3)).allMatch(line -> line.startsWith("refused:") && !line.contains(SECRET));
  }
}
