package io.cpaaskit.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactionTest {
  @Test
  void urlWithNothingSensitiveIsPrintedExactlyAsOkHttpPrintsIt() {
    HttpUrl url = HttpUrl.get("https://api.example.test/v1.0/calls/a%20b?page_size=10&page_token=2024-01-01%2000:00:00&name=J%C3%BCrgen");
    assertThat(Redaction.url(url, Set.of("x-other"))).isEqualTo(url.toString());
  }

  @Test
  void defaultAndExtraQueryNamesAreMaskedCaseInsensitivelyEveryTimeTheyRepeat() {
    HttpUrl url = HttpUrl.get("https://api.example.test/x?AccessKey=K1&accesskey=K2&sig=S1&keep=v");
    String printed = Redaction.url(url, Set.of("SIG"));
    assertThat(printed).doesNotContain("K1", "K2", "S1").contains("keep=v");
    assertThat(printed.split("\\*\\*\\*", -1)).hasSize(4); // three masked values
  }

  @Test
  void userInfoIsMaskedEvenWithoutAQuery() {
    HttpUrl url = HttpUrl.get("https://user:pa55word@api.example.test/x");
    assertThat(Redaction.url(url)).doesNotContain("pa55word", "user:").contains("***@api.example.test");
  }

  @Test
  void bodyMembersNamedLikeSecretsAreMaskedAndOthersKept() {
    String body = "{\"username\":\"ann\",\"auth_token\":\"T-1\",\"webhook_secret\":\"W\\\"2\",\"direct_hash\":\"H3\"}";
    assertThat(Redaction.jsonBody(body))
        .isEqualTo("{\"username\":\"ann\",\"auth_token\":\"***\",\"webhook_secret\":\"***\",\"direct_hash\":\"***\"}");
  }

  @Test
  void membersASpecMarksAsSecretsAreMaskedWhateverTheyAreCalled() {
    String body = "{\"engine_key\": \"sk-live-123\", \"kyc_link\":\"https://kyc.example/s/kst_9\", \"name\":\"bot\"}";
    assertThat(Redaction.jsonBody(body)).as("the default names do not cover them").contains("sk-live-123", "kst_9");
    assertThat(Redaction.jsonBody(body, Set.of("engine_key", "KYC_LINK")))
        .isEqualTo("{\"engine_key\": \"***\", \"kyc_link\":\"***\", \"name\":\"bot\"}");
  }

  @Test
  void aSecretValueCutOffByASizeLimitIsMaskedUpToTheCut() {
    assertThat(Redaction.jsonBody("{\"id\":1,\"token\":\"eyJhbGciOiJIUzI1NiJ9.eyJleHAi"))
        .isEqualTo("{\"id\":1,\"token\":\"***\"");
    assertThat(Redaction.jsonBody("{\"password\":\"pa55\\")).isEqualTo("{\"password\":\"***\"");
    assertThat(Redaction.jsonBody("{\"engine_key\":\"sk-li", Set.of("engine_key"))).isEqualTo("{\"engine_key\":\"***\"");
  }

  @Test
  void aValueThatIsNotAStringIsLeftAsItIs() {
    assertThat(Redaction.jsonBody("{\"token\":null,\"hash\":42}")).isEqualTo("{\"token\":null,\"hash\":42}");
  }

  @Test
  void aSecretValueOfManyThousandCharactersIsMaskedWithoutOverflowingTheStack() {
    String jwt = "eyJ" + "x".repeat(60_000);
    assertThat(Redaction.jsonBody("{\"token\":\"" + jwt + "\",\"next\":1}")).isEqualTo("{\"token\":\"***\",\"next\":1}");
    String escapes = "\\\"".repeat(20_000); // \" twenty thousand times: every character an escape
    assertThat(Redaction.jsonBody("{\"password\":\"" + escapes + "\",\"a\":2}")).isEqualTo("{\"password\":\"***\",\"a\":2}");
  }

  @Test
  void anEscapedNewlineOrQuoteInsideASecretDoesNotEndIt() {
    assertThat(Redaction.jsonBody("{\"password\":\"ab\\\ncd\\\"ef\",\"user\":\"ann\"}"))
        .isEqualTo("{\"password\":\"***\",\"user\":\"ann\"}");
  }

  @Test
  void everySecretMemberInABodyIsMaskedAndTheRestKeptAsItWas() {
    String body = "[{\"token\":\"a\"},{\"name\":\"t\",\"token\" : \"b\"},\"token\",{\"token\":\"\"}]";
    assertThat(Redaction.jsonBody(body))
        .isEqualTo("[{\"token\":\"***\"},{\"name\":\"t\",\"token\" : \"***\"},\"token\",{\"token\":\"***\"}]");
  }
}
