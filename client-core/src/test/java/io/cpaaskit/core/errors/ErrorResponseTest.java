package io.cpaaskit.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorResponseTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static Response raw(int code, Headers headers, String url) {
    return new Response.Builder()
        .request(new Request.Builder().url(url).build())
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message("x")
        .headers(headers)
        .build();
  }

  private static ErrorResponse capture(int code, String body) {
    return ErrorResponse.capture(
        raw(code, Headers.of(), "https://api.example.test/v1.0/calls?accesskey=vb_secret&page_size=10"),
        body == null ? null : ResponseBody.create(body, MediaType.get("text/html")),
        CLOCK);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"400, BAD_REQUEST", "401, UNAUTHORIZED", "402, PAYMENT_REQUIRED", "403, FORBIDDEN", "404, NOT_FOUND",
    "409, CONFLICT", "422, UNPROCESSABLE", "429, RATE_LIMITED", "500, SERVER_ERROR", "503, SERVER_ERROR",
    "418, OTHER", "200, OTHER", "307, OTHER"})
  void statusMapsToOneKind(int status, ErrorKind kind) {
    assertThat(ErrorKind.of(status)).isEqualTo(kind);
  }

  @Test
  void htmlEmptyAndTruncatedBodiesAreCapturedWithoutFailing() {
    assertThat(capture(502, "<html><body>Bad Gateway</body></html>").body()).contains("Bad Gateway");
    assertThat(capture(400, "").body()).isEmpty();
    assertThat(capture(400, null).body()).isEmpty();
    assertThat(capture(500, "{\"error\":{\"status\":\"INTER").body()).isEqualTo("{\"error\":{\"status\":\"INTER");
  }

  @Test
  void enormousBodyIsCappedAndMarkedTruncated() {
    ErrorResponse captured = capture(500, "x".repeat(1_000_000));
    assertThat(captured.body()).hasSize(ErrorResponse.BODY_LIMIT);
    assertThat(captured.bodyTruncated()).isTrue();
    assertThat(capture(500, "x".repeat(ErrorResponse.BODY_LIMIT)).bodyTruncated()).isFalse();
  }

  @Test
  void secretsInTheBodyAndTheUrlAreMasked() {
    ErrorResponse captured = capture(401, "{\"auth_token\":\"CANARY-1\",\"message\":\"bad\",\"webhook_secret\":\"CANARY-2\"}");
    assertThat(captured.body()).doesNotContain("CANARY").contains("\"message\":\"bad\"");
    assertThat(captured.url()).doesNotContain("vb_secret").contains("accesskey=***").contains("page_size=10");
  }

  @Test
  void credentialHeadersOfTheAnswerAreMasked() {
    Response withCookie = raw(401, Headers.of("Set-Cookie", "token=CANARY-cookie", "X-Request-Id", "req_1"), "https://api.example.test/x");
    ErrorResponse captured = ErrorResponse.capture(withCookie, null, CLOCK);
    assertThat(captured.headers().get("Set-Cookie")).isEqualTo("***");
    assertThat(captured.headers().get("X-Request-Id")).isEqualTo("req_1");
  }

  @Test
  void retryAfterIsParsedInBothForms() {
    Response seconds = raw(429, Headers.of("Retry-After", "12"), "https://api.example.test/x");
    assertThat(ErrorResponse.capture(seconds, null, CLOCK).retryAfter()).isEqualTo(Duration.ofSeconds(12));
    Response date = raw(503, Headers.of("Retry-After", "Thu, 01 Jan 2026 00:01:00 GMT"), "https://api.example.test/x");
    assertThat(ErrorResponse.capture(date, null, CLOCK).retryAfter()).isEqualTo(Duration.ofMinutes(1));
  }
}
