package io.cpaaskit.zipteams;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/**
 * Two loopback servers standing in for Zipteams' hosts (the main host and the Customer API's AWS ingestion host), and
 * builders pointed at them.
 */
final class ZipteamsLoopback implements AutoCloseable {
  /** Every credential header either kind of Zipteams credential may send. */
  static final List<String> CREDENTIAL_HEADERS =
      List.of("x-api-key", "x-api-secret", "x-tenant-id", "x-sub-tenant-id", "x-zip-api-key", "Authorization");

  static final String TOKEN_BODY =
      "{\"code\":\"RESPONSE_SUCCESS\",\"message\":\"Request served successfully.\",\"type\":\"object\","
          + "\"data\":{\"token\":\"eyJhbGciOiJIUzI1NiJ9.e30.sig\"}}";
  static final String SUCCESS_BODY = "{\"success\":true}";
  static final String FORBIDDEN_BODY = "{\"success\":false,\"message\":\"Forbidden\"}";
  static final String INGESTION_ACK_BODY = "{\"message\":\"Data Received Successfully\"}";
  static final String CUSTOMER_SYNC_BODY =
      "{\"code\":\"RESPONSE_SUCCESS\",\"message\":\"Request served successfully.\",\"type\":\"object\","
          + "\"data\":{\"customer_id\":12345,\"created\":true,\"warnings\":[]}}";

  final MockWebServer main = new MockWebServer();
  final MockWebServer ingestion = new MockWebServer();
  final OkHttpClient okHttp = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();

  ZipteamsLoopback() {
    try {
      main.start();
      ingestion.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ZipteamsClient.Builder builder() {
    return ZipteamsClient.builder()
        .baseUrl(main.url("/").toString())
        .customerIngestionUrl(ingestion.url("/").toString())
        .okHttpClient(okHttp);
  }

  ZipteamsClient partner() {
    return builder().credentials(Canaries.partner()).build();
  }

  ZipteamsClient customer() {
    return builder().credentials(Canaries.customer()).build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("the loopback server received no request");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The names of the credential headers a request carried, exactly as they were sent. */
  static List<String> credentialHeaderNames(RecordedRequest request) {
    Headers headers = request.getHeaders();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      for (String credential : CREDENTIAL_HEADERS) {
        if (credential.equalsIgnoreCase(headers.name(i))) {
          names.add(headers.name(i));
        }
      }
    }
    return names;
  }

  static BatchCallRequest batch() {
    return new BatchCallRequest().data(List.of(new CallItem()
        .call(new PartnerCall()
            .id("call-0001")
            .recordingUrl("https://recordings.example.test/call-0001.mp3")
            .startTime(OffsetDateTime.parse("2023-01-01T00:00:00Z"))
            .endTime(OffsetDateTime.parse("2023-01-01T00:05:30Z"))
            .contactNumber("+1234567890"))
        .agent(new PartnerAgent().id("agent-42"))
        .customer(new PartnerCustomer().id("cust-1001"))));
  }

  static DispositionStatusRequest disposition() {
    return new DispositionStatusRequest().customerId("cust-1001").dispositionStatus("interested");
  }

  static CustomerIngestionRequest callSync() {
    return new CustomerIngestionRequest().data(List.of(new CustomerIngestionRecord()
        .call(new CustomerIngestionCall()
            .id("zt-call-9001")
            .recordingUrl("https://recordings.example.test/zt-call-9001.wav")
            .startTime(OffsetDateTime.parse("2025-05-08T10:15:00+05:30"))
            .phoneNumber("+919876543210"))
        .agent(new CustomerIngestionAgent().email("meera.sales@example.test").id("crm-agent-7"))));
  }

  static CustomerSyncRequest customerSync() {
    return new CustomerSyncRequest().agentEmail("meera.sales@example.test").phoneNumber("+919876543210");
  }

  @Override
  public void close() {
    main.close();
    ingestion.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }
}
