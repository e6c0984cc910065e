package io.cpaaskit.zipteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.zipteams.model.BatchCallRequest;
import io.cpaaskit.zipteams.model.CallAnalysisCallback;
import io.cpaaskit.zipteams.model.CallItem;
import io.cpaaskit.zipteams.model.CallSummaryCallback;
import io.cpaaskit.zipteams.model.CustomerApiError;
import io.cpaaskit.zipteams.model.CustomerApiErrorCode;
import io.cpaaskit.zipteams.model.CustomerCallbackType;
import io.cpaaskit.zipteams.model.CustomerIngestionAck;
import io.cpaaskit.zipteams.model.CustomerIngestionAgent;
import io.cpaaskit.zipteams.model.CustomerIngestionCall;
import io.cpaaskit.zipteams.model.CustomerIngestionError;
import io.cpaaskit.zipteams.model.CustomerIngestionRecord;
import io.cpaaskit.zipteams.model.CustomerIngestionRequest;
import io.cpaaskit.zipteams.model.CustomerIngestionType;
import io.cpaaskit.zipteams.model.CustomerSummaryCallback;
import io.cpaaskit.zipteams.model.CustomerSyncRequest;
import io.cpaaskit.zipteams.model.CustomerSyncResponse;
import io.cpaaskit.zipteams.model.DashboardTokenResponse;
import io.cpaaskit.zipteams.model.DispositionStatusRequest;
import io.cpaaskit.zipteams.model.ErrorResponse;
import io.cpaaskit.zipteams.model.PartnerAgent;
import io.cpaaskit.zipteams.model.PartnerCall;
import io.cpaaskit.zipteams.model.PartnerCustomer;
import io.cpaaskit.zipteams.model.QualityParameter;
import io.cpaaskit.zipteams.model.ResponseCode;
import io.cpaaskit.zipteams.model.SuccessResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example payloads of {@code zipteams-api.md} (one file each under {@code examples/zipteams/}) against the
 * models generated from {@code specs/zipteams.yaml}, read and written with {@link LenientJson#moshi()}.
 */
class ZipteamsExamplePayloadsTest {
  private static final String DIR = "/examples/zipteams/";
  private static final JsonAdapter<Object> TREE = LenientJson.moshi().adapter(Object.class);
  private static final String DASHBOARD_JWT =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
          + ".eyJ0ZW5hbnRJZCI6InRlbmFudDEiLCJzdWJUZW5hbnRJZCI6InN1YnRlbmFudDEiLCJpYXQiOjE2MTY3NjIyMDAsImV4cCI6MTYxNjg0ODYwMH0"
          + ".c2lnbmF0dXJlLW5vdC12ZXJpZmlhYmxl";

  /** Every example file with the model it belongs to; the files whose round trip is lossless by design. */
  static Stream<Arguments> examples() {
    return Stream.of(
        // Partner API
        Arguments.of("dashboard-token-200.json", DashboardTokenResponse.class, true),
        Arguments.of("ingest-success-200.json", SuccessResponse.class, true),
        Arguments.of("batch-call-request.json", BatchCallRequest.class, true),
        Arguments.of("disposition-status-request.json", DispositionStatusRequest.class, true),
        Arguments.of("partner-error-400-tenant-id-required.json", ErrorResponse.class, true),
        Arguments.of("partner-error-400-subtenant-id-required.json", ErrorResponse.class, true),
        Arguments.of("partner-error-403-forbidden.json", ErrorResponse.class, true),
        Arguments.of("partner-error-404-customer-not-found.json", ErrorResponse.class, true),
        Arguments.of("partner-error-422-batch-call.json", ErrorResponse.class, true),
        Arguments.of("partner-error-422-disposition-status.json", ErrorResponse.class, true),
        Arguments.of("partner-error-429-rate-limit.json", ErrorResponse.class, true),
        Arguments.of("partner-error-500-internal.json", ErrorResponse.class, true),
        Arguments.of("call-analysis-callback.json", CallAnalysisCallback.class, true),
        // nulls are not written back, and the draft shape's members are unknown to the model
        Arguments.of("call-analysis-callback-empty.json", CallAnalysisCallback.class, false),
        Arguments.of("call-analysis-callback-draft-2025-05.json", CallAnalysisCallback.class, false),
        // Customer API
        Arguments.of("customer-call-sync-request.json", CustomerIngestionRequest.class, true),
        Arguments.of("customer-disposition-request.json", CustomerIngestionRequest.class, true),
        Arguments.of("customer-ingestion-200.json", CustomerIngestionAck.class, true),
        Arguments.of("customer-ingestion-400-no-body.json", CustomerIngestionError.class, true),
        Arguments.of("customer-ingestion-400-invalid-json.json", CustomerIngestionError.class, true),
        Arguments.of("customer-ingestion-401-incorrect-api-key.json", CustomerIngestionError.class, true),
        Arguments.of("customer-ingestion-403-no-authorization-header.json", CustomerIngestionError.class, true),
        Arguments.of("customer-sync-request.json", CustomerSyncRequest.class, true),
        // customer_id arrives as a JSON number and is written back as a string (identifiers are strings)
        Arguments.of("customer-sync-200.json", CustomerSyncResponse.class, false),
        Arguments.of("customer-sync-400-bad-request.json", CustomerApiError.class, true),
        Arguments.of("customer-sync-400-agent-has-no-workspace.json", CustomerApiError.class, true),
        Arguments.of("customer-sync-403-forbidden.json", CustomerApiError.class, true),
        Arguments.of("customer-sync-404-agent-not-found.json", CustomerApiError.class, true),
        Arguments.of("customer-sync-500-creation-failed.json", CustomerApiError.class, true),
        Arguments.of("call-summary-callback.json", CallSummaryCallback.class, true),
        Arguments.of("customer-summary-callback.json", CustomerSummaryCallback.class, true));
  }

  @Test
  void everyExampleFileIsListedInTheTable() throws Exception {
    URL dir = ZipteamsExamplePayloadsTest.class.getResource(DIR);
    assertThat(dir).as("examples directory on the test classpath").isNotNull();
    Set<String> files;
    try (Stream<Path> list = Files.list(Paths.get(dir.toURI()))) {
      files = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    Set<String> listed = examples().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  <T> void exampleParsesIntoItsModel(String file, Class<T> model, boolean losslessRoundTrip) {
    T parsed = read(file, model);

    assertThat(parsed).isNotNull();
    if (losslessRoundTrip) {
      assertThat(tree(write(parsed, model)))
          .as("%s written back with the vendor's member names and values", file)
          .isEqualTo(tree(resource(file)));
    }
  }

  // ------------------------------------------------------------------------------------------ partner API

  @Test
  void dashboardTokenResponseCarriesTheJwtAndHidesItFromToString() {
    DashboardTokenResponse response = read("dashboard-token-200.json", DashboardTokenResponse.class);

    assertThat(response.getCode()).isEqualTo(ResponseCode.RESPONSE_SUCCESS);
    assertThat(response.getMessage()).isEqualTo("Request served successfully.");
    assertThat(response.getType()).isEqualTo("object");
    assertThat(response.getData().getToken()).isEqualTo(DASHBOARD_JWT);
    assertThat(response.toString()).doesNotContain(DASHBOARD_JWT).doesNotContain("eyJ").contains("token=***");
    assertThat(response.getData().toString()).doesNotContain(DASHBOARD_JWT);
  }

  @Test
  void dashboardTokenIsWrittenUnderDataToken() {
    DashboardTokenResponse response = read("dashboard-token-200.json", DashboardTokenResponse.class);

    Map<String, Object> json = object(write(response, DashboardTokenResponse.class));

    assertThat(json.get("data")).isEqualTo(Map.of("token", DASHBOARD_JWT));
    assertThat(json.get("code")).isEqualTo("RESPONSE_SUCCESS");
  }

  @Test
  void unknownResponseCodeMapsToUnrecognized() {
    DashboardTokenResponse response =
        fromJson("{\"code\":\"RESPONSE_QUEUED\",\"data\":{\"token\":\"t\"}}", DashboardTokenResponse.class);

    assertThat(response.getCode()).isEqualTo(ResponseCode.UNRECOGNIZED);
    assertThat(response.getData().getToken()).isEqualTo("t");
  }

  @Test
  void ingestSuccessIsTheBareSuccessFlag() {
    SuccessResponse success = read("ingest-success-200.json", SuccessResponse.class);

    assertThat(success.getSuccess()).isTrue();
    assertThat(success.getMessage()).isNull();
    assertThat(success.getData()).isNull();
    assertThat(write(success, SuccessResponse.class)).isEqualTo("{\"success\":true}");
  }

  static Stream<Arguments> partnerErrors() {
    return Stream.of(
        Arguments.of("partner-error-400-tenant-id-required.json", "Tenant ID is required"),
        Arguments.of("partner-error-400-subtenant-id-required.json", "Subtenant ID is required"),
        Arguments.of("partner-error-403-forbidden.json", "Forbidden"),
        Arguments.of("partner-error-404-customer-not-found.json", "Customer not found"),
        Arguments.of("partner-error-429-rate-limit.json", "Rate limit exceeded. Try again in 60 seconds."),
        Arguments.of("partner-error-500-internal.json", "Internal server error"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partnerErrors")
  void partnerErrorCarriesSuccessFalseAndTheMessage(String file, String message) {
    ErrorResponse error = read(file, ErrorResponse.class);

    assertThat(error.getSuccess()).isFalse();
    assertThat(error.getMessage()).isEqualTo(message);
    assertThat(error.getErrors()).isNullOrEmpty();
  }

  @Test
  void batchValidationErrorPointsIntoTheRequestBody() {
    ErrorResponse error = read("partner-error-422-batch-call.json", ErrorResponse.class);

    assertThat(error.getSuccess()).isFalse();
    assertThat(error.getMessage()).isEqualTo("Validation failed");
    assertThat(error.getErrors()).singleElement().satisfies(detail -> {
      assertThat(detail.getField()).isEqualTo("data[0].call.id");
      assertThat(detail.getMessage()).isEqualTo("id should not be empty");
    });
  }

  @Test
  void dispositionValidationErrorNamesTheCustomerIdField() {
    ErrorResponse error = read("partner-error-422-disposition-status.json", ErrorResponse.class);

    assertThat(error.getErrors()).singleElement().satisfies(detail -> {
      assertThat(detail.getField()).isEqualTo("customer_id");
      assertThat(detail.getMessage()).isEqualTo("customer_id should not be empty");
    });
  }

  @Test
  void batchCallRequestKeepsEveryMemberOfTheItem() {
    BatchCallRequest request = read("batch-call-request.json", BatchCallRequest.class);

    assertThat(request.getData()).hasSize(1);
    CallItem item = request.getData().get(0);
    PartnerCall call = item.getCall();
    assertThat(call.getId()).isEqualTo("call-0001");
    assertThat(call.getRecordingUrl()).isEqualTo("https://recordings.example.test/call-0001.mp3");
    assertThat(call.getStartTime().toInstant()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(call.getStartTime().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(call.getEndTime().toInstant()).isEqualTo(Instant.parse("2023-01-01T00:05:30Z"));
    assertThat(call.getContactNumber()).isEqualTo("+1234567890");
    assertThat(item.getAgent().getId()).isEqualTo("agent-42");
    assertThat(item.getAgent().getEmail()).isEqualTo("asha.agent@example.test");
    assertThat(item.getAgent().getName()).isEqualTo("Asha Agent");
    assertThat(item.getCustomer().getId()).isEqualTo("cust-1001");
    assertThat(item.getCustomer().getName()).isEqualTo("Ravi Customer");
    assertThat(item.getCustomer().getEmail()).isEqualTo("ravi@example.test");
    assertThat(item.getCustomer().getDispositionStatus()).isEqualTo("interested");
    assertThat(item.getCallbackUrl()).isEqualTo("https://partner.example.test/zipteams/callback");
    assertThat(item.getMetadata()).containsEntry("campaign", "spring-launch");
    assertThat(((Number) item.getMetadata().get("attempt")).intValue()).isEqualTo(2);
    assertThat(item.getCustomFields()).singleElement().satisfies(field -> {
      assertThat(field.getInternalName()).isEqualTo("zt_custom_1");
      assertThat(field.getValue()).isEqualTo("Enterprise");
    });
    assertThat(item.getIndustry()).isEqualTo("Technology");
    assertThat(item.getFunction()).isEqualTo("Sales");
  }

  @Test
  void batchCallTimesAreWrittenAsUtcIsoTimestamps() {
    BatchCallRequest request = read("batch-call-request.json", BatchCallRequest.class);

    String json = write(request, BatchCallRequest.class);

    assertThat(json)
        .contains("\"start_time\":\"2023-01-01T00:00:00Z\"")
        .contains("\"end_time\":\"2023-01-01T00:05:30Z\"")
        .contains("\"contact_number\":\"+1234567890\"")
        .contains("\"recording_url\":")
        .contains("\"callback_url\":")
        .contains("\"custom_fields\":[{\"internal_name\":\"zt_custom_1\"");
  }

  @Test
  void dispositionStatusRequestUsesSnakeCaseMembers() {
    DispositionStatusRequest request = read("disposition-status-request.json", DispositionStatusRequest.class);

    assertThat(request.getCustomerId()).isEqualTo("cust-1001");
    assertThat(request.getDispositionStatus()).isEqualTo("interested");
    assertThat(write(new DispositionStatusRequest().customerId("c-9").dispositionStatus("do_not_call"),
            DispositionStatusRequest.class))
        .isEqualTo("{\"customer_id\":\"c-9\",\"disposition_status\":\"do_not_call\"}");
  }

  @Test
  void callAnalysisCallbackKeepsScoresChaptersAndMeta() {
    CallAnalysisCallback callback = read("call-analysis-callback.json", CallAnalysisCallback.class);

    assertThat(callback.getCallId()).isEqualTo("call-0001");
    assertThat(callback.getIntent()).isEqualTo("INTERESTED");
    assertThat(callback.getIntentJustification()).startsWith("The customer asked for pricing");
    assertThat(callback.getIntentScore()).isEqualByComparingTo("82.5");
    assertThat(callback.getQualityScore()).isEqualByComparingTo("71");
    assertThat(callback.getSummary())
        .extracting(s -> s.getChapterName())
        .containsExactly("Introduction", "Pricing");
    assertThat(callback.getSummary().get(1).getChapterSummary()).isEqualTo("The customer compared plans.");
    assertThat(callback.getBant().getNeeds()).isEqualTo("- Faster onboarding\n- Call analytics");
    assertThat(callback.getBant().getObjection()).isEqualTo("- Price is high");
    assertThat(callback.getBant().getConcernCategories()).isEqualTo("Pricing");
    assertThat(callback.getBant().getObjectionHandling()).isEqualTo("- Offered an annual discount");
    assertThat(callback.getQualification()).singleElement().satisfies(q -> {
      assertThat(q.getLabel()).isEqualTo("Budget approved?");
      assertThat(q.getAnswer()).isEqualTo("Yes, for this quarter");
    });
    QualityParameter quality = callback.getQuality().get(0);
    assertThat(quality.getParameterName()).isEqualTo("Opening");
    assertThat(quality.getJustification()).isEqualTo("Greeted the customer by name.");
    assertThat(quality.getSuggestion()).isEqualTo("Confirm the agenda early.");
    assertThat(quality.getInferenceScore()).isEqualByComparingTo("7.5");
    assertThat(quality.getParameterScore()).isEqualByComparingTo("10");
    assertThat(quality.getIsFatal()).isFalse();
    assertThat(quality.getStatus()).isNull();
    assertThat(callback.getMeta())
        .containsExactly(entry("source", "webhook"), entry("timestamp", "2025-05-08T04:53:11.110Z"));
  }

  @Test
  void callAnalysisCallbackWithNullAndEmptyMembersKeepsOnlyTheCallId() {
    CallAnalysisCallback callback = read("call-analysis-callback-empty.json", CallAnalysisCallback.class);

    assertThat(callback.getCallId()).isEqualTo("call-0002");
    assertThat(callback.getIntent()).isNull();
    assertThat(callback.getIntentJustification()).isNull();
    assertThat(callback.getIntentScore()).isNull();
    assertThat(callback.getQualityScore()).isNull();
    assertThat(callback.getBant()).isNull();
    assertThat(callback.getQuality()).isNull();
    assertThat(callback.getSummary()).isEmpty();
    assertThat(callback.getQualification()).isEmpty();
    assertThat(callback.getMeta()).isEmpty();
    assertThat(object(write(callback, CallAnalysisCallback.class)).keySet())
        .as("null members are omitted when written")
        .containsExactlyInAnyOrder("call_id", "summary", "qualification", "meta");
  }

  @Test
  void draftCallbackShapeStillYieldsTheCallIdAndIgnoresItsOtherMembers() {
    CallAnalysisCallback callback =
        read("call-analysis-callback-draft-2025-05.json", CallAnalysisCallback.class);

    assertThat(callback.getCallId()).isEqualTo("call-0003");
    assertThat(callback).isEqualTo(new CallAnalysisCallback().callId("call-0003"));
  }

  // ------------------------------------------------------------------------------------------ customer API

  @Test
  void customerCallSyncRequestKeepsTheOffsetOfTheStartTime() {
    CustomerIngestionRequest request = read("customer-call-sync-request.json", CustomerIngestionRequest.class);

    assertThat(request.getType()).isNull();
    CustomerIngestionRecord record = request.getData().get(0);
    CustomerIngestionCall call = record.getCall();
    assertThat(call.getId()).isEqualTo("zt-call-9001");
    assertThat(call.getRecordingUrl()).isEqualTo("https://recordings.example.test/zt-call-9001.wav");
    assertThat(call.getStartTime().toInstant()).isEqualTo(Instant.parse("2025-05-08T04:45:00Z"));
    assertThat(call.getStartTime().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(call.getPhoneNumber()).isEqualTo("+919876543210");
    assertThat(call.getAccessType()).isEqualTo(CustomerIngestionCall.AccessTypeEnum.WHITELISTED_IP);
    assertThat(record.getAgent().getEmail()).isEqualTo("meera.sales@example.test");
    assertThat(record.getAgent().getId()).isEqualTo("crm-agent-7");
    assertThat(record.getCustomer().getId()).isEqualTo("crm-contact-55");
    assertThat(record.getCustomer().getName()).isEqualTo("Karan Mehta");
    assertThat(record.getCustomer().getEmail()).isEqualTo("karan@example.test");
    assertThat(record.getCustomer().getDispositionStatus()).isEqualTo("follow_up");
    assertThat(record.getCustomFields())
        .extracting(f -> f.getInternalName() + "=" + f.getValue())
        .containsExactly("zt_custom_1=Inbound", "zt_custom_2=North");
    assertThat(record.getMetadata())
        .containsExactly(entry("campaign", "may-webinar"), entry("lead_source", "website"));
    assertThat(record.getCallbackUrl()).isEqualTo("https://crm.example.test/zipteams/call-summary");
    assertThat(write(request, CustomerIngestionRequest.class))
        .contains("\"start_time\":\"2025-05-08T10:15:00+05:30\"")
        .contains("\"access_type\":\"whitelisted_ip\"")
        .doesNotContain("\"type\"");
  }

  @Test
  void customerDispositionRequestCarriesTheTypeAndNoCall() {
    CustomerIngestionRequest request = read("customer-disposition-request.json", CustomerIngestionRequest.class);

    assertThat(request.getType()).isEqualTo(CustomerIngestionType.DISPOSITION_STATUS);
    CustomerIngestionRecord record = request.getData().get(0);
    assertThat(record.getCall()).isNull();
    assertThat(record.getCustomer().getPhoneNumber()).isEqualTo("+919876543210");
    assertThat(record.getCustomer().getDispositionStatus()).isEqualTo("callback_requested");
    assertThat(record.getCustomFields()).singleElement().satisfies(f -> assertThat(f.getValue()).isEqualTo("Qualified"));
    assertThat(write(request, CustomerIngestionRequest.class)).startsWith("{\"data\":[").contains("\"type\":\"disposition-status\"");
  }

  @Test
  void ingestionHandlerAnswersAreReadFromMessageAndError() {
    assertThat(read("customer-ingestion-200.json", CustomerIngestionAck.class).getMessage())
        .isEqualTo("Data Received Successfully");
    assertThat(read("customer-ingestion-400-no-body.json", CustomerIngestionError.class).getError())
        .isEqualTo("No body found");
    assertThat(read("customer-ingestion-400-invalid-json.json", CustomerIngestionError.class).getError())
        .isEqualTo("Invalid JSON");
    assertThat(read("customer-ingestion-401-incorrect-api-key.json", CustomerIngestionError.class).getError())
        .isEqualTo("Incorrect API Key in Authorization Header");
    assertThat(read("customer-ingestion-403-no-authorization-header.json", CustomerIngestionError.class).getError())
        .isEqualTo("No authorization header");
  }

  @Test
  void customerSyncRequestKeepsDisplayNameCustomFields() {
    CustomerSyncRequest request = read("customer-sync-request.json", CustomerSyncRequest.class);

    assertThat(request.getAgentEmail()).isEqualTo("meera.sales@example.test");
    assertThat(request.getName()).isEqualTo("Karan Mehta");
    assertThat(request.getEmail()).isEqualTo("karan@example.test");
    assertThat(request.getPhoneNumber()).isEqualTo("+919876543210");
    assertThat(request.getDispositionStatus()).isEqualTo("Hot Lead");
    assertThat(request.getCustomFields()).singleElement().satisfies(f -> {
      assertThat(f.getFieldName()).isEqualTo("Lead Source");
      assertThat(f.getValue()).isEqualTo("Website");
    });
  }

  @Test
  void customerSyncResultKeepsALongNumericCustomerIdExact() {
    CustomerSyncResponse response = read("customer-sync-200.json", CustomerSyncResponse.class);

    assertThat(response.getCode()).isEqualTo(ResponseCode.RESPONSE_SUCCESS);
    assertThat(response.getMessage()).isEqualTo("Request served successfully.");
    assertThat(response.getType()).isEqualTo("object");
    assertThat(response.getData().getCustomerId()).isEqualTo("9007199254740993");
    assertThat(response.getData().getCreated()).isTrue();
    assertThat(response.getData().getWarnings()).containsExactly("Disposition status 'Hot Lead' could not be applied");
    assertThat(write(response, CustomerSyncResponse.class)).contains("\"customer_id\":\"9007199254740993\"");
  }

  static Stream<Arguments> customerSyncErrors() {
    return Stream.of(
        Arguments.of("customer-sync-400-agent-has-no-workspace.json", CustomerApiErrorCode.AGENT_HAS_NO_WORKSPACE),
        Arguments.of("customer-sync-403-forbidden.json", CustomerApiErrorCode.FORBIDDEN),
        Arguments.of("customer-sync-404-agent-not-found.json", CustomerApiErrorCode.AGENT_NOT_FOUND_ON_ZIPTEAMS),
        Arguments.of("customer-sync-500-creation-failed.json", CustomerApiErrorCode.CUSTOMER_CREATION_FAILED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("customerSyncErrors")
  void customerSyncErrorCarriesItsCodeAndATextMessage(String file, CustomerApiErrorCode code) {
    CustomerApiError error = read(file, CustomerApiError.class);

    assertThat(error.getCode()).isEqualTo(code);
    assertThat(error.getMessage()).isInstanceOf(String.class).asString().isNotBlank();
  }

  @Test
  void badRequestMessageIsAListOfStrings() {
    CustomerApiError error = read("customer-sync-400-bad-request.json", CustomerApiError.class);

    assertThat(error.getCode()).isEqualTo(CustomerApiErrorCode.BAD_REQUEST);
    assertThat(error.getMessage())
        .isEqualTo(List.of("agent_email should not be empty", "email or phone_number is required"));
  }

  @Test
  void agentNotFoundNamesTheAgentEmailField() {
    CustomerApiError error = read("customer-sync-404-agent-not-found.json", CustomerApiError.class);

    assertThat(error.getData().getField()).isEqualTo("agent_email");
  }

  @Test
  void unknownCustomerApiErrorCodeMapsToUnrecognized() {
    CustomerApiError error = fromJson("{\"code\":\"PLAN_EXPIRED\",\"message\":\"x\"}", CustomerApiError.class);

    assertThat(error.getCode()).isEqualTo(CustomerApiErrorCode.UNRECOGNIZED);
    assertThat(error.getMessage()).isEqualTo("x");
  }

  @Test
  void callSummaryCallbackKeepsEveryQualityStatus() {
    CallSummaryCallback callback = read("call-summary-callback.json", CallSummaryCallback.class);

    assertThat(callback.getCallId()).isEqualTo("zt-call-9001");
    assertThat(callback.getCustomerId()).isEqualTo("crm-contact-55");
    assertThat(callback.getAgentId()).isEqualTo("crm-agent-7");
    assertThat(callback.getType()).isEqualTo(CustomerCallbackType.CALL_SUMMARY);
    assertThat(callback.getIntent()).isEqualTo("NEUTRAL");
    assertThat(callback.getIntentJustification()).isNotBlank();
    assertThat(callback.getIntentScore()).isEqualTo(55);
    assertThat(callback.getQualityScore()).isEqualByComparingTo("62.5");
    assertThat(callback.getSummary()).singleElement().satisfies(s -> assertThat(s.getChapterName()).isEqualTo("Discovery"));
    assertThat(callback.getBant().getConcernCategories()).isEqualTo("Competition");
    assertThat(callback.getQualification()).singleElement().satisfies(q -> assertThat(q.getAnswer()).isEqualTo("About 40 agents"));
    assertThat(callback.getQuality())
        .extracting(QualityParameter::getStatus)
        .containsExactly(
            QualityParameter.StatusEnum.DONE,
            QualityParameter.StatusEnum.PARTIALLY_DONE,
            QualityParameter.StatusEnum.NEEDS_IMPROVEMENT,
            QualityParameter.StatusEnum.NOT_APPLICABLE);
    assertThat(callback.getQuality().get(2).getIsFatal()).isTrue();
    assertThat(callback.getQuality().get(2).getParameterScore()).isEqualByComparingTo("5");
    assertThat(callback.getMeta()).containsEntry("campaign", "may-webinar");
    assertThat(write(callback, CallSummaryCallback.class)).contains("\"status\":\"Partially Done\"");
  }

  @Test
  void unknownQualityStatusAndCallbackTypeMapToUnrecognizedAndExtraMembersAreIgnored() {
    CallSummaryCallback callback =
        fromJson(
            "{\"call_id\":\"c-1\",\"type\":\"CALL_TRANSCRIPT\",\"sentiment\":\"positive\","
                + "\"quality\":[{\"parameter_name\":\"Empathy\",\"status\":\"Skipped\",\"inference_score\":3}]}",
            CallSummaryCallback.class);

    assertThat(callback.getCallId()).isEqualTo("c-1");
    assertThat(callback.getType()).isEqualTo(CustomerCallbackType.UNRECOGNIZED);
    assertThat(callback.getQuality().get(0).getStatus()).isEqualTo(QualityParameter.StatusEnum.UNRECOGNIZED);
    assertThat(callback.getQuality().get(0).getInferenceScore()).isEqualByComparingTo("3");
    assertThat(write(callback, CallSummaryCallback.class))
        .doesNotContain("sentiment")
        .doesNotContain("CALL_TRANSCRIPT")
        .doesNotContain("Skipped");
  }

  @Test
  void customerSummaryCallbackKeepsQualificationAsAMapAndScoresExact() {
    CustomerSummaryCallback callback = read("customer-summary-callback.json", CustomerSummaryCallback.class);

    assertThat(callback.getType()).isEqualTo(CustomerCallbackType.CUSTOMER_SUMMARY);
    assertThat(callback.getCustomerId()).isEqualTo("48213");
    assertThat(callback.getPhone()).isEqualTo("+919876543210");
    assertThat(callback.getEmail()).isEqualTo("karan@example.test");
    assertThat(callback.getOwner()).isEqualTo("meera.sales@example.test");
    assertThat(callback.getIntent()).isEqualTo("HIGH");
    assertThat(callback.getIntentJustification()).isNotBlank();
    assertThat(callback.getIntentScore()).isEqualByComparingTo("86");
    assertThat(callback.getObjection()).isEqualTo("Implementation effort");
    assertThat(callback.getObjectionHandling()).isEqualTo("Offered a guided onboarding");
    assertThat(callback.getObjectionCategory()).isEqualTo("Effort");
    assertThat(callback.getBudget()).isEqualTo("Approved for Q3");
    assertThat(callback.getAuthority()).isEqualTo("Head of sales decides");
    assertThat(callback.getNeeds()).isEqualTo("Coaching insights for new agents");
    assertThat(callback.getTimeline()).isEqualTo("Within two months");
    assertThat(callback.getCompetitors()).isEqualTo("None mentioned");
    assertThat(callback.getCustomerInvolvement()).isEqualByComparingTo("74.5");
    assertThat(callback.getCallQualityScore()).isEqualByComparingTo("68");
    assertThat(callback.getQualification())
        .containsExactly(entry("Team size", "About 40 agents"), entry("Current tool", "Spreadsheets"));
    assertThat(callback.getTalkingPoints().split("\n"))
        .containsExactly("Share the onboarding plan", "Confirm the budget owner");
    assertThat(callback.getMeta()).isEmpty();
  }

  @Test
  void customerSummaryCallbackNeedsOnlyItsType() {
    CustomerSummaryCallback callback =
        fromJson("{\"type\":\"CUSTOMER_SUMMARY\",\"intent\":null,\"qualification\":null}", CustomerSummaryCallback.class);

    assertThat(callback).isEqualTo(new CustomerSummaryCallback().type(CustomerCallbackType.CUSTOMER_SUMMARY));
  }

  @Test
  void optionalListsAndMapsLeftUnsetAreNotSent() {
    CallItem item =
        new CallItem()
            .call(new PartnerCall().id("c-1"))
            .agent(new PartnerAgent().id("a-1"))
            .customer(new PartnerCustomer().id("u-1"));
    CustomerIngestionRecord record =
        new CustomerIngestionRecord().agent(new CustomerIngestionAgent().email("e@x.test").id("a-1"));

    assertThat(write(item, CallItem.class))
        .isEqualTo("{\"agent\":{\"id\":\"a-1\"},\"call\":{\"id\":\"c-1\"},\"customer\":{\"id\":\"u-1\"}}");
    assertThat(write(record, CustomerIngestionRecord.class)).isEqualTo("{\"agent\":{\"email\":\"e@x.test\",\"id\":\"a-1\"}}");
    assertThat(write(new CustomerSyncRequest().agentEmail("e@x.test"), CustomerSyncRequest.class))
        .isEqualTo("{\"agent_email\":\"e@x.test\"}");
  }

  @Test
  void timestampsWrittenByTheClientKeepTheCallersOffset() {
    PartnerCall call = new PartnerCall().startTime(OffsetDateTime.parse("2025-05-08T10:15:00+05:30"));

    assertThat(write(call, PartnerCall.class)).isEqualTo("{\"start_time\":\"2025-05-08T10:15:00+05:30\"}");
  }

  // ------------------------------------------------------------------------------------------ helpers

  private static String resource(String file) {
    try (InputStream in = ZipteamsExamplePayloadsTest.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no example " + DIR + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String file, Class<T> model) {
    return fromJson(resource(file), model);
  }

  private static <T> T fromJson(String json, Class<T> model) {
    try {
      return LenientJson.moshi().adapter(model).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> String write(Object value, Class<T> model) {
    return LenientJson.moshi().adapter(model).toJson(model.cast(value));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String json) {
    return (Map<String, Object>) tree(json);
  }

  private static Object tree(String json) {
    try {
      return TREE.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
