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
import io.cpaaskit.zipteams.model.CustomerIngestionAck;
import io.cpaaskit.zipteams.model.CustomerSyncResponse;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Call;
import retrofit2.Response;

/** Customer credentials, end to end through the builder: {@code x-zip-api-key} on both hosts, refusals, 401, 403. */
class CustomerCredentialsTest {
  private ZipteamsLoopback loopback;
  private ZipteamsClient zipteams;

  @BeforeEach
  void start() {
    loopback = new ZipteamsLoopback();
    zipteams = loopback.customer();
  }

  @AfterEach
  void stop() {
    loopback.close();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void customerSyncCarriesOnlyTheCustomerKeyToTheMainHost(CallMode mode) throws Exception {
    loopback.main.enqueue(json(200, ZipteamsLoopback.CUSTOMER_SYNC_BODY));

    Response<CustomerSyncResponse> response =
        mode.run(zipteams.create(CustomerContactsApi.class).syncCustomer(ZipteamsLoopback.customerSync()));

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getData().getCustomerId()).isEqualTo("12345");
    assertCarriesCustomerKey(take(loopback.main), "/api/v1/client/conversation/webhook/customer-sync");
    assertThat(loopback.ingestion.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void callIngestionCarriesOnlyTheCustomerKeyToTheIngestionHost(CallMode mode) throws Exception {
    loopback.ingestion.enqueue(json(200, ZipteamsLoopback.INGESTION_ACK_BODY));

    Response<CustomerIngestionAck> response =
        mode.run(zipteams.create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync()));

    assertThat(response.body().getMessage()).isEqualTo("Data Received Successfully");
    assertCarriesCustomerKey(take(loopback.ingestion), "/calls-webhook-ingestion-handler");
    assertThat(loopback.main.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void partnerOperationsRefuseTheCustomerKeyBeforeSendingAnything(CallMode mode) {
    PartnerCallsApi partnerCalls = zipteams.create(PartnerCallsApi.class);
    List<Call<?>> partnerOperations = List.of(
        zipteams.create(DashboardTokensApi.class).getDashboardToken(),
        partnerCalls.ingestCallBatch(ZipteamsLoopback.batch()),
        partnerCalls.updateDispositionStatus(ZipteamsLoopback.disposition()));

    for (Call<?> call : partnerOperations) {
      CredentialNotAcceptedException refused =
          catchThrowableOfType(CredentialNotAcceptedException.class, () -> mode.run(call));

      assertThat(refused).as("%s", call.request().url()).isNotNull();
      assertThat(refused.getMessage()).contains("zipteamsApiKey").contains("zipteamsCustomerApiKey");
      Canaries.assertNoSecret(refused);
    }
    assertThat(loopback.main.getRequestCount()).isZero();
    assertThat(loopback.ingestion.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void a401FromEitherHostBecomesInvalidApiKeyExceptionAndIsNotRetried(CallMode mode) {
    for (MockWebServer server : List.of(loopback.ingestion, loopback.main)) {
      server.enqueue(json(401, "{\"error\":\"Incorrect API Key in Authorization Header\"}"));
      server.enqueue(json(200, "{}")); // would only be reached by a retry
    }

    InvalidApiKeyException ingestion = catchThrowableOfType(InvalidApiKeyException.class,
        () -> mode.run(zipteams.create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync())));
    InvalidApiKeyException sync = catchThrowableOfType(InvalidApiKeyException.class,
        () -> mode.run(zipteams.create(CustomerContactsApi.class).syncCustomer(ZipteamsLoopback.customerSync())));

    assertThat(ingestion.getMessage()).contains("401").contains("ingestCustomerCalls");
    assertThat(sync.getMessage()).contains("401").contains("syncCustomer");
    Canaries.assertNoSecret(ingestion);
    Canaries.assertNoSecret(sync);
    assertThat(loopback.ingestion.getRequestCount()).isEqualTo(1);
    assertThat(loopback.main.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void a403StaysAnOrdinaryHttpResponse(CallMode mode) throws Exception {
    String body = "{\"error\":\"No authorization header\"}";
    loopback.ingestion.enqueue(json(403, body));

    Response<CustomerIngestionAck> response =
        mode.run(zipteams.create(CustomerCallsApi.class).ingestCustomerCalls(ZipteamsLoopback.callSync()));

    assertThat(response.code()).isEqualTo(403);
    assertThat(response.errorBody().string()).isEqualTo(body);
    assertThat(loopback.ingestion.getRequestCount()).isEqualTo(1);
  }

  private static void assertCarriesCustomerKey(RecordedRequest request, String path) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().querySize()).as("no credential in the query").isZero();
    assertThat(ZipteamsLoopback.credentialHeaderNames(request)).containsExactly("x-zip-api-key");
    assertThat(request.getHeaders().values("x-zip-api-key")).containsExactly(Canaries.CUSTOMER_KEY);
  }
}
