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
}
