package io.cpaaskit.zipteams;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.core.retrofit.SpecOperation;
import io.cpaaskit.testing.OperationCase;
import io.cpaaskit.testing.OperationTable;
import io.cpaaskit.testing.SpecOperations;
import io.cpaaskit.zipteams.api.CustomerCallsApi;
import io.cpaaskit.zipteams.api.CustomerContactsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.model.BatchCallRequest;
import io.cpaaskit.zipteams.model.CallItem;
import io.cpaaskit.zipteams.model.CustomField;
import io.cpaaskit.zipteams.model.CustomerIngestionAgent;
import io.cpaaskit.zipteams.model.CustomerIngestionCall;
import io.cpaaskit.zipteams.model.CustomerIngestionContact;
import io.cpaaskit.zipteams.model.CustomerIngestionRecord;
import io.cpaaskit.zipteams.model.CustomerIngestionRequest;
import io.cpaaskit.zipteams.model.CustomerSyncCustomField;
import io.cpaaskit.zipteams.model.CustomerSyncRequest;
import io.cpaaskit.zipteams.model.DispositionStatusRequest;
import io.cpaaskit.zipteams.model.PartnerAgent;
import io.cpaaskit.zipteams.model.PartnerCall;
import io.cpaaskit.zipteams.model.PartnerCustomer;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation of {@code specs/zipteams.yaml}, sent through its generated interface to a loopback server. */
public class ZipteamsOperationsTest {
  static final SpecOperations SPEC = SpecOperations.load("specs/zipteams.yaml");

  private static final List<String> PARTNER_SCHEMES = List.of("zipteamsApiKey", "zipteamsApiSecret", "zipteamsTenantId", "zipteamsSubTenantId");

  public static Stream<OperationCase> cases() {
    return Stream.of(
        OperationCase.of("getDashboardToken", apis -> apis.create(DashboardTokensApi.class).getDashboardToken())
            .respond(200, "{\"code\":\"RESPONSE_SUCCESS\",\"message\":\"Request served successfully.\","
                + "\"type\":\"object\",\"data\":{\"token\":\"eyJhbGciOiJIUzI1NiJ9.e30.sig\"}}")
            .expectPath("/api/v1/partner/dashboard/auth/token"),
        OperationCase.of("ingestCallBatch", apis -> apis.create(PartnerCallsApi.class).ingestCallBatch(batch()))
            .respond(200, "{\"success\":true}")
            .expectPath("/api/v1/partner/ingest/batch-call")
            .expectJsonBody("{\"data\":[{"
                + "\"call\":{\"id\":\"call-0001\",\"recording_url\":\"https://recordings.example.test/call-0001.mp3\","
                + "\"start_time\":\"2023-01-01T00:00:00Z\",\"end_time\":\"2023-01-01T00:05:30Z\","
                + "\"contact_number\":\"+1234567890\"},"
                + "\"agent\":{\"id\":\"agent-42\",\"email\":\"asha.agent@example.test\",\"name\":\"Asha Agent\"},"
                + "\"customer\":{\"id\":\"cust-1001\",\"name\":\"Ravi Customer\",\"email\":\"ravi@example.test\","
                + "\"disposition_status\":\"interested\"},"
                + "\"callback_url\":\"https://partner.example.test/zipteams/callback\","
                + "\"metadata\":{\"campaign\":\"spring-launch\",\"attempt\":2},"
                + "\"custom_fields\":[{\"internal_name\":\"zt_custom_1\",\"value\":\"Enterprise\"}],"
                + "\"industry\":\"Technology\",\"function\":\"Sales\"}]}"),
        OperationCase.of("updateDispositionStatus", apis -> apis.create(PartnerCallsApi.class)
                .updateDispositionStatus(
                    new DispositionStatusRequest().customerId("cust-1001").dispositionStatus("do_not_call")))
            .respond(200, "{\"success\":true}")
            .expectPath("/api/v1/partner/ingest/disposition-status")
            .expectJsonBody("{\"customer_id\":\"cust-1001\",\"disposition_status\":\"do_not_call\"}"),
        OperationCase.of("ingestCustomerCalls", apis -> apis.create(CustomerCallsApi.class)
                .ingestCustomerCalls(customerCallSync()))
            .respond(200, "{\"message\":\"Data Received Successfully\"}")
            .expectPath("/calls-webhook-ingestion-handler")
            .expectJsonBody("{\"data\":[{"
                + "\"call\":{\"id\":\"zt-call-9001\",\"recording_url\":\"https://recordings.example.test/zt-call-9001.wav\","
                + "\"start_time\":\"2025-05-08T10:15:00+05:30\",\"phone_number\":\"+919876543210\","
                + "\"access_type\":\"whitelisted_ip\"},"
                + "\"agent\":{\"email\":\"meera.sales@example.test\",\"id\":\"crm-agent-7\"},"
                + "\"customer\":{\"id\":\"crm-contact-55\",\"name\":\"Karan Mehta\"},"
                + "\"custom_fields\":[{\"internal_name\":\"zt_custom_1\",\"value\":\"Inbound\"}],"
                + "\"metadata\":{\"campaign\":\"may-webinar\"},"
                + "\"callback_url\":\"https://crm.example.test/zipteams/call-summary\"}]}"),
        OperationCase.of("syncCustomer", apis -> apis.create(CustomerContactsApi.class)
                .syncCustomer(new CustomerSyncRequest()
                    .agentEmail("meera.sales@example.test")
                    .name("Karan Mehta")
                    .phoneNumber("+919876543210")
                    .dispositionStatus("Hot Lead")
                    .customFields(List.of(new CustomerSyncCustomField().fieldName("Lead Source").value("Website")))))
            .respond(200, "{\"code\":\"RESPONSE_SUCCESS\",\"message\":\"Request served successfully.\","
                + "\"type\":\"object\",\"data\":{\"customer_id\":9007199254740993,\"created\":false,\"warnings\":[]}}")
            .expectPath("/api/v1/client/conversation/webhook/customer-sync")
            .expectJsonBody("{\"agent_email\":\"meera.sales@example.test\",\"name\":\"Karan Mehta\","
                + "\"phone_number\":\"+919876543210\",\"disposition_status\":\"Hot Lead\","
                + "\"custom_fields\":[{\"field_name\":\"Lead Source\",\"value\":\"Website\"}]}"));
  }

  @Test
  void tableCoversEveryOperationOfTheSpec() {
    OperationTable.assertCoversSpec(SPEC, cases());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sendsTheRequestTheSpecDescribes(OperationCase operation) throws Exception {
    OperationTable.run(SPEC, operation);
  }

  @Test
  void partnerOperationsRequireAllFourPartnerHeadersAndCustomerOperationsTheCustomerKey() {
    Map<String, List<String>> security = new LinkedHashMap<>();
    for (Class<?> api : List.of(DashboardTokensApi.class, PartnerCallsApi.class, CustomerCallsApi.class,
        CustomerContactsApi.class)) {
      for (Method method : api.getDeclaredMethods()) {
        SpecOperation operation = method.getAnnotation(SpecOperation.class);
        security.put(operation.id(), List.of(operation.security()));
      }
    }

    assertThat(security).containsOnlyKeys(SPEC.operationIds());
    assertThat(security.get("getDashboardToken")).containsExactlyInAnyOrderElementsOf(PARTNER_SCHEMES);
    assertThat(security.get("ingestCallBatch")).containsExactlyInAnyOrderElementsOf(PARTNER_SCHEMES);
    assertThat(security.get("updateDispositionStatus")).containsExactlyInAnyOrderElementsOf(PARTNER_SCHEMES);
    assertThat(security.get("ingestCustomerCalls")).containsExactly("zipteamsCustomerApiKey");
    assertThat(security.get("syncCustomer")).containsExactly("zipteamsCustomerApiKey");
  }

  private static BatchCallRequest batch() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("campaign", "spring-launch");
    metadata.put("attempt", 2);
    return new BatchCallRequest().data(List.of(new CallItem()
        .call(new PartnerCall()
            .id("call-0001")
            .recordingUrl("https://recordings.example.test/call-0001.mp3")
            .startTime(OffsetDateTime.parse("2023-01-01T00:00:00Z"))
            .endTime(OffsetDateTime.parse("2023-01-01T00:05:30Z"))
            .contactNumber("+1234567890"))
        .agent(new PartnerAgent().id("agent-42").email("asha.agent@example.test").name("Asha Agent"))
        .customer(new PartnerCustomer()
            .id("cust-1001")
            .name("Ravi Customer")
            .email("ravi@example.test")
            .dispositionStatus("interested"))
        .callbackUrl("https://partner.example.test/zipteams/callback")
        .metadata(metadata)
        .customFields(List.of(new CustomField().internalName("zt_custom_1").value("Enterprise")))
        .industry("Technology")
        .function("Sales")));
  }

  private static CustomerIngestionRequest customerCallSync() {
    return new CustomerIngestionRequest().data(List.of(new CustomerIngestionRecord()
        .call(new CustomerIngestionCall()
            .id("zt-call-9001")
            .recordingUrl("https://recordings.example.test/zt-call-9001.wav")
            .startTime(OffsetDateTime.parse("2025-05-08T10:15:00+05:30"))
            .phoneNumber("+919876543210")
            .accessType(CustomerIngestionCall.AccessTypeEnum.WHITELISTED_IP))
        .agent(new CustomerIngestionAgent().email("meera.sales@example.test").id("crm-agent-7"))
        .customer(new CustomerIngestionContact().id("crm-contact-55").name("Karan Mehta"))
        .customFields(List.of(new CustomField().internalName("zt_custom_1").value("Inbound")))
        .metadata(Map.of("campaign", "may-webinar"))
        .callbackUrl("https://crm.example.test/zipteams/call-summary")));
  }
}
