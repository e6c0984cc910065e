package io.cpaaskit.zipteams;

import io.cpaaskit.testing.CallMode;
import static io.cpaaskit.zipteams.ZipteamsLoopback.json;
import static io.cpaaskit.zipteams.ZipteamsLoopback.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.zipteams.api.CustomerCallsApi;
import io.cpaaskit.zipteams.api.CustomerContactsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.model.DashboardTokenResponse;
import io.cpaaskit.zipteams.model.SuccessResponse;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Call;
import retrofit2.Response;

/** Partner credentials, end to end through the builder: the four headers, refusals, 401 and 403. */
class PartnerCredentialsTest {
  private ZipteamsLoopback loopback;
  private ZipteamsClient zipteams;

  @BeforeEach
  void start() {
    loopback = new ZipteamsLoopback();
    zipteams = loopback.partner();
  }

  @AfterEach
  void stop() {
    loopback.close();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void dashboardTokenCallCarriesExactlyTheFourPartnerHeaders(CallMode mode) throws Exception {
    loopback.main.enqueue(json(200, ZipteamsLoopback.TOKEN_BODY));

    Response<DashboardTokenResponse> response = mode.run(zipteams.create(DashboardTokensApi.class).getDashboardToken());

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getData().getToken()).isEqualTo("eyJhbGciOiJIUzI1NiJ9.e30.sig");
    assertCarriesPartnerHeaders(take(loopback.main), "GET", "/api/v1/partner/dashboard/auth/token");
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void ingestOperationsCarryExactlyTheFourPartnerHeaders(CallMode mode) throws Exception {
    PartnerCallsApi calls = zipteams.create(PartnerCallsApi.class);
    loopback.main.enqueue(json(200, ZipteamsLoopback.SUCCESS_BODY));
    loopback.main.enqueue(json(200, ZipteamsLoopback.SUCCESS_BODY));

    Response<SuccessResponse> batch = mode.run(calls.ingestCallBatch(ZipteamsLoopback.batch()));
    Response<SuccessResponse> disposition = mode.run(calls.updateDispositionStatus(ZipteamsLoopback.disposition()));

    assertThat(batch.body().getSuccess()).isTrue();
    assertThat(disposition.body().getSuccess()).isTrue();
    assertCarriesPartnerHeaders(take(loopback.main), "POST", "/api/v1/partner/ingest/batch-call");
    assertCarriesPartnerHeaders(take(loopback.main), "PUT", "/api/v1/partner/ingest/disposition-status");
    assertThat(loopback.ingestion.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void customerOperationsRefusePartnerCredentialsBeforeSendingAnything(CallMode mode) {
    List<Call<?>> customerCalls = List.of(
        zipteams.create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync()),
        zipteams.create(CustomerContactsApi.class).syncCustomer(ZipteamsLoopback.customerSync()));

    for (Call<?> call : customerCalls) {
      CredentialNotAcceptedException refused =
          catchThrowableOfType(CredentialNotAcceptedException.class, () -> mode.run(call));

      assertThat(refused).as("%s", call.request().url()).isNotNull();
      assertThat(refused.getMessage()).contains("zipteamsCustomerApiKey").contains("nothing was sent");
      Canaries.assertNoSecret(refused);
    }
    assertThat(loopback.main.getRequestCount()).isZero();
    assertThat(loopback.ingestion.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void a401BecomesInvalidApiKeyExceptionAndIsNotRetried(CallMode mode) {
    loopback.main.enqueue(json(401, "{\"success\":false,\"message\":\"Unauthorized\"}"));
    loopback.main.enqueue(json(200, ZipteamsLoopback.SUCCESS_BODY)); // would only be reached by a retry

    InvalidApiKeyException rejected = catchThrowableOfType(InvalidApiKeyException.class,
        () -> mode.run(zipteams.create(PartnerCallsApi.class).ingestCallBatch(ZipteamsLoopback.batch())));

    assertThat(rejected).isNotNull();
    assertThat(rejected.getMessage()).contains("401").contains("ingestCallBatch");
    Canaries.assertNoSecret(rejected);
    assertThat(loopback.main.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void a403StaysAnOrdinaryHttpResponse(CallMode mode) throws Exception {
    loopback.main.enqueue(json(403, ZipteamsLoopback.FORBIDDEN_BODY));

    Response<DashboardTokenResponse> response = mode.run(zipteams.create(DashboardTokensApi.class).getDashboardToken());

    assertThat(response.code()).isEqualTo(403);
    assertThat(response.isSuccessful()).isFalse();
    assertThat(response.errorBody().string()).isEqualTo(ZipteamsLoopback.FORBIDDEN_BODY);
    assertThat(loopback.main.getRequestCount()).isEqualTo(1);
  }

  static void assertCarriesPartnerHeaders(RecordedRequest request, String method, String path) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().querySize()).as("no credential in the query").isZero();
    assertThat(ZipteamsLoopback.credentialHeaderNames(request))
        .containsExactlyInAnyOrder("x-api-key", "x-api-secret", "x-tenant-id", "x-sub-tenant-id");
    assertThat(request.getHeaders().values("x-api-key")).containsExactly(Canaries.PARTNER_KEY);
    assertThat(request.getHeaders().values("x-api-secret")).containsExactly(Canaries.PARTNER_SECRET);
    assertThat(request.getHeaders().values("x-tenant-id")).containsExactly(Canaries.TENANT);
    assertThat(request.getHeaders().values("x-sub-tenant-id")).containsExactly(Canaries.SUB_TENANT);
  }
}
