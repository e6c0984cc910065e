package io.cpaaskit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RequestAuthTest {
  @Test
  void headerValueHttpCannotCarryIsRejectedNamingTheHeaderNotTheValue() {
    assertThatThrownBy(
            () -> RequestAuth.staticHeaders(Set.of("key"), Map.of("x-api-key", Secret.of("apiKey", "CANARY\u00e9"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x-api-key")
        .hasMessageNotContaining("CANARY");
    assertThatThrownBy(
            () -> RequestAuth.staticHeaders(Set.of("key"), Map.of("x-api-key", Secret.of("apiKey", "k")), Map.of("x-tenant-id", "line\nbreak")))
        .hasMessageContaining("x-tenant-id")
        .hasMessageNotContaining("break");
  }

  @Test
  void plainHeadersAreSentButOnlySecretOnesCountAsSecret() throws Exception {
    RequestAuth auth =
        RequestAuth.staticHeaders(Set.of("key"), Map.of("x-api-key", Secret.of("apiKey", "k1")), Map.of("x-tenant-id", "acme"));
    Request signed = auth.sign(new Request.Builder().url("https://example.test/x").build()).request();
    assertThat(signed.header("x-api-key")).isEqualTo("k1");
    assertThat(signed.header("x-tenant-id")).isEqualTo("acme");
    assertThat(auth.secretHeaderNames()).containsExactly("x-api-key");
    assertThat(auth.headerNames()).containsExactlyInAnyOrder("x-api-key", "x-tenant-id");
    assertThat(auth.staticSecrets()).extracting(Secret::reveal).containsExactly("k1");
  }

  @Test
  void signIntoPutsAQueryKeyOnTheGivenUrlAndKeepsWhatElseTheBuilderHolds() {
    RequestAuth auth = RequestAuth.staticQuery(Set.of("key"), "accesskey", Secret.of("accessKey", "k-123"));
    HttpUrl url = HttpUrl.get("https://example.test/v1.0/calls?page_size=10&accesskey=stale");
    Request signed = auth.signInto(new Request.Builder().url(url).tag(String.class, "kept"), url, null).build();
    assertThat(signed.url().queryParameterValues("accesskey")).containsExactly("k-123");
    assertThat(signed.url().queryParameter("page_size")).isEqualTo("10");
    assertThat(signed.tag(String.class)).isEqualTo("kept");
  }

  @Test
  void bearerHeaderFollowsEachNewTokenEvenWhenAnOlderOneComesBack() {
    TokenManager tokens = TokenManager.builder("unused login", () -> {
      throw new AssertionError("signing must not log in");
    }).build();
    RequestAuth auth = RequestAuth.bearer(Set.of("bearer"), tokens);
    AccessToken first = AccessToken.bearer("tok-1", Instant.EPOCH, Duration.ofHours(1));
    AccessToken second = AccessToken.bearer("tok-2", Instant.EPOCH, Duration.ofHours(1));
    HttpUrl url = HttpUrl.get("https://example.test/v1.0/calls");
    // The header value is kept for the last token: a new token, and a call still holding the old one, each get their own.
    for (AccessToken token : new AccessToken[] {first, first, second, first, second}) {
      Request signed = auth.signInto(new Request.Builder().url(url), url, token).build();
      assertThat(signed.header("Authorization")).isEqualTo("Bearer " + token.value().reveal());
    }
  }
}
