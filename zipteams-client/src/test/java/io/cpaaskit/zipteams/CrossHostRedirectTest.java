package io.cpaaskit.zipteams;

import io.cpaaskit.testing.CallMode;
import static io.cpaaskit.zipteams.ZipteamsLoopback.json;
import static io.cpaaskit.zipteams.ZipteamsLoopback.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.zipteams.api.CustomerCallsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.model.DashboardTokenResponse;
import io.cpaaskit.zipteams.model.SuccessResponse;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Response;

/**
 * A redirect to another origin never carries Zipteams credentials (auth-core strips every header it added; OkHttp
 * itself drops only {@code Authorization}), while a same-origin redirect keeps them.
 */
class CrossHostRedirectTest {
  private ZipteamsLoopback loopback;
  private MockWebServer elsewhere;

  @BeforeEach
  void start() throws Exception {
    loopback = new ZipteamsLoopback();
    elsewhere = new MockWebServer();
    elsewhere.start();
  }

  @AfterEach
  void stop() {
    elsewhere.close();
    loopback.close();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void a307ToAnotherServerCarriesNoneOfTheFourPartnerHeaders(CallMode mode) throws Exception {
    loopback.main.enqueue(redirect(307, elsewhere.url("/moved/token").toString()));
    elsewhere.enqueue(json(200, ZipteamsLoopback.TOKEN_BODY));

    Response<DashboardTokenResponse> response =
        mode.run(loopback.partner().create(DashboardTokensApi.class).getDashboardToken());

    assertThat(response.code()).isEqualTo(200);
    PartnerCredentialsTest.assertCarriesPartnerHeaders(
        take(loopback.main), "GET", "/api/v1/partner/dashboard/auth/token");
    RecordedRequest redirected = take(elsewhere);
    assertThat(redirected.getUrl().encodedPath()).isEqualTo("/moved/token");
    assertThat(ZipteamsLoopback.credentialHeaderNames(redirected)).isEmpty();
    Canaries.assertNoSecret(redirected.getHeaders().toString());
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void a307OfAPostToAnotherServerCarriesNoneOfTheFourPartnerHeaders(CallMode mode) throws Exception {
    loopback.main.enqueue(redirect(307, elsewhere.url("/moved/batch-call").toString()));
    elsewhere.enqueue(json(200, ZipteamsLoopback.SUCCESS_BODY));

    Response<SuccessResponse> response =
        mode.run(loopback.partner().create(PartnerCallsApi.class).ingestCallBatch(ZipteamsLoopback.batch()));

    assertThat(response.code()).isEqualTo(200);
    take(loopback.main);
    RecordedRequest redirected = take(elsewhere);
    assertThat(redirected.getMethod()).isEqualTo("POST");
    assertThat(ZipteamsLoopback.credentialHeaderNames(redirected)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void a307FromTheIngestionHostToAnotherServerDropsTheCustomerKey(CallMode mode) throws Exception {
    loopback.ingestion.enqueue(redirect(307, elsewhere.url("/moved/ingest").toString()));
    elsewhere.enqueue(json(200, ZipteamsLoopback.INGESTION_ACK_BODY));

    mode.run(loopback.customer().create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync()));

    assertThat(take(loopback.ingestion).getHeaders().values("x-zip-api-key")).containsExactly(Canaries.CUSTOMER_KEY);
    assertThat(ZipteamsLoopback.credentialHeaderNames(take(elsewhere))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void aSameOriginRedirectKeepsTheHeaders(CallMode mode) throws Exception {
    loopback.main.enqueue(redirect(307, loopback.main.url("/api/v1/partner/dashboard/auth/token2").toString()));
    loopback.main.enqueue(json(200, ZipteamsLoopback.TOKEN_BODY));

    mode.run(loopback.partner().create(DashboardTokensApi.class).getDashboardToken());

    take(loopback.main);
    PartnerCredentialsTest.assertCarriesPartnerHeaders(
        take(loopback.main), "GET", "/api/v1/partner/dashboard/auth/token2");
  }

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).setHeader("Location", location).build();
  }
}
