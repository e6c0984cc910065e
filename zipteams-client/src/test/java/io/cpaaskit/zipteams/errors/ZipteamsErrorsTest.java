package io.cpaaskit.zipteams.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.core.errors.ApiException;
import io.cpaaskit.core.errors.ErrorKind;
import io.cpaaskit.core.errors.ErrorResponse;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.testing.LoopbackApis;
import io.cpaaskit.testing.SpecOperations;
import io.cpaaskit.zipteams.api.CustomerCallsApi;
import io.cpaaskit.zipteams.api.CustomerContactsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.api.PartnerCallsApi;
import io.cpaaskit.zipteams.errors.ZipteamsApiException.FieldError;
import io.cpaaskit.zipteams.model.BatchCallRequest;
import io.cpaaskit.zipteams.model.CustomerIngestionRequest;
import io.cpaaskit.zipteams.model.CustomerSyncRequest;
import io.cpaaskit.zipteams.model.DashboardTokenResponse;
import io.cpaaskit.zipteams.model.SuccessResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;
import retrofit2.Response;

/** Zipteams' error answers, every shape the reference shows on both APIs, through every route a caller takes. */
class ZipteamsErrorsTest {
  private static final SpecOperations SPEC = SpecOperations.load("specs/zipteams.yaml");

  private final FakeClock clock = new FakeClock();
  private LoopbackApis apis;

  @BeforeEach
  void start() {
    apis = LoopbackApis.start(SPEC);
  }

  @AfterEach
  void stop() {
    apis.close();
  }

  /** The operation a shape is answered to. */
  enum Operation {
    TOKEN("getDashboardToken", apis -> apis.create(DashboardTokensApi.class).getDashboardToken()),
    BATCH("ingestCallBatch", apis -> apis.create(PartnerCallsApi.class).ingestCallBatch(new BatchCallRequest())),
    CUSTOMER_SYNC("syncCustomer", apis -> apis.create(CustomerContactsApi.class).syncCustomer(new CustomerSyncRequest())),
    INGESTION("ingestCustomerCalls",
        apis -> apis.create(CustomerCallsApi.class).ingestCustomerCalls(new CustomerIngestionRequest()));

    final String id;
    final Function<LoopbackApis, Call<?>> call;

    Operation(String id, Function<LoopbackApis, Call<?>> call) {
      this.id = id;
      this.call = call;
    }
  }

  /** One documented Zipteams answer and what the exception must say about it. */
  record Shape(
      String name,
      Operation operation,
      int status,
      String body,
      Class<? extends ZipteamsApiException> type,
      Boolean success,
      String code,
      String vendorMessage,
      List<FieldError> errors) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Shape> shapes() {
    return List.of(
        // Partner API: {success:false, message, errors?}
        new Shape("partner 400 tenant id", Operation.TOKEN, 400, example("partner-error-400-tenant-id-required.json"),
            ZipteamsApiException.BadRequest.class, false, null, "Tenant ID is required", List.of()),
        new Shape("partner 400 subtenant id", Operation.TOKEN, 400, example("partner-error-400-subtenant-id-required.json"),
            ZipteamsApiException.BadRequest.class, false, null, "Subtenant ID is required", List.of()),
        new Shape("partner 401", Operation.TOKEN, 401, "{\"success\":false,\"message\":\"Unauthorized\"}",
            ZipteamsApiException.Unauthorized.class, false, null, "Unauthorized", List.of()),
        new Shape("partner 403", Operation.TOKEN, 403, example("partner-error-403-forbidden.json"),
            ZipteamsApiException.Forbidden.class, false, null, "Forbidden", List.of()),
        new Shape("partner 404", Operation.BATCH, 404, example("partner-error-404-customer-not-found.json"),
            ZipteamsApiException.NotFound.class, false, null, "Customer not found", List.of()),
        new Shape("partner 422 batch call", Operation.BATCH, 422, example("partner-error-422-batch-call.json"),
            ZipteamsApiException.Unprocessable.class, false, null, "Validation failed",
            List.of(new FieldError("data[0].call.id", "id should not be empty"))),
        new Shape("partner 422 disposition", Operation.BATCH, 422, example("partner-error-422-disposition-status.json"),
            ZipteamsApiException.Unprocessable.class, false, null, "Validation failed",
            List.of(new FieldError("customer_id", "customer_id should not be empty"))),
        new Shape("partner 429", Operation.TOKEN, 429, example("partner-error-429-rate-limit.json"),
            ZipteamsApiException.RateLimited.class, false, null, "Rate limit exceeded. Try again in 60 seconds.", List.of()),
        new Shape("partner 500", Operation.BATCH, 500, example("partner-error-500-internal.json"),
            ZipteamsApiException.ServerFailure.class, false, null, "Internal server error", List.of()),
        new Shape("partner errors[] of bare strings", Operation.BATCH, 422,
            "{\"success\":false,\"message\":\"Validation failed\",\"errors\":[\"data must not be empty\"]}",
            ZipteamsApiException.Unprocessable.class, false, null, "Validation failed",
            List.of(new FieldError(null, "data must not be empty"))),
        // Customer API customer-sync: {code, message (string or array), data?}
        new Shape("customer-sync 400 message array", Operation.CUSTOMER_SYNC, 400, example("customer-sync-400-bad-request.json"),
            ZipteamsApiException.BadRequest.class, null, "BAD_REQUEST",
            "agent_email should not be empty; email or phone_number is required",
            List.of(new FieldError(null, "agent_email should not be empty"),
                new FieldError(null, "email or phone_number is required"))),
        new Shape("customer-sync 400 no workspace", Operation.CUSTOMER_SYNC, 400,
            example("customer-sync-400-agent-has-no-workspace.json"),
            ZipteamsApiException.BadRequest.class, null, "AGENT_HAS_NO_WORKSPACE", "Agent is not part of any workspace",
            List.of()),
        new Shape("customer-sync 403", Operation.CUSTOMER_SYNC, 403, example("customer-sync-403-forbidden.json"),
            ZipteamsApiException.Forbidden.class, null, "FORBIDDEN", "Forbidden resource", List.of()),
        new Shape("customer-sync 404 with data.field", Operation.CUSTOMER_SYNC, 404,
            example("customer-sync-404-agent-not-found.json"),
            ZipteamsApiException.NotFound.class, null, "AGENT_NOT_FOUND_ON_ZIPTEAMS", "Agent not found on Zipteams",
            List.of(new FieldError("agent_email", "Agent not found on Zipteams"))),
        new Shape("customer-sync 500", Operation.CUSTOMER_SYNC, 500, example("customer-sync-500-creation-failed.json"),
            ZipteamsApiException.ServerFailure.class, null, "CUSTOMER_CREATION_FAILED", "Customer could not be created",
            List.of()),
        // Customer API ingestion host: {error}
        new Shape("ingestion 400 invalid JSON", Operation.INGESTION, 400, example("customer-ingestion-400-invalid-json.json"),
            ZipteamsApiException.BadRequest.class, null, null, "Invalid JSON", List.of()),
        new Shape("ingestion 400 no body", Operation.INGESTION, 400, example("customer-ingestion-400-no-body.json"),
            ZipteamsApiException.BadRequest.class, null, null, "No body found", List.of()),
        new Shape("ingestion 401 wrong key", Operation.INGESTION, 401,
            example("customer-ingestion-401-incorrect-api-key.json"),
            ZipteamsApiException.Unauthorized.class, null, null, "Incorrect API Key in Authorization Header", List.of()),
        new Shape("ingestion 403 no key", Operation.INGESTION, 403,
            example("customer-ingestion-403-no-authorization-header.json"),
            ZipteamsApiException.Forbidden.class, null, null, "No authorization header", List.of()),
        new Shape("API Gateway {message}", Operation.INGESTION, 429, "{\"message\":\"Too Many Requests\"}",
            ZipteamsApiException.RateLimited.class, null, null, "Too Many Requests", List.of()),
        // Not JSON, not whole, not there
        new Shape("HTML 502 from a proxy", Operation.TOKEN, 502,
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
            ZipteamsApiException.ServerFailure.class, null, null, null, List.of()),
        new Shape("truncated JSON", Operation.BATCH, 422, "{\"success\":false,\"message\":\"Validation fa",
            ZipteamsApiException.Unprocessable.class, null, null, null, List.of()),
        new Shape("an empty body", Operation.BATCH, 400, "",
            ZipteamsApiException.BadRequest.class, null, null, null, List.of()),
        new Shape("members of unexpected types", Operation.BATCH, 400,
            "{\"success\":\"no\",\"code\":7,\"message\":{\"x\":1},\"errors\":{\"field\":\"a\"},\"data\":[1]}",
            ZipteamsApiException.BadRequest.class, null, null, null, List.of()),
        new Shape("402, undocumented", Operation.BATCH, 402, "{\"success\":false,\"message\":\"Plan minutes exhausted\"}",
            ZipteamsApiException.PaymentRequired.class, false, null, "Plan minutes exhausted", List.of()),
        new Shape("409, undocumented", Operation.BATCH, 409, "{\"success\":false,\"message\":\"Duplicate\"}",
            ZipteamsApiException.Conflict.class, false, null, "Duplicate", List.of()),
        new Shape("410, a status without its own kind", Operation.BATCH, 410, "{\"success\":false,\"message\":\"Gone\"}",
            ZipteamsApiException.UnexpectedStatus.class, false, null, "Gone", List.of()));
  }

  static Stream<Arguments> everyShapeOnEveryRoute() {
    List<Arguments> cases = new ArrayList<>();
    for (Route route : Route.values()) {
      for (Shape shape : shapes()) {
        cases.add(Arguments.of(route, shape));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyShapeOnEveryRoute")
  void mapsEveryShapeToTheSubclassOfItsStatusWithTheVendorFields(Route route, Shape shape) throws Exception {
    apis.enqueue(answer(shape.status(), shape.body()).build());

    ZipteamsApiException e = route.fail(shape.operation().call.apply(apis), clock);

    assertThat(e).isExactlyInstanceOf(shape.type());
    assertThat(e).isInstanceOf(ApiException.class).isInstanceOf(RuntimeException.class);
    assertThat(e.status()).isEqualTo(shape.status());
    assertThat(e.kind()).isEqualTo(ErrorKind.of(shape.status()));
    assertThat(e.success()).isEqualTo(shape.success());
    assertThat(e.code()).isEqualTo(shape.code());
    assertThat(e.vendorMessage()).isEqualTo(shape.vendorMessage());
    assertThat(e.errors()).containsExactlyElementsOf(shape.errors());
    assertThat(e.requestId()).isNull();
    assertThat(e.rawBody()).isEqualTo(shape.body());
    assertThat(e.operationId()).isEqualTo(shape.operation().id);
    assertThat(e.getMessage())
        .startsWith("Zipteams answered HTTP " + shape.status() + " to " + shape.operation().id + " (")
        .doesNotContain("<html>");
    if (shape.vendorMessage() != null) {
      assertThat(e.getMessage()).contains(shape.vendorMessage());
    }
    if (shape.body().isEmpty()) {
      assertThat(e.getMessage()).endsWith("with an empty body");
    }
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void readsRetryAfterInSecondsAndAsAnHttpDate(Route route) throws Exception {
    apis.enqueue(answer(429, example("partner-error-429-rate-limit.json")).setHeader("Retry-After", "60").build());
    // FakeClock starts at 2026-01-01T00:00:00Z
    apis.enqueue(answer(429, example("partner-error-429-rate-limit.json"))
        .setHeader("Retry-After", "Thu, 01 Jan 2026 00:01:30 GMT").build());
    apis.enqueue(answer(429, example("partner-error-429-rate-limit.json")).build());

    ZipteamsApiException seconds = route.fail(Operation.TOKEN.call.apply(apis), clock);
    ZipteamsApiException date = route.fail(Operation.TOKEN.call.apply(apis), clock);
    ZipteamsApiException none = route.fail(Operation.TOKEN.call.apply(apis), clock);

    assertThat(seconds).isInstanceOf(ZipteamsApiException.RateLimited.class);
    assertThat(seconds.retryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(date.retryAfter()).isEqualTo(Duration.ofSeconds(90));
    assertThat(none.retryAfter()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void readsARequestIdFromTheHeadersZipteamsHostsSend(Route route) throws Exception {
    apis.enqueue(answer(403, example("customer-ingestion-403-no-authorization-header.json"))
        .setHeader("x-amzn-RequestId", "0b5f6c1e-aws").build());
    apis.enqueue(answer(403, example("partner-error-403-forbidden.json")).setHeader("X-Request-Id", "req-1").build());

    assertThat(route.fail(Operation.INGESTION.call.apply(apis), clock).requestId()).isEqualTo("0b5f6c1e-aws");
    assertThat(route.fail(Operation.TOKEN.call.apply(apis), clock).requestId()).isEqualTo("req-1");
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void keepsTheRawBodyCappedAndWithSecretsMasked(Route route) throws Exception {
    apis.enqueue(answer(400,
        "{\"success\":false,\"message\":\"bad\",\"errors\":[{\"field\":\"x-api-secret\",\"message\":\"bad\"}],"
            + "\"api_secret\":\"CANARY-secret\",\"token\":\"CANARY-token\"}").build());

    ZipteamsApiException e = route.fail(Operation.TOKEN.call.apply(apis), clock);

    assertThat(e.rawBody()).doesNotContain("CANARY").contains("\"api_secret\":\"***\"").contains("\"token\":\"***\"");
    assertThat(String.valueOf(e)).doesNotContain("CANARY");

    apis.enqueue(answer(500, "{\"success\":false,\"message\":\"" + "z".repeat(30_000) + "\"}").build());

    ZipteamsApiException capped = route.fail(Operation.BATCH.call.apply(apis), clock);

    assertThat(capped).isInstanceOf(ZipteamsApiException.ServerFailure.class);
    assertThat(capped.rawBody().getBytes(StandardCharsets.UTF_8)).hasSize(ErrorResponse.BODY_LIMIT);
    assertThat(capped.response().bodyTruncated()).isTrue();
    assertThat(capped.success()).as("a body cut at the limit is not parsed").isNull();
  }

  @Test
  void capsTheVendorTextInTheMessageButKeepsItWhole() throws Exception {
    String longMessage = "m".repeat(2_000);
    apis.enqueue(answer(400, "{\"success\":false,\"message\":\"" + longMessage + "\"}").build());

    ZipteamsApiException e = Route.HELPER_SYNC.fail(Operation.BATCH.call.apply(apis), clock);

    assertThat(e.vendorMessage()).isEqualTo(longMessage);
    assertThat(e.getMessage()).hasSizeLessThan(600).endsWith("…");
  }

  @Test
  void returnsImmutableErrors() throws Exception {
    apis.enqueue(answer(422, example("partner-error-422-batch-call.json")).build());

    ZipteamsApiException e = Route.HELPER_SYNC.fail(Operation.BATCH.call.apply(apis), clock);

    assertThat(catchThrowable(() -> e.errors().clear())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void leavesTransportFailuresAsIOExceptionSynchronouslyAndAsynchronously() {
    apis.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    apis.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    Throwable sync = catchThrowable(
        () -> ZipteamsErrors.execute(apis.create(DashboardTokensApi.class).getDashboardToken(), clock));
    ExecutionException async = catchThrowableOfType(ExecutionException.class,
        () -> ZipteamsErrors.enqueue(apis.create(DashboardTokensApi.class).getDashboardToken(), clock)
            .get(20, TimeUnit.SECONDS));

    assertThat(sync).isInstanceOf(IOException.class).isNotInstanceOf(ApiException.class);
    assertThat(async.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void returnsTheBodyOfASuccessSynchronouslyAndAsynchronously() throws Exception {
    apis.enqueue(answer(200, "{\"success\":true}").build());
    apis.enqueue(answer(200, "{\"success\":true}").build());

    SuccessResponse sync = ZipteamsErrors.execute(
        apis.create(PartnerCallsApi.class).ingestCallBatch(new BatchCallRequest()));
    SuccessResponse async = ZipteamsErrors.enqueue(
        apis.create(PartnerCallsApi.class).ingestCallBatch(new BatchCallRequest())).get(20, TimeUnit.SECONDS);

    assertThat(sync.getSuccess()).isTrue();
    assertThat(async).isEqualTo(sync);
  }

  @Test
  void refusesToMapASuccessfulResponse() throws Exception {
    apis.enqueue(answer(200, "{\"code\":\"RESPONSE_SUCCESS\",\"data\":{\"token\":\"a.b.c\"}}").build());
    Response<DashboardTokenResponse> ok = apis.create(DashboardTokensApi.class).getDashboardToken().execute();

    assertThatIllegalArgumentException().isThrownBy(() -> ZipteamsErrors.from(ok)).withMessageContaining("200");
  }

  @Test
  void mapsWithTheSystemClockByDefault() throws Exception {
    apis.enqueue(answer(429, "").setHeader("Retry-After", "5").build());
    Response<DashboardTokenResponse> limited = apis.create(DashboardTokensApi.class).getDashboardToken().execute();

    assertThat(ZipteamsErrors.from(limited).retryAfter()).isEqualTo(Duration.ofSeconds(5));
  }

  static MockResponse.Builder answer(int status, String body) {
    MockResponse.Builder builder = new MockResponse.Builder().code(status);
    if (!body.isEmpty()) {
      builder.setHeader("Content-Type", body.startsWith("<") ? "text/html" : "application/json").body(body);
    }
    return builder;
  }

  static String example(String name) {
    try (var in = ZipteamsErrorsTest.class.getResourceAsStream("/examples/zipteams/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
