package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.ZipteamsCredentials;
import io.cpaaskit.zipteams.api.CustomerCallsApi;
import io.cpaaskit.zipteams.api.CustomerContactsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.embed.DashboardTokens;
import io.cpaaskit.zipteams.errors.ZipteamsApiException;
import io.cpaaskit.zipteams.errors.ZipteamsErrors;
import io.cpaaskit.zipteams.model.BatchCallRequest;
import io.cpaaskit.zipteams.model.CallItem;
import io.cpaaskit.zipteams.model.CustomerIngestionAgent;
import io.cpaaskit.zipteams.model.CustomerIngestionCall;
import io.cpaaskit.zipteams.model.CustomerIngestionRecord;
import io.cpaaskit.zipteams.model.CustomerIngestionRequest;
import io.cpaaskit.zipteams.model.CustomerSyncRequest;
import io.cpaaskit.zipteams.model.CustomerSyncResponse;
import io.cpaaskit.zipteams.model.DispositionStatusRequest;
import io.cpaaskit.zipteams.model.PartnerAgent;
import io.cpaaskit.zipteams.model.PartnerCall;
import io.cpaaskit.zipteams.model.PartnerCustomer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;

class ZipteamsSandboxTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-22T09:00:00Z"));
  private final ZipteamsSandbox sandbox = ZipteamsSandbox.builder().clock(clock).tokenLifetime(Duration.ofMinutes(10)).start();
  private final List<Duration> sleeps = new ArrayList<>();
  private int expectedViolations;

  @AfterEach
  void everyRequestAndAnswerConformedToTheSpec() {
    assertThat(sandbox.traffic().violations()).as("spec violations").hasSize(expectedViolations);
    sandbox.close();
  }

  private ZipteamsClient partner(String tenant, String subTenant) {
    return ZipteamsClient.builder()
        .baseUrl(sandbox.baseUrl())
        .customerIngestionUrl(sandbox.customerIngestionUrl())
        .credentials(ZipteamsCredentials.partner(sandbox.apiKey(), sandbox.apiSecret(), tenant, subTenant))
        .clock(clock)
        .retryPolicy(RetryPolicy.builder().maxRetries(2).sleeper(sleeps::add).build())
        .build();
  }

  private ZipteamsClient customer(String key) {
    return ZipteamsClient.builder()
        .baseUrl(sandbox.baseUrl())
        .customerIngestionUrl(sandbox.customerIngestionUrl())
        .credentials(ZipteamsCredentials.customer(key))
        .build();
  }

  @Test
  void ingestedCallsAreKeptPerTenantPairAndDispositionsFollowThem() throws IOException {
    ZipteamsClient acme = partner("acme", "sales");
    ZipteamsErrors.execute(acme.create(PartnerCallsApi.class).ingestCallBatch(batch("call-1", "cust-1")));
    ZipteamsErrors.execute(acme.create(PartnerCallsApi.class).ingestCallBatch(batch("call-1", "cust-1")));
    ZipteamsErrors.execute(acme.create(PartnerCallsApi.class)
        .updateDispositionStatus(new DispositionStatusRequest().customerId("cust-1").dispositionStatus("do_not_call")));

    assertThat(sandbox.ingestedCallIds("acme", "sales")).containsExactly("call-1");
    assertThat(sandbox.ingestedCallIds("acme", "support")).isEmpty();
    assertThat(sandbox.disposition("acme", "sales", "cust-1")).isEqualTo("do_not_call");
  }

  @Test
  void aDispositionForACustomerNeverIngestedIsNotFound() {
    ZipteamsClient acme = partner("acme", "sales");

    assertThatThrownBy(() -> ZipteamsErrors.execute(acme.create(PartnerCallsApi.class)
            .updateDispositionStatus(new DispositionStatusRequest().customerId("nobody"))))
        .isInstanceOf(ZipteamsApiException.NotFound.class)
        .hasMessageContaining("Customer not found");
  }

  @Test
  void aBatchWhoseCallEndsBeforeItStartsFailsWholeWith422NamingTheField() {
    ZipteamsClient acme = partner("acme", "sales");
    BatchCallRequest batch = batch("call-2", "cust-2");
    batch.getData().get(0).getCall().endTime(OffsetDateTime.parse("2022-12-31T23:00:00Z"));

    assertThatThrownBy(() -> ZipteamsErrors.execute(acme.create(PartnerCallsApi.class).ingestCallBatch(batch)))
        .isInstanceOfSatisfying(ZipteamsApiException.Unprocessable.class, e -> assertThat(e.errors())
            .containsExactly(new ZipteamsApiException.FieldError("data[0].call.end_time", "end_time must be after start_time")));
    assertThat(sandbox.ingestedCallIds("acme", "sales")).isEmpty();
  }

  @Test
  void dashboardTokensAreSignedJwtsForTheTenantPairThatExpireOnTheSandboxClock() throws IOException {
    DashboardTokens tokens = DashboardTokens.builder(partner("acme", "sales")).clock(clock).build();

    AccessToken first = tokens.token("acme", "sales");
    Map<String, Object> claims = sandbox.verifyDashboardToken(first.value().reveal());
    assertThat(claims).containsEntry("tenantId", "acme").containsEntry("subTenantId", "sales");
    assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(600);
    assertThat(sandbox.verifyDashboardToken(first.value().reveal() + "x")).isNull();

    assertThat(tokens.token("acme", "sales").value().reveal()).isEqualTo(first.value().reveal());
    clock.advance(Duration.ofMinutes(11));
    AccessToken renewed = tokens.token("acme", "sales");

    assertThat(renewed.value().reveal()).isNotEqualTo(first.value().reveal());
    assertThat(sandbox.traffic().logins()).isEqualTo(2);
  }

  @Test
  void missingTenantOrSubtenantHeadersGetZipteamsOwn400s() throws IOException {
    OkHttpClient http = new OkHttpClient();
    Request.Builder request = new Request.Builder()
        .url(sandbox.baseUrl() + "api/v1/partner/dashboard/auth/token")
        .header("x-api-key", sandbox.apiKey())
        .header("x-api-secret", sandbox.apiSecret());

    try (Response noTenant = http.newCall(request.build()).execute()) {
      assertThat(noTenant.code()).isEqualTo(400);
      assertThat(noTenant.body().string()).isEqualTo("{\"success\":false,\"message\":\"Tenant ID is required\"}");
    }
    try (Response noSubTenant = http.newCall(request.header("x-tenant-id", "acme").build()).execute()) {
      assertThat(noSubTenant.code()).isEqualTo(400);
      assertThat(noSubTenant.body().string()).isEqualTo("{\"success\":false,\"message\":\"Subtenant ID is required\"}");
    }
  }

  @Test
  void aWrongPartnerSecretIsForbidden() {
    ZipteamsClient wrong = ZipteamsClient.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(ZipteamsCredentials.partner(sandbox.apiKey(), "not-the-secret", "acme", "sales"))
        .build();

    assertThatThrownBy(() -> ZipteamsErrors.execute(wrong.create(PartnerCallsApi.class).ingestCallBatch(batch("c", "u"))))
        .isInstanceOf(ZipteamsApiException.Forbidden.class);
    assertThat(sandbox.traffic().forbidden()).isEqualTo(1);
  }

  @Test
  void theCustomerIngestionHostReversesTheUsual401And403() throws IOException {
    CustomerIngestionRequest records = customerRecords();
    ZipteamsClient right = customer(sandbox.customerApiKey());
    assertThat(ZipteamsErrors.execute(right.create(CustomerCallsApi.class).ingestCustomerCalls(records)).getMessage())
        .isEqualTo("Data Received Successfully");

    ZipteamsClient wrong = customer("zip_wrong");
    Call<?> call = wrong.create(CustomerCallsApi.class).ingestCustomerCalls(records);
    assertThatThrownBy(() -> ZipteamsErrors.execute(call)).isInstanceOf(Exception.class);
    assertThat(sandbox.traffic().unauthorized()).isEqualTo(1);
  }

  @Test
  void customerSyncCreatesAContactOnceThenUpdatesIt() throws IOException {
    ZipteamsClient zip = customer(sandbox.customerApiKey());
    CustomerSyncRequest contact = new CustomerSyncRequest().agentEmail("meera@example.test").phoneNumber("+919876543210");

    CustomerSyncResponse created = ZipteamsErrors.execute(zip.create(CustomerContactsApi.class).syncCustomer(contact));
    CustomerSyncResponse updated = ZipteamsErrors.execute(zip.create(CustomerContactsApi.class).syncCustomer(contact));

    assertThat(created.getData().getCreated()).isTrue();
    assertThat(updated.getData().getCreated()).isFalse();
    assertThat(updated.getData().getCustomerId()).isEqualTo(created.getData().getCustomerId());
  }

  @Test
  void injected429sOnAGetAreRetriedAfterTheAdvertisedWaitThenSurfaceAsTheTypedError() throws IOException {
    ZipteamsClient acme = partner("acme", "sales");
    sandbox.faults().on("getDashboardToken").rateLimit(1, Duration.ofSeconds(3));

    ZipteamsErrors.execute(acme.create(DashboardTokensApi.class).getDashboardToken());
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));

    sandbox.faults().on("getDashboardToken").rateLimit(3, Duration.ofSeconds(1));
    assertThatThrownBy(() -> ZipteamsErrors.execute(acme.create(DashboardTokensApi.class).getDashboardToken()))
        .isInstanceOfSatisfying(ZipteamsApiException.RateLimited.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    assertThat(sandbox.traffic().rateLimited()).isEqualTo(4);
  }

  @Test
  void aPostThatIsNotRetrySafeIsNotResentAfterAn429() {
    ZipteamsClient acme = partner("acme", "sales");
    sandbox.faults().rateLimit(1, Duration.ofSeconds(1));

    assertThatThrownBy(() -> ZipteamsErrors.execute(acme.create(PartnerCallsApi.class).ingestCallBatch(batch("call-5", "cust-5"))))
        .isInstanceOf(ZipteamsApiException.RateLimited.class);
    assertThat(sandbox.traffic().count("ingestCallBatch")).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aRequestThatBreaksTheSpecGets400NamingTheViolation() throws IOException {
    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder()
        .url(sandbox.baseUrl() + "api/v1/partner/ingest/batch-call")
        .header("x-api-key", sandbox.apiKey())
        .header("x-api-secret", sandbox.apiSecret())
        .header("x-tenant-id", "acme")
        .header("x-sub-tenant-id", "sales")
        .post(RequestBody.create("{\"data\":[]}", MediaType.get("application/json")))
        .build();

    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.header("X-Sandbox-Violation")).contains("minItems");
    }
    assertThat(sandbox.traffic().violations()).singleElement()
        .satisfies(v -> assertThat(v.operationId()).isEqualTo("ingestCallBatch"));
    expectedViolations = 1;
  }

  static BatchCallRequest batch(String callId, String customerId) {
    return new BatchCallRequest().data(new ArrayList<>(List.of(new CallItem()
        .call(new PartnerCall()
            .id(callId)
            .recordingUrl("https://recordings.example.test/" + callId + ".mp3")
            .startTime(OffsetDateTime.parse("2023-01-01T00:00:00Z"))
            .endTime(OffsetDateTime.parse("2023-01-01T00:05:30Z"))
            .contactNumber("+1234567890"))
        .agent(new PartnerAgent().id("agent-42"))
        .customer(new PartnerCustomer().id(customerId).dispositionStatus("interested")))));
  }

  static CustomerIngestionRequest customerRecords() {
    return new CustomerIngestionRequest().data(List.of(new CustomerIngestionRecord()
        .call(new CustomerIngestionCall()
            .id("zt-1")
            .recordingUrl("https://recordings.example.test/zt-1.wav")
            .startTime(OffsetDateTime.parse("2025-05-08T10:15:00+05:30"))
            .phoneNumber("+919876543210"))
        .agent(new CustomerIngestionAgent().email("meera@example.test").id("crm-agent-7"))));
  }
}
