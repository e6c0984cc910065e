package io.cpaaskit.vobiz.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cpaaskit.vobiz.webhook.VobizSignatureVerifier;
import io.cpaaskit.vobiz.webhook.VoiceCallback;
import io.cpaaskit.vobiz.webhook.WebhookSignatureException;
import io.cpaaskit.vobiz.xml.VobizXml;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An answer URL as a user would write it, on a real loopback HTTP server (the JDK's): Vobiz posts a form-encoded,
 * signed callback; the handler verifies it, reads it and answers with VobizXML. The signature is computed here with
 * {@link Mac} directly, independently of the verifier.
 */
class AnswerUrlLoopbackTest {
  private static final String AUTH_TOKEN = "CANARY-vobiz-auth-token-5e1f";
  private final List<String> handlerErrors = new ArrayList<>();
  private HttpServer server;
  private String answerUrl;

  @BeforeEach
  void start() throws Exception {
    VobizSignatureVerifier verifier = VobizSignatureVerifier.create(AUTH_TOKEN);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/answer", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String callbackUrl = answerUrl + "?" + exchange.getRequestURI().getRawQuery();
      int status;
      String reply;
      try {
        verifier.verifyCallback(callbackUrl, exchange.getRequestHeaders());
        VoiceCallback callback = VoiceCallback.parse(body);
        status = 200;
        reply = VobizXml.response()
            .speak("Hello " + callback.from().orElse("caller") + " & welcome <back>")
            .hangup()
            .build();
      } catch (WebhookSignatureException e) {
        handlerErrors.add(e.getMessage());
        status = 403;
        reply = "";
      }
      byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/xml");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    answerUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/answer";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String v3(String token, String baseUrl, String nonce) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal((baseUrl + "." + nonce).getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> post(Map<String, String> headers) throws Exception {
    String form = "CallUUID=c0ffee&From=%2B919876543210&To=%2B14155550100&Event=StartApp&CallStatus=in-progress";
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(answerUrl + "?leg=a"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signedCallbackIsVerifiedParsedAndAnsweredWithEscapedXml() throws Exception {
    HttpResponse<String> response =
        post(Map.of("X-Vobiz-Signature-V3", v3(AUTH_TOKEN, answerUrl, "n-123"), "X-Vobiz-Signature-V3-Nonce", "n-123"));
    assertThat(handlerErrors).isEmpty();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith(VobizXml.DECLARATION)
        .contains("<Speak>Hello +919876543210 &amp; welcome &lt;back&gt;</Speak>")
        .contains("<Hangup");
  }

  @Test
  void forgedCallbackIsRefusedWithoutLeakingTheToken() throws Exception {
    HttpResponse<String> response =
        post(Map.of("X-Vobiz-Signature-V3", v3("some-other-token", answerUrl, "n-123"), "X-Vobiz-Signature-V3-Nonce", "n-123"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(handlerErrors).hasSize(1);
    assertThat(handlerErrors.get(0)).doesNotContain(AUTH_TOKEN);
  }
}
