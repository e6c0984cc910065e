package io.cpaaskit.zipteams.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cpaaskit.auth.Secret;
import io.cpaaskit.core.http.Redaction;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** {@link EmbedUrls}: the two embeddable pages, with every value percent-encoded and the token in the query. */
class EmbedUrlsTest {
  /** A JWT uses only base64url characters and dots: all unreserved, so it travels verbatim. */
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJ0ZW5hbnRJZCI6InQifQ.Ab-_9xZ";
  private static final Secret TOKEN = Secret.of("dashboard token", JWT);

  private final EmbedUrls embed = EmbedUrls.create();

  @Test
  void buildsTheInsightsDashboardUrlOnZipteamsHost() {
    HttpUrl url = embed.viewInsights(TOKEN, EmbedUrls.THEME_DARK, "agent-42");

    assertThat(url.toString())
        .isEqualTo("https://app.zipteams.com/view-insights?token=" + JWT + "&theme=dark&agent-id=agent-42");
  }

  @Test
  void leavesOutTheOptionalParametersWhenNotGiven() {
    assertThat(embed.viewInsights(TOKEN, null, null).toString())
        .isEqualTo("https://app.zipteams.com/view-insights?token=" + JWT);
    assertThat(embed.viewInsights(TOKEN, EmbedUrls.THEME_LIGHT, null).toString())
        .isEqualTo("https://app.zipteams.com/view-insights?token=" + JWT + "&theme=light");
    assertThat(embed.viewInsights(TOKEN, null, "a1").query()).isEqualTo("token=" + JWT + "&agent-id=a1");
  }

  @Test
  void percentEncodesSpacesAmpersandsPlusSignsAndUnicodeInTheQuery() {
    HttpUrl url = embed.viewInsights(TOKEN, "dark high+contrast", "Ravi & Zoë+1 名前=x#y");

    assertThat(url.encodedQuery())
        .isEqualTo("token=" + JWT + "&theme=dark%20high%2Bcontrast"
            + "&agent-id=Ravi%20%26%20Zo%C3%AB%2B1%20%E5%90%8D%E5%89%8D%3Dx%23y");
    assertThat(url.queryParameter("agent-id")).as("decodes back to the input").isEqualTo("Ravi & Zoë+1 名前=x#y");
    assertThat(url.queryParameter("theme")).isEqualTo("dark high+contrast");
    assertThat(url.queryParameterNames()).containsExactly("token", "theme", "agent-id");
  }

  @Test
  void encodesATokenWithReservedCharactersToo() {
    Secret odd = Secret.of("dashboard token", "a+b/c=d&e f");

    HttpUrl url = embed.viewInsights(odd, null, null);

    assertThat(url.encodedQuery()).isEqualTo("token=a%2Bb%2Fc%3Dd%26e%20f");
    assertThat(url.queryParameter("token")).isEqualTo("a+b/c=d&e f");
  }

  @Test
  void buildsTheCallDetailsUrlWithTheCallIdAsOnePathSegment() {
    assertThat(embed.callDetails(TOKEN, "call-0001").toString())
        .isEqualTo("https://app.zipteams.com/call-details/call-0001?token=" + JWT);

    HttpUrl odd = embed.callDetails(TOKEN, "2025/05 call?#1 ü+&");

    assertThat(odd.encodedPath()).isEqualTo("/call-details/2025%2F05%20call%3F%231%20%C3%BC+&");
    assertThat(odd.pathSegments()).containsExactly("call-details", "2025/05 call?#1 ü+&");
    assertThat(odd.queryParameter("token")).isEqualTo(JWT);
    assertThat(odd.querySize()).isEqualTo(1);
  }

  @Test
  void rejectsCallIdsThatWouldNotStayOneSegment() {
    assertThatIllegalArgumentException().isThrownBy(() -> embed.callDetails(TOKEN, ".."))
        .withMessage("callId must not be \".\" or \"..\"");
    assertThatIllegalArgumentException().isThrownBy(() -> embed.callDetails(TOKEN, "."));
    assertThatIllegalArgumentException().isThrownBy(() -> embed.callDetails(TOKEN, " ")).withMessage("callId is blank");
    assertThatNullPointerException().isThrownBy(() -> embed.callDetails(TOKEN, null)).withMessage("callId == null");
  }

  @Test
  void rejectsBlankOptionalValuesInsteadOfSendingThem() {
    assertThatIllegalArgumentException().isThrownBy(() -> embed.viewInsights(TOKEN, " ", null)).withMessage("theme is blank");
    assertThatIllegalArgumentException().isThrownBy(() -> embed.viewInsights(TOKEN, null, "")).withMessage("agentId is blank");
    assertThatNullPointerException().isThrownBy(() -> embed.viewInsights(null, null, null)).withMessage("token == null");
  }

  @Test
  void appendsThePagesToAConfiguredBase() {
    String expected = "https://staging.example.test/zipteams/view-insights?token=" + JWT;

    assertThat(EmbedUrls.withBaseUrl("https://staging.example.test/zipteams").viewInsights(TOKEN, null, null).toString())
        .isEqualTo(expected);
    assertThat(EmbedUrls.withBaseUrl("https://staging.example.test/zipteams/").viewInsights(TOKEN, null, null).toString())
        .isEqualTo(expected);
    assertThat(EmbedUrls.withBaseUrl("http://localhost:8080/").callDetails(TOKEN, "c1").toString())
        .isEqualTo("http://localhost:8080/call-details/c1?token=" + JWT);
    assertThat(EmbedUrls.withBaseUrl(EmbedUrls.DEFAULT_BASE_URL).baseUrl()).isEqualTo(embed.baseUrl());
  }

  @Test
  void rejectsABaseThatIsNotAPlainHttpUrl() {
    assertThatIllegalArgumentException().isThrownBy(() -> EmbedUrls.withBaseUrl("app.zipteams.com"))
        .withMessage("baseUrl is not an http or https URL");
    assertThatIllegalArgumentException().isThrownBy(() -> EmbedUrls.withBaseUrl("ftp://app.zipteams.com"));
    assertThatIllegalArgumentException().isThrownBy(() -> EmbedUrls.withBaseUrl("https://app.zipteams.com/?token=x"))
        .withMessage("baseUrl must not carry a query or a fragment");
    assertThatIllegalArgumentException().isThrownBy(() -> EmbedUrls.withBaseUrl("https://app.zipteams.com/#top"));
    assertThatNullPointerException().isThrownBy(() -> EmbedUrls.withBaseUrl(null)).withMessage("baseUrl == null");
  }

  @Test
  void keepsTheTokenOutOfEverythingItPrints() {
    Secret canary = Secret.of("dashboard token", "CANARY.token-value_1");

    HttpUrl url = embed.viewInsights(canary, null, null);
    Throwable failure = catchThrowable(() -> embed.callDetails(canary, ".."));

    assertThat(url.queryParameter("token")).isEqualTo("CANARY.token-value_1");
    assertThat(Redaction.url(url)).isEqualTo("https://app.zipteams.com/view-insights?token=***");
    assertThat(String.valueOf(failure)).doesNotContain("CANARY");
    assertThat(embed.toString()).isEqualTo("EmbedUrls{baseUrl=https://app.zipteams.com/}");
  }
}
