package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.sandbox.internal.HmacJwt;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The shared server under every sandbox, driven through the Zipteams sandbox. */
class SandboxServerTest {
  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();

  private Response get(ZipteamsSandbox sandbox, String path) throws IOException {
    return http.newCall(new Request.Builder()
            .url(sandbox.baseUrl() + path)
            .header("x-api-key", sandbox.apiKey())
            .header("x-api-secret", sandbox.apiSecret())
            .header("x-tenant-id", "acme")
            .header("x-sub-tenant-id", "sales")
            .build())
        .execute();
  }

  @Test
  void aPathOutsideTheSpecIs404AndAViolation() throws IOException {
    try (ZipteamsSandbox sandbox = ZipteamsSandbox.start(); Response response = get(sandbox, "api/v1/partner/nothing")) {
      assertThat(response.code()).isEqualTo(404);
      assertThat(sandbox.traffic().violations()).singleElement()
          .satisfies(v -> assertThat(v.messages()).containsExactly("no operation of the spec has the path /api/v1/partner/nothing"));
    }
  }

  @Test
  void aMethodTheSpecDoesNotDeclareForAPathIs405() throws IOException {
    try (ZipteamsSandbox sandbox = ZipteamsSandbox.start(); Response response = get(sandbox, "api/v1/partner/ingest/batch-call")) {
      assertThat(response.code()).isEqualTo(405);
      assertThat(sandbox.traffic().violations()).singleElement()
          .satisfies(v -> assertThat(v.messages().get(0)).contains("GET is not an operation of the path"));
    }
  }

  @Test
  void anUndeclaredQueryParameterIsAViolation() throws IOException {
    try (ZipteamsSandbox sandbox = ZipteamsSandbox.start();
        Response response = get(sandbox, "api/v1/partner/dashboard/auth/token?tenant=acme")) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.header("X-Sandbox-Violation")).contains("tenant");
    }
  }

  @Test
  void injectedLatencyDelaysTheAnswerAndMalformedBodiesNoLongerParse() throws IOException {
    try (ZipteamsSandbox sandbox = ZipteamsSandbox.start()) {
      sandbox.faults().latency(Duration.ofMillis(300));
      sandbox.faults().on("getDashboardToken").malformedBodies(1);
      long start = System.nanoTime();
      try (Response response = get(sandbox, "api/v1/partner/dashboard/auth/token")) {
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        String body = response.body().string();
        assertThat(response.code()).isEqualTo(200);
        assertThat(body).startsWith("{\"code\":\"RESPONSE_SUCCESS\"").doesNotEndWith("}");
      }
    }
  }

  @Test
  void trafficCountsEveryAnswerByKind() throws IOException {
    try (ZipteamsSandbox sandbox = ZipteamsSandbox.start()) {
      sandbox.faults().on("getDashboardToken").rateLimit(1, Duration.ofSeconds(1)).serverErrors(1);
      get(sandbox, "api/v1/partner/dashboard/auth/token").close();
      get(sandbox, "api/v1/partner/dashboard/auth/token").close();
      get(sandbox, "api/v1/partner/dashboard/auth/token").close();

      assertThat(sandbox.traffic().requests()).isEqualTo(3);
      assertThat(sandbox.traffic().rateLimited()).isEqualTo(1);
      assertThat(sandbox.traffic().serverErrors()).isEqualTo(1);
      assertThat(sandbox.traffic().logins()).isEqualTo(1);
      assertThat(sandbox.traffic().count("getDashboardToken")).isEqualTo(3);
    }
  }

  @Test
  void tokensVerifyOnlyWithTheKeyThatSignedThem() {
    HmacJwt one = HmacJwt.withRandomKey();
    HmacJwt other = HmacJwt.withRandomKey();
    String token = one.sign(Map.of("sub", "agent-1", "n", 7));

    assertThat(one.verify(token)).containsEntry("sub", "agent-1").containsEntry("n", 7.0);
    assertThat(other.verify(token)).isNull();
    assertThat(one.verify(token.substring(0, token.length() - 2))).isNull();
    assertThat(one.verify("not.a.jwt")).isNull();
    assertThat(one.verify(null)).isNull();
  }
}
