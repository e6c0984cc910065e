package io.cpaaskit.voipbin.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.voipbin.model.CallLeg;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class VoipbinWebhooksTest {
  private static final String SECRET = "CANARY-webhook-secret-0123456789ab";
  private static final byte[] BODY =
      "{\"type\":\"call_hangup\",\"data\":{\"id\":\"a1b2\",\"status\":\"hangup\",\"hangup_by\":\"remote\"},\"timestamp\":\"2026-01-01T10:00:00.000000Z\"}"
          .getBytes(StandardCharsets.UTF_8);

  /** The expected signature, computed here with the JDK directly, not with the code under test. */
  private static String sign(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  private final VoipbinWebhooks webhooks = VoipbinWebhooks.create(SECRET);

  @Test
  void validSignatureIsAcceptedAndTheEventRead() throws Exception {
    VoipbinWebhooks.Event event = webhooks.verifyAndParse(sign(SECRET, BODY), BODY);
    assertThat(event.type()).isEqualTo("call_hangup");
    assertThat(event.timestamp()).isEqualTo("2026-01-01T10:00:00.000000Z");
    CallLeg call = LenientJson.moshi().adapter(CallLeg.class).fromJsonValue(event.data());
    assertThat(call.getId()).isEqualTo("a1b2");
    assertThat(call.getHangupBy()).isEqualTo(CallLeg.HangupByEnum.REMOTE);
  }

  @Test
  void nullMembersInTheDataAreKeptAsNullAndReadIntoTheModel() throws Exception {
    byte[] body = ("{\"type\":\"call_hangup\",\"data\":{\"id\":\"a1b2\",\"status\":\"hangup\","
        + "\"hangup_by\":null,\"tm_hangup\":null},\"timestamp\":\"2026-01-01T10:00:00.000000Z\"}").getBytes(StandardCharsets.UTF_8);
    VoipbinWebhooks.Event event = webhooks.verifyAndParse(sign(SECRET, body), body);
    assertThat(event.data()).containsEntry("hangup_by", null).containsKeys("id", "status", "tm_hangup");
    CallLeg call = LenientJson.moshi().adapter(CallLeg.class).fromJsonValue(event.data());
    assertThat(call.getId()).isEqualTo("a1b2");
    assertThat(call.getHangupBy()).isNull();
  }

  @Test
  void upperCaseHexAndPrefixAreAccepted() throws Exception {
    webhooks.verify(sign(SECRET, BODY).toUpperCase(java.util.Locale.ROOT).replace("SHA256=", "SHA256="), BODY);
  }

  @Test
  void tamperedBodyWrongSecretMissingAndMalformedHeadersAreRefusedWithoutLeakingSecrets() throws Exception {
    String good = sign(SECRET, BODY);
    byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("remote", "local").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> webhooks.verify(good, tampered)).hasMessageContaining("does not match");
    assertThatThrownBy(() -> webhooks.verify(sign("another-secret", BODY), BODY)).hasMessageContaining("does not match");
    assertThatThrownBy(() -> webhooks.verify(null, BODY)).hasMessageContaining("unsigned");
    assertThatThrownBy(() -> webhooks.verify("sha1=abcd", BODY)).hasMessageContaining("not sha256=<hex>");
    assertThatThrownBy(() -> webhooks.verify("sha256=zz", BODY)).hasMessageContaining("not sha256=<hex>");
    for (String header : new String[] {good, null, "sha256=zz"}) {
      try {
        webhooks.verify(header, tampered);
      } catch (WebhookSignatureException e) {
        assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(good.substring(7));
      }
    }
    assertThat(webhooks.toString()).doesNotContain(SECRET);
  }

  @Test
  void bodyThatIsNotAnEventIsATypedError() {
    assertThatThrownBy(() -> VoipbinWebhooks.parse("<html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoipbinWebhooks.parse("{\"data\":{}}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("\"type\"");
  }

  @Test
  void blankSecretIsRejectedNamingTheField() {
    assertThatThrownBy(() -> VoipbinWebhooks.create(" ")).hasMessageContaining("webhookSecret");
  }
}
