package io.cpaaskit.tour;

import static io.cpaaskit.tour.Checks.conformance;
import static io.cpaaskit.tour.Checks.expectThrows;
import static io.cpaaskit.tour.Checks.require;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.sandbox.ZipteamsSandbox;
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
import io.cpaaskit.zipteams.model.DispositionStatusRequest;
import io.cpaaskit.zipteams.model.PartnerAgent;
import io.cpaaskit.zipteams.model.PartnerCall;
import io.cpaaskit.zipteams.model.PartnerCustomer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Zipteams: dashboard tokens per tenant pair, call ingestion and dispositions, the Customer API. */
final class ZipteamsTour implements Tour.VendorTour {
  private static final Set<String> TOKEN_PATHS = Set.of("/api/v1/partner/dashboard/auth/token");
  private static final String TENANT = "acme-clinics";
  private static final String TEAM = "front-desk";

  @Override
  public String id() {
    return "zipteams";
  }

  @Override
  public String name() {
    return "Zipteams";
  }

  @Override
  public Set<String> loginPaths() {
    return TOKEN_PATHS;
  }

  @Override
  public void sandbox(Report report, Wire wire) {
    TourClock clock = new TourClock();
    try (ZipteamsSandbox sandbox = ZipteamsSandbox.builder().clock(clock).start()) {
      Report.Section s = report.section(name(), "sandbox", wire);
      s.note("embedded Zipteams at " + sandbox.baseUrl() + "; every request is validated against specs/zipteams.yaml");
      ZipteamsClient partner = ZipteamsClient.builder()
          .baseUrl(sandbox.baseUrl())
          .customerIngestionUrl(sandbox.customerIngestionUrl())
          .credentials(ZipteamsCredentials.partner(sandbox.apiKey(), sandbox.apiSecret(), TENANT, TEAM))
          .okHttpClient(wire.http())
          .clock(clock)
          .build();
      DashboardTokens tokens = DashboardTokens.builder(partner).clock(clock).build();
      AccessToken[] first = new AccessToken[1];

      s.step("partner keys: dashboard token for " + TENANT + "/" + TEAM, () -> {
        first[0] = tokens.token(TENANT, TEAM);
        return "HS256 JWT, valid until " + first[0].expiresAt() + " (24 h)";
      });
      s.step("the same token is served from the cache", () -> {
        require(tokens.token(TENANT, TEAM).fingerprint().equals(first[0].fingerprint()), "a second token was fetched");
        return "no new request; tokens fetched: " + sandbox.traffic().logins();
      });
      s.step("24 h later (sandbox clock): the expired token is re-issued", () -> {
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        AccessToken renewed = tokens.token(TENANT, TEAM);
        require(!renewed.fingerprint().equals(first[0].fingerprint()), "the expired token was served");
        return "new token; tokens fetched: " + sandbox.traffic().logins();
      });
      s.step("ingest a batch of 3 calls", () -> {
        ZipteamsErrors.execute(partner.create(PartnerCallsApi.class).ingestCallBatch(batch(3)));
        return "queued; the sandbox holds " + sandbox.ingestedCallIds(TENANT, TEAM).size() + " calls for the pair";
      });
      s.step("update a customer's disposition", () -> {
        ZipteamsErrors.execute(partner.create(PartnerCallsApi.class).updateDispositionStatus(
            new DispositionStatusRequest().customerId("patient-2").dispositionStatus("callback_requested")));
        return "patient-2 is now " + sandbox.disposition(TENANT, TEAM, "patient-2");
      });
      s.step("typed error: disposition for a customer never ingested", () -> expectThrows(
          ZipteamsApiException.NotFound.class,
          () -> ZipteamsErrors.execute(partner.create(PartnerCallsApi.class)
              .updateDispositionStatus(new DispositionStatusRequest().customerId("nobody").dispositionStatus("x")))));
      s.step("injected 429 on the token endpoint: retried after Retry-After", () -> {
        sandbox.faults().on("getDashboardToken").rateLimit(1, Duration.ofSeconds(1));
        ZipteamsErrors.execute(partner.create(DashboardTokensApi.class).getDashboardToken());
        return "429 then 200; retries so far: " + wire.counts().retries();
      });

      ZipteamsClient customer = ZipteamsClient.builder()
          .baseUrl(sandbox.baseUrl())
          .customerIngestionUrl(sandbox.customerIngestionUrl())
          .credentials(ZipteamsCredentials.customer(sandbox.customerApiKey()))
          .okHttpClient(wire.http())
          .build();
      s.step("customer key: sync a contact (created, then matched)", () -> {
        CustomerSyncRequest contact = new CustomerSyncRequest().agentEmail("meera@acme.example").phoneNumber("+919876543210");
        Boolean created = ZipteamsErrors.execute(customer.create(CustomerContactsApi.class).syncCustomer(contact)).getData().getCreated();
        Boolean again = ZipteamsErrors.execute(customer.create(CustomerContactsApi.class).syncCustomer(contact)).getData().getCreated();
        require(Boolean.TRUE.equals(created) && Boolean.FALSE.equals(again), "created=" + created + ", then " + again);
        return "created, then updated in place";
      });
      s.step("customer key: send calls to the ingestion host", () ->
          ZipteamsErrors.execute(customer.create(CustomerCallsApi.class).ingestCustomerCalls(customerCalls())).getMessage());
      s.step("typed error: a wrong customer key is a final 401, never retried", () -> {
        ZipteamsClient wrong = ZipteamsClient.builder()
            .baseUrl(sandbox.baseUrl())
            .customerIngestionUrl(sandbox.customerIngestionUrl())
            .credentials(ZipteamsCredentials.customer("zip_not_a_real_key"))
            .okHttpClient(wire.http())
            .build();
        return expectThrows(InvalidApiKeyException.class,
            () -> wrong.create(CustomerCallsApi.class).ingestCustomerCalls(customerCalls()).execute());
      });
      s.step("every request conformed to specs/zipteams.yaml", () -> conformance(sandbox.traffic()));
      s.note("Zipteams keys are static, so there is no token to expire on the API itself; the dashboard token above is"
          + " the one that expires.");
      s.end();
    }
  }

  @Override
  public void real(Tour.Env env, boolean allowWrites, Report.Section s, Wire wire) {
    String tenant = env.get("ZIPTEAMS_TENANT_ID");
    String team = env.get("ZIPTEAMS_SUB_TENANT_ID");
    ZipteamsClient partner = ZipteamsClient.builder()
        .baseUrl(env.getOrDefault("ZIPTEAMS_BASE_URL", ZipteamsClient.DEFAULT_BASE_URL))
        .credentials(ZipteamsCredentials.partner(env.get("ZIPTEAMS_API_KEY"), env.get("ZIPTEAMS_API_SECRET"), tenant, team))
        .okHttpClient(wire.http())
        .build();
    DashboardTokens tokens = DashboardTokens.create(partner);
    s.step("partner keys: dashboard token for " + tenant + "/" + team, () ->
        "issued, valid until " + tokens.token(tenant, team).expiresAt());
    s.note(allowWrites
        ? "--allow-writes: Zipteams offers no reversible write (ingestion starts a paid analysis), so none is made."
        : "read-only: ingestion and dispositions are writes; they run only against the sandbox.");
    s.end();
  }

  private static BatchCallRequest batch(int calls) {
    List<CallItem> items = new ArrayList<>();
    for (int i = 1; i <= calls; i++) {
      items.add(new CallItem()
          .call(new PartnerCall()
              .id("tour-call-" + i)
              .recordingUrl("https://recordings.example.test/tour-call-" + i + ".mp3")
              .startTime(OffsetDateTime.parse("2026-11-20T10:00:00Z"))
              .endTime(OffsetDateTime.parse("2026-11-20T10:04:00Z"))
              .contactNumber("+91987654321" + i))
          .agent(new PartnerAgent().id("agent-7").name("Meera"))
          .customer(new PartnerCustomer().id("patient-" + i).dispositionStatus("interested")));
    }
    return new BatchCallRequest().data(items);
  }

  private static CustomerIngestionRequest customerCalls() {
    return new CustomerIngestionRequest().data(List.of(new CustomerIngestionRecord()
        .call(new CustomerIngestionCall()
            .id("tour-zt-1")
            .recordingUrl("https://recordings.example.test/tour-zt-1.wav")
            .startTime(OffsetDateTime.parse("2026-11-20T10:15:00+05:30"))
            .phoneNumber("+919876543210"))
        .agent(new CustomerIngestionAgent().email("meera@acme.example").id("crm-agent-7"))));
  }
}
