package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.Secret;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.CreateCallResult;
import java.time.Instant;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The server's fixtures, without timing anything. */
class LoopbackVoipbinTest {
  @Test
  void tokensAreVoipbinShapedJwtsWithTheExpireClaimInItsLayout() {
    Instant expire = Instant.parse("2026-11-22T10:15:30.123456Z");
    String jwt = LoopbackVoipbin.jwt(7, expire);
    assertThat(jwt.split("\\.")).hasSize(3);
    String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(payload).contains("\"expire\":\"2026-11-22T10:15:30.123456Z\"").doesNotContain("\"exp\"");
    assertThat(io.cpaaskit.auth.Jwt.claims(Secret.of("token", jwt))).containsEntry("expire", "2026-11-22T10:15:30.123456Z");
    assertThat(LoopbackVoipbin.expireText(Instant.parse("2026-01-02T15:04:05Z"))).isEqualTo("2026-01-02T15:04:05.000000Z");
  }

  @Test
  void cannedAnswersParseIntoTheGeneratedModels() throws Exception {
    CallLeg leg = LenientJson.moshi().adapter(CallLeg.class).fromJson(LoopbackVoipbin.CALL_LEG);
    assertThat(leg.getId()).isEqualTo(Fixtures.CALL_ID);
    assertThat(leg.getStatus()).isEqualTo(CallLeg.StatusEnum.PROGRESSING);
    assertThat(leg.getTmCreate()).isNotNull();
    CreateCallResult result =
        LenientJson.moshi().adapter(CreateCallResult.class).fromJson("{\"calls\":[" + LoopbackVoipbin.CALL_LEG + "],\"groupcalls\":[]}");
    assertThat(result.getCalls()).hasSize(1);
  }

  @Test
  void answersOnlyTokensItIssuedAndCountsLoginsAndRejections() throws Exception {
    try (LoopbackVoipbin server = LoopbackVoipbin.start()) {
      okhttp3.OkHttpClient client = new okhttp3.OkHttpClient();
      RawVoipbin raw = new RawVoipbin(client, server.baseUrl()).login();
      assertThat(raw.getCall(Fixtures.CALL_ID).getId()).isEqualTo(Fixtures.CALL_ID);
      assertThat(raw.createCall(Fixtures.createCallRequest()).getCalls()).hasSize(1);
      okhttp3.Request forged =
          new okhttp3.Request.Builder()
              .url(server.baseUrl() + "v1.0/calls/" + Fixtures.CALL_ID)
              .header("Authorization", "Bearer " + LoopbackVoipbin.jwt(99, Instant.now().plusSeconds(60)))
              .build();
      try (okhttp3.Response response = client.newCall(forged).execute()) {
        assertThat(response.code()).isEqualTo(401);
        assertThat(response.body().string()).contains("\"reason\":\"INVALID_CREDENTIALS\"");
      }
      assertThat(server.logins()).isEqualTo(1);
      assertThat(server.unauthorized()).isEqualTo(1);
      assertThat(server.apiCalls()).isEqualTo(3);
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
