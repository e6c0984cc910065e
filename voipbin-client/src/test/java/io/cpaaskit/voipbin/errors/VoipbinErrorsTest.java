package io.cpaaskit.voipbin.errors;

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
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.LoginRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
import retrofit2.Response;

/** VoIPBIN's error answers, every shape the reference shows, through every route a caller takes. */
class VoipbinErrorsTest {
  private static final SpecOperations SPEC = SpecOperations.load("specs/voipbin.yaml");
  private static final String CALL_ID = "6f1c9a3e-0000-4000-8000-000000000001";

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

  /** One documented VoIPBIN answer and what the exception must say about it. */
  record Shape(
      String name,
      int status,
      String body,
      Class<? extends VoipbinApiException> type,
      ErrorKind kind,
      String errorStatus,
      String reason,
      String vendorMessage,
      String requestId) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Shape> shapes() {
    return List.of(
        new Shape("400 INVALID_ARGUMENT", 400,
            envelope("INVALID_ARGUMENT", "INVALID_JSON_BODY", "The request body is not valid JSON.", "req_400"),
            VoipbinApiException.BadRequest.class, ErrorKind.BAD_REQUEST,
            "INVALID_ARGUMENT", "INVALID_JSON_BODY", "The request body is not valid JSON.", "req_400"),
        new Shape("401 UNAUTHENTICATED", 401,
            envelope("UNAUTHENTICATED", "INVALID_CREDENTIALS", "The token is invalid or expired.", "req_401"),
            VoipbinApiException.Unauthorized.class, ErrorKind.UNAUTHORIZED,
            "UNAUTHENTICATED", "INVALID_CREDENTIALS", "The token is invalid or expired.", "req_401"),
        new Shape("402 PAYMENT_REQUIRED", 402,
            envelope("PAYMENT_REQUIRED", "INSUFFICIENT_BALANCE", "Insufficient balance.", "req_402"),
            VoipbinApiException.PaymentRequired.class, ErrorKind.PAYMENT_REQUIRED,
            "PAYMENT_REQUIRED", "INSUFFICIENT_BALANCE", "Insufficient balance.", "req_402"),
        new Shape("403 PERMISSION_DENIED", 403,
            envelope("PERMISSION_DENIED", "AGENT_AUTH_REQUIRED", "This endpoint needs an agent's JWT.", "req_403"),
            VoipbinApiException.Forbidden.class, ErrorKind.FORBIDDEN,
            "PERMISSION_DENIED", "AGENT_AUTH_REQUIRED", "This endpoint needs an agent's JWT.", "req_403"),
        new Shape("404 reference example (reason and request_id only)", 404,
            resource("error-response.json"),
            VoipbinApiException.NotFound.class, ErrorKind.NOT_FOUND,
            null, "CALL_NOT_FOUND", null, "req_ABCDEF0123456789"),
        new Shape("409 FAILED_PRECONDITION", 409,
            envelope("FAILED_PRECONDITION", "STATE_INVALID", "The resource was deleted.", "req_409"),
            VoipbinApiException.Conflict.class, ErrorKind.CONFLICT,
            "FAILED_PRECONDITION", "STATE_INVALID", "The resource was deleted.", "req_409"),
        new Shape("422", 422,
            envelope("INVALID_ARGUMENT", "INVALID_REQUEST_PARAMETER", "page_size must be a number.", "req_422"),
            VoipbinApiException.Unprocessable.class, ErrorKind.UNPROCESSABLE,
            "INVALID_ARGUMENT", "INVALID_REQUEST_PARAMETER", "page_size must be a number.", "req_422"),
        new Shape("429 RESOURCE_EXHAUSTED", 429,
            "{\"error\":{\"status\":\"RESOURCE_EXHAUSTED\",\"reason\":\"RATE_LIMIT_EXCEEDED\",\"message\":\"Too many"
                + " requests.\",\"request_id\":\"req_429\",\"details\":[{\"limited_by\":\"customer\"}]}}",
            VoipbinApiException.RateLimited.class, ErrorKind.RATE_LIMITED,
            "RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED", "Too many requests.", "req_429"),
        new Shape("500 INTERNAL", 500,
            envelope("INTERNAL", "INTERNAL", "Something went wrong.", "req_500"),
            VoipbinApiException.ServerFailure.class, ErrorKind.SERVER_ERROR,
            "INTERNAL", "INTERNAL", "Something went wrong.", "req_500"),
        new Shape("503 UNAVAILABLE", 503,
            envelope("UNAVAILABLE", "SERVICE_UNAVAILABLE", "Try again later.", "req_503"),
            VoipbinApiException.ServerFailure.class, ErrorKind.SERVER_ERROR,
            "UNAVAILABLE", "SERVICE_UNAVAILABLE", "Try again later.", "req_503"),
        new Shape("405, a status without its own kind", 405,
            envelope("INVALID_ARGUMENT", "ROUTE_NOT_FOUND", "Method not allowed.", "req_405"),
            VoipbinApiException.UnexpectedStatus.class, ErrorKind.OTHER,
            "INVALID_ARGUMENT", "ROUTE_NOT_FOUND", "Method not allowed.", "req_405"),
        new Shape("a status value this client does not know yet", 409,
            envelope("ABORTED", "CALL_ALREADY_HANGUP", "The call has already hung up.", "req_new"),
            VoipbinApiException.Conflict.class, ErrorKind.CONFLICT,
            "ABORTED", "CALL_ALREADY_HANGUP", "The call has already hung up.", "req_new"),
        new Shape("pre-envelope {\"error\":\"…\"}", 404, "{\"error\":\"call not found\"}",
            VoipbinApiException.NotFound.class, ErrorKind.NOT_FOUND, null, null, "call not found", null),
        new Shape("proxy {\"message\":\"…\"}", 503, "{\"message\":\"upstream connect error\"}",
            VoipbinApiException.ServerFailure.class, ErrorKind.SERVER_ERROR, null, null, "upstream connect error", null),
        new Shape("members of unexpected types", 400,
            "{\"error\":{\"status\":400,\"reason\":[\"X\"],\"message\":{\"text\":\"no\"},\"details\":\"oops\"}}",
            VoipbinApiException.BadRequest.class, ErrorKind.BAD_REQUEST, "400", null, null, null),
        new Shape("a JSON array", 500, "[1,2,3]",
            VoipbinApiException.ServerFailure.class, ErrorKind.SERVER_ERROR, null, null, null, null),
        new Shape("HTML 502 from a proxy", 502,
            "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                + "<hr><center>nginx</center></body></html>",
            VoipbinApiException.ServerFailure.class, ErrorKind.SERVER_ERROR, null, null, null, null),
        new Shape("truncated JSON", 500, "{\"error\":{\"status\":\"INTERNAL\",\"reason\":\"INTER",
            VoipbinApiException.ServerFailure.class, ErrorKind.SERVER_ERROR, null, null, null, null),
        new Shape("an empty body", 404, "",
            VoipbinApiException.NotFound.class, ErrorKind.NOT_FOUND, null, null, null, null));
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

    VoipbinApiException e = route.fail(calls().getCall(CALL_ID), clock);

    assertThat(e).isExactlyInstanceOf(shape.type());
    assertThat(e).isInstanceOf(ApiException.class).isInstanceOf(RuntimeException.class);
    assertThat(e.status()).isEqualTo(shape.status());
    assertThat(e.kind()).isEqualTo(shape.kind()).isEqualTo(ErrorKind.of(shape.status()));
    assertThat(e.errorStatus()).isEqualTo(shape.errorStatus());
    assertThat(e.reason()).isEqualTo(shape.reason());
    assertThat(e.vendorMessage()).isEqualTo(shape.vendorMessage());
    assertThat(e.requestId()).isEqualTo(shape.requestId());
    assertThat(e.rawBody()).isEqualTo(shape.body());
    assertThat(e.operationId()).isEqualTo("getCall");
    assertThat(e.url()).endsWith("/v1.0/calls/" + CALL_ID);
    assertThat(e.getMessage())
        .startsWith("VoIPBIN answered HTTP " + shape.status() + " to getCall (GET ")
        .doesNotContain("<html>");
    if (shape.reason() != null) {
      assertThat(e.getMessage()).contains(shape.reason());
    }
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void readsDetailsAndWhatTheRateLimitWasCountedOn(Route route) throws Exception {
    apis.enqueue(answer(429, shapes().stream().filter(s -> s.status() == 429).findFirst().orElseThrow().body())
        .setHeader("Retry-After", "30")
        .build());

    VoipbinApiException e = route.fail(calls().getCall(CALL_ID), clock);

    assertThat(e).isInstanceOf(VoipbinApiException.RateLimited.class);
    VoipbinApiException.RateLimited limited = (VoipbinApiException.RateLimited) e;
    assertThat(limited.details()).containsExactly(Map.of("limited_by", "customer"));
    assertThat(limited.limitedBy()).isEqualTo("customer");
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void readsTheRetryAfterHttpDateAgainstTheClock(Route route) throws Exception {
    // FakeClock starts at 2026-01-01T00:00:00Z
    apis.enqueue(answer(429, "").setHeader("Retry-After", "Thu, 01 Jan 2026 00:02:00 GMT").build());

    VoipbinApiException e = route.fail(calls().getCall(CALL_ID), clock);

    assertThat(e).isInstanceOf(VoipbinApiException.RateLimited.class);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(2));
    assertThat(((VoipbinApiException.RateLimited) e).limitedBy()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void readsTheAccountFrozenSchedule(Route route) throws Exception {
    apis.enqueue(answer(403,
        "{\"error\":{\"status\":\"PERMISSION_DENIED\",\"reason\":\"ACCOUNT_FROZEN\",\"message\":\"Account is frozen.\","
            + "\"request_id\":\"req_f\",\"details\":[{\"deletion_scheduled_at\":\"2026-01-01T00:00:00Z\","
            + "\"deletion_effective_at\":\"2026-01-31T00:00:00Z\",\"recovery_endpoint\":\"DELETE /auth/unregister\"}]}}")
        .build());

    VoipbinApiException e = route.fail(calls().getCall(CALL_ID), clock);

    assertThat(e).isInstanceOf(VoipbinApiException.Forbidden.class);
    assertThat(e.reason()).isEqualTo("ACCOUNT_FROZEN");
    assertThat(e.details()).singleElement().satisfies(detail -> assertThat(detail)
        .containsEntry("recovery_endpoint", "DELETE /auth/unregister")
        .containsEntry("deletion_effective_at", "2026-01-31T00:00:00Z"));
    assertThat(catchThrowable(() -> e.details().get(0).put("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(catchThrowable(() -> e.details().clear())).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void givesTheLoginsEmptyBody400TheTypedExceptionWithItsStatus(Route route) throws Exception {
    // VoIPBIN answers a wrong password and malformed JSON on /auth/* with 400 and no body at all.
    apis.enqueue(new MockResponse.Builder().code(400).setHeader("X-Request-Id", "req_login").build());

    VoipbinApiException e =
        route.fail(apis.create(AuthApi.class).login(new LoginRequest().username("alice@example.com").password("pw")), clock);

    assertThat(e).isExactlyInstanceOf(VoipbinApiException.BadRequest.class);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.rawBody()).isEmpty();
    assertThat(e.errorStatus()).isNull();
    assertThat(e.reason()).isNull();
    assertThat(e.vendorMessage()).isNull();
    assertThat(e.details()).isEmpty();
    assertThat(e.requestId()).as("from the X-Request-Id header").isEqualTo("req_login");
    assertThat(e.operationId()).isEqualTo("login");
    assertThat(e.getMessage()).endsWith("/auth/login) with an empty body");
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void prefersTheEnvelopesRequestIdAndFallsBackToTheHeader(Route route) throws Exception {
    apis.enqueue(answer(404, envelope("NOT_FOUND", "RESOURCE_NOT_FOUND", "Not found.", "req_body"))
        .setHeader("X-Request-Id", "req_header").build());
    apis.enqueue(answer(404, "{\"error\":{\"reason\":\"RESOURCE_NOT_FOUND\"}}")
        .setHeader("X-Request-Id", "req_header").build());

    assertThat(route.fail(calls().getCall(CALL_ID), clock).requestId()).isEqualTo("req_body");
    VoipbinApiException fromHeader = route.fail(calls().getCall(CALL_ID), clock);
    assertThat(fromHeader.requestId()).isEqualTo("req_header");
    assertThat(fromHeader.getMessage()).as("the message quotes only an id the body gave").doesNotContain("req_header");
  }

  @Test
  void putsTheRequestIdInTheMessageForSupportTickets() throws Exception {
    apis.enqueue(answer(404, resource("error-response.json")).build());

    VoipbinApiException e = Route.HELPER_SYNC.fail(calls().getCall(CALL_ID), clock);

    assertThat(e.getMessage())
        .matches("VoIPBIN answered HTTP 404 to getCall \\(GET http://[^ ]+/v1\\.0/calls/" + CALL_ID
            + "\\): CALL_NOT_FOUND \\[request req_ABCDEF0123456789]");
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void keepsTheRawBodyCappedAndWithSecretsMasked(Route route) throws Exception {
    String secretBody = "{\"error\":{\"status\":\"INVALID_ARGUMENT\",\"reason\":\"INVALID_ARGUMENT\",\"message\":\"bad\","
        + "\"details\":[{\"token\":\"CANARY-token-1\",\"direct_hash\":\"direct.CANARY-hash\"}]}}";
    apis.enqueue(answer(400, secretBody).build());

    VoipbinApiException e = route.fail(calls().getCall(CALL_ID), clock);

    assertThat(e.rawBody()).doesNotContain("CANARY").contains("\"token\":\"***\"").contains("\"direct_hash\":\"***\"");
    assertThat(e.details()).containsExactly(Map.of("token", "***", "direct_hash", "***"));
    assertThat(String.valueOf(e)).doesNotContain("CANARY");

    String huge = "{\"error\":{\"status\":\"INTERNAL\",\"message\":\"" + "x".repeat(20_000) + "\"}}";
    apis.enqueue(answer(500, huge).build());

    VoipbinApiException capped = route.fail(calls().getCall(CALL_ID), clock);

    assertThat(capped).isInstanceOf(VoipbinApiException.ServerFailure.class);
    assertThat(capped.rawBody().getBytes(StandardCharsets.UTF_8)).hasSize(ErrorResponse.BODY_LIMIT);
    assertThat(capped.response().bodyTruncated()).isTrue();
    assertThat(capped.errorStatus()).as("a body cut at the limit is not parsed").isNull();
  }

  @Test
  void capsTheVendorTextInTheMessageButKeepsItWhole() throws Exception {
    String longMessage = "y".repeat(1_000);
    apis.enqueue(answer(400, envelope("INVALID_ARGUMENT", "INVALID_ARGUMENT", longMessage, "req_long")).build());

    VoipbinApiException e = Route.HELPER_SYNC.fail(calls().getCall(CALL_ID), clock);

    assertThat(e.vendorMessage()).isEqualTo(longMessage);
    assertThat(e.getMessage()).hasSizeLessThan(600).contains("…").endsWith("[request req_long]");
  }

  @Test
  void leavesTransportFailuresAsIOExceptionSynchronously() {
    apis.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    Throwable thrown = catchThrowable(() -> VoipbinErrors.execute(calls().getCall(CALL_ID), clock));

    assertThat(thrown).isInstanceOf(IOException.class).isNotInstanceOf(ApiException.class);
  }

  @Test
  void leavesTransportFailuresAsIOExceptionAsynchronously() {
    apis.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    ExecutionException failed = catchThrowableOfType(
        ExecutionException.class, () -> VoipbinErrors.enqueue(calls().getCall(CALL_ID), clock).get(20, TimeUnit.SECONDS));

    assertThat(failed.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void returnsTheBodyOfASuccessSynchronouslyAndAsynchronously() throws Exception {
    apis.enqueue(answer(200, "{\"id\":\"" + CALL_ID + "\"}").build());
    apis.enqueue(answer(200, "{\"id\":\"" + CALL_ID + "\"}").build());

    CallLeg sync = VoipbinErrors.execute(calls().getCall(CALL_ID));
    CallLeg async = VoipbinErrors.enqueue(calls().getCall(CALL_ID)).get(20, TimeUnit.SECONDS);

    assertThat(sync.getId()).isEqualTo(CALL_ID);
    assertThat(async).isEqualTo(sync);
  }

  @Test
  void refusesToMapASuccessfulResponse() throws Exception {
    apis.enqueue(answer(200, "{\"id\":\"" + CALL_ID + "\"}").build());
    Response<CallLeg> ok = calls().getCall(CALL_ID).execute();

    assertThatIllegalArgumentException().isThrownBy(() -> VoipbinErrors.from(ok)).withMessageContaining("200");
  }

  @Test
  void mapsWithTheSystemClockByDefault() throws Exception {
    apis.enqueue(answer(429, "").setHeader("Retry-After", "7").build());
    Response<CallLeg> limited = calls().getCall(CALL_ID).execute();

    assertThat(VoipbinErrors.from(limited).retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void mapperCapturedAnswersDirectly() throws Exception {
    apis.enqueue(answer(409, envelope("ALREADY_EXISTS", "ALREADY_EXISTS", "Exists.", "req_m")).build());
    Response<CallLeg> conflict = calls().getCall(CALL_ID).execute();

    VoipbinApiException e = VoipbinErrors.MAPPER.toException(ErrorResponse.capture(conflict, clock));

    assertThat(e).isInstanceOf(VoipbinApiException.Conflict.class);
    assertThat(e.reason()).isEqualTo("ALREADY_EXISTS");
  }

  private CallsApi calls() {
    return apis.create(CallsApi.class);
  }

  static MockResponse.Builder answer(int status, String body) {
    MockResponse.Builder builder = new MockResponse.Builder().code(status);
    if (!body.isEmpty()) {
      builder.setHeader("Content-Type", body.startsWith("<") ? "text/html" : "application/json").body(body);
    }
    return builder;
  }

  static String envelope(String status, String reason, String message, String requestId) {
    return "{\"error\":{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\",\"message\":\"" + message
        + "\",\"request_id\":\"" + requestId + "\"}}";
  }

  static String resource(String name) {
    try (var in = VoipbinErrorsTest.class.getResourceAsStream("/examples/voipbin/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
