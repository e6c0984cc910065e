package io.cpaaskit.vobiz.errors;

import static io.cpaaskit.vobiz.LoopbackVobiz.CUSTOMER_ID;
import static io.cpaaskit.vobiz.LoopbackVobiz.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cpaaskit.core.errors.ErrorKind;
import io.cpaaskit.core.errors.ErrorResponse;
import io.cpaaskit.testing.CallMode;
import io.cpaaskit.vobiz.LoopbackVobiz;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.partner.api.TokensApi;
import io.cpaaskit.vobiz.partner.api.TransactionsApi;
import io.cpaaskit.vobiz.partner.model.PartnerLoginRequest;
import io.cpaaskit.vobiz.partner.model.TransferBalanceRequest;
import io.cpaaskit.vobiz.voice.api.AccountsApi;
import io.cpaaskit.vobiz.voice.api.CallsApi;
import io.cpaaskit.vobiz.voice.api.NumbersApi;
import io.cpaaskit.vobiz.voice.api.SubAccountsApi;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.vobiz.voice.model.PurchaseNumberRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Every Vobiz error body shape from the reference (§6.2) becomes the subclass of its status with the vendor's fields,
 * whether the call runs through {@code vobiz.execute}/{@code enqueue} or raw (Retrofit {@code Response} mapped with
 * {@link VobizErrors#from}), synchronously or not; bodies that are not JSON never break the mapping.
 */
class VobizApiExceptionTest {
  private final LoopbackVobiz vobiz = new LoopbackVobiz();
  private final VobizClient customer = vobiz.customerClient();
  private final VobizClient.CustomerScope acme = customer.customer();

  @AfterEach
  void stop() {
    vobiz.close();
  }

  /** The four ways a caller meets an error answer. */
  enum Mode {
    HELPER_SYNC,
    HELPER_ASYNC,
    RAW_SYNC,
    RAW_ASYNC;

    VobizApiException failure(VobizClient client, Call<?> call) throws Exception {
      switch (this) {
        case HELPER_SYNC:
          return (VobizApiException) catchThrowable(() -> client.execute(call));
        case HELPER_ASYNC:
          try {
            client.enqueue(call).get(10, TimeUnit.SECONDS);
            throw new AssertionError("the future completed normally");
          } catch (ExecutionException e) {
            return (VobizApiException) e.getCause();
          }
        case RAW_SYNC:
          return mapped(CallMode.SYNC.run(call));
        case RAW_ASYNC:
        default:
          return mapped(CallMode.ASYNC.run(call));
      }
    }

    private static VobizApiException mapped(Response<?> response) {
      assertThat(response.isSuccessful()).isFalse();
      return VobizErrors.from(response);
    }
  }

  private Call<?> concurrency() {
    return acme.create(AccountsApi.class).getConcurrency(acme.authId());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void envelopeShape_402_isPaymentRequired_withCodeMessageDetailsAndRequestId(Mode mode) throws Exception {
    vobiz.enqueue(402, example("voice/error-envelope.json"));

    VobizApiException e =
        mode.failure(customer, acme.create(CallsApi.class).makeCall(acme.authId(), new MakeCallRequest().from("1").to("2")));

    assertThat(e).isInstanceOf(VobizApiException.PaymentRequired.class);
    assertThat(e.status()).isEqualTo(402);
    assertThat(e.kind()).isEqualTo(ErrorKind.PAYMENT_REQUIRED);
    assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(e.vendorMessage()).isEqualTo("Wallet balance too low");
    assertThat(e.details()).containsEntry("required", "0.95").containsEntry("available", "0.10");
    assertThat(e.errorStatus()).isEqualTo("error");
    assertThat(e.requestId()).isEqualTo("req_7d1e");
    assertThat(e.timestamp()).isEqualTo(OffsetDateTime.parse("2026-09-29T04:31:10.123Z"));
    assertThat(e.apiId()).isNull();
    assertThat(e.operationId()).isEqualTo("makeCall");
    assertThat(e.getMessage())
        .startsWith("Vobiz answered HTTP 402 to makeCall (POST http://")
        .endsWith(": INSUFFICIENT_BALANCE: Wallet balance too low");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void apiIdErrorMessageShape_400_isBadRequest_andApiIdServesAsRequestId(Mode mode) throws Exception {
    vobiz.enqueue(400, example("voice/error-api.json"));

    VobizApiException e = mode.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.BadRequest.class);
    assertThat(e.code()).isEqualTo("invalid answer_url");
    assertThat(e.vendorMessage()).isEqualTo("answer_url must be a public http(s) URL");
    assertThat(e.apiId()).isEqualTo("c1");
    assertThat(e.requestId()).isEqualTo("c1");
    assertThat(e.details()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void statusMessageShape_403_isForbidden_withTheBodyStatus(Mode mode) throws Exception {
    vobiz.enqueue(403, example("voice/error-status-message.json"));

    VobizApiException e = mode.failure(customer, acme.create(SubAccountsApi.class).listSubAccounts(acme.authId(), 1, 20, null));

    assertThat(e).isInstanceOf(VobizApiException.Forbidden.class);
    assertThat(e.errorStatus()).isEqualTo("forbidden");
    assertThat(e.vendorMessage()).isEqualTo("Not the parent of this sub-account");
    assertThat(e.code()).isNull();
    assertThat(e.getMessage()).endsWith(": Not the parent of this sub-account");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void errorApiIdShape_404_isNotFound(Mode mode) throws Exception {
    vobiz.enqueue(404, example("voice/error-not-found.json"));

    VobizApiException e = mode.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.NotFound.class);
    assertThat(e.code()).isEqualTo("not found");
    assertThat(e.apiId()).isEqualTo("c2");
    assertThat(e.vendorMessage()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void coolOffShape_409_isConflict_withTheCoolOffFields(Mode mode) throws Exception {
    vobiz.enqueue(409, example("voice/error-cool-off.json"));

    VobizApiException e =
        mode.failure(
            customer, acme.create(NumbersApi.class).purchaseNumber(acme.authId(), new PurchaseNumberRequest().e164("+919876543210")));

    assertThat(e).isInstanceOf(VobizApiException.Conflict.class);
    assertThat(e.code()).isEqualTo("did_cool_off_in_effect");
    assertThat(e.coolOffUntil()).isEqualTo(OffsetDateTime.parse("2026-10-14T04:31:10Z"));
    assertThat(e.coolOffRemaining()).isEqualTo(Duration.ofSeconds(1_209_600));
    assertThat(e.getMessage()).contains("did_cool_off_in_effect (number in cool-off until 2026-10-14T04:31:10Z, 1209600 s left)");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void invalidCredentialsShape_401_fromTheLoginOperation_isUnauthorized(Mode mode) throws Exception {
    VobizClient partner = vobiz.partnerClient();
    vobiz.enqueue(401, example("partner/login-error.json"));

    VobizApiException e =
        mode.failure(
            partner,
            partner.partner().create(TokensApi.class)
                .partnerLogin(new PartnerLoginRequest().email("ops@example.com").password("CANARY-pw")));

    assertThat(e).isInstanceOf(VobizApiException.Unauthorized.class);
    assertThat(e.code()).isEqualTo("invalid_credentials");
    assertThat(e.vendorMessage()).isEqualTo("Invalid email or password");
    assertThat(e.getMessage()).doesNotContain("CANARY");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void transferBalanceShape_400_keepsBothAmountsDigitForDigit(Mode mode) throws Exception {
    VobizClient partner = vobiz.partnerClient();
    vobiz.enqueue(400, example("partner/transfer-balance-insufficient.json"));

    VobizApiException e =
        mode.failure(
            partner,
            partner.partner().create(TransactionsApi.class)
                .transferBalance(CUSTOMER_ID, new TransferBalanceRequest().amount(new BigDecimal("500.00")).currency("INR")));

    assertThat(e).isInstanceOf(VobizApiException.BadRequest.class);
    assertThat(e.code()).isEqualTo("insufficient_balance");
    assertThat(e.currentBalance()).isEqualTo(new BigDecimal("120.50000")); // sent as a string
    assertThat(e.requestedAmount()).isEqualTo(new BigDecimal("500.00")); // sent as a number: scale kept
    assertThat(e.fields()).containsKeys("error", "message", "current_balance", "requested_amount");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unknownShape_422_isUnprocessable_andKeepsItsMembersInFields(Mode mode) throws Exception {
    vobiz.enqueue(422, "{\"detail\":[{\"loc\":[\"body\",\"email\"],\"msg\":\"field required\"}]}");

    VobizApiException e = mode.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.Unprocessable.class);
    assertThat(e.code()).isNull();
    assertThat(e.vendorMessage()).isNull();
    assertThat(e.fields().get("detail")).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) ((List<Object>) e.fields().get("detail")).get(0);
    assertThat(first).containsEntry("msg", "field required");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void htmlBadGateway_isServerError_withTheHtmlKeptAndNoVendorFields(Mode mode) throws Exception {
    String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    vobiz.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body(html).build());

    VobizApiException e = mode.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.ServerFailure.class);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.rawBody()).isEqualTo(html);
    assertThat(e.code()).isNull();
    assertThat(e.fields()).isEmpty();
    assertThat(e.details()).isEmpty();
    assertThat(e.getMessage()).startsWith("Vobiz answered HTTP 502 to getConcurrency (GET ").endsWith(")");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void emptyBody_400_isBadRequest_saidToBeEmpty(Mode mode) throws Exception {
    vobiz.enqueue(400, "");

    VobizApiException e = mode.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.BadRequest.class);
    assertThat(e.rawBody()).isEmpty();
    assertThat(e.code()).isNull();
    assertThat(e.requestId()).isNull();
    assertThat(e.getMessage()).endsWith("with an empty body");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void truncatedJson_500_isServerError_withTheFragmentKept(Mode mode) throws Exception {
    String truncated = "{\"status\":\"error\",\"error\":{\"code\":\"INSUFFI";
    vobiz.enqueue(500, truncated);

    VobizApiException e = mode.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.ServerFailure.class);
    assertThat(e.rawBody()).isEqualTo(truncated);
    assertThat(e.code()).isNull();
    assertThat(e.errorStatus()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimited_readsRetryAfterSeconds(Mode mode) throws Exception {
    vobiz.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "7").setHeader("Content-Type", "application/json")
            .body("{\"api_id\":\"r1\",\"error\":\"too many requests\"}").build());

    VobizApiException e = mode.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.RateLimited.class);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(e.code()).isEqualTo("too many requests");
  }

  @Test
  void rateLimited_readsAnHttpDateRetryAfter_againstTheClientClock() throws Exception {
    // The fake clock stands at 2026-01-01T00:00:00Z; the helpers measure the date against the client's clock.
    vobiz.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "Thu, 01 Jan 2026 00:01:30 GMT").build());
    vobiz.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "Thu, 01 Jan 2026 00:01:30 GMT").build());

    VobizApiException sync = Mode.HELPER_SYNC.failure(customer, concurrency());
    VobizApiException async = Mode.HELPER_ASYNC.failure(customer, concurrency());

    assertThat(sync).isInstanceOf(VobizApiException.RateLimited.class);
    assertThat(sync.retryAfter()).isEqualTo(Duration.ofSeconds(90));
    assertThat(async.retryAfter()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void requestIdHeader_isUsedWhenTheBodyHasNone() throws Exception {
    vobiz.enqueue(new MockResponse.Builder().code(503).setHeader("X-Request-Id", "hdr-42").body("Service Unavailable").build());

    VobizApiException e = Mode.HELPER_SYNC.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.ServerFailure.class);
    assertThat(e.requestId()).isEqualTo("hdr-42");
  }

  @Test
  void rawBody_isCappedAndMasksSecrets_andAnOversizedBodyStillMaps() throws Exception {
    String body =
        "{\"error\":\"bad\",\"auth_token\":\"" + LoopbackVobiz.TOKEN + "\",\"padding\":\"" + "x".repeat(20_000) + "\"}";
    vobiz.enqueue(400, body);

    VobizApiException e = Mode.HELPER_SYNC.failure(customer, concurrency());

    assertThat(e).isInstanceOf(VobizApiException.BadRequest.class);
    // Capped at the limit before masking, so the masked text is a little shorter.
    assertThat(e.rawBody())
        .hasSizeBetween(ErrorResponse.BODY_LIMIT - 32, ErrorResponse.BODY_LIMIT)
        .doesNotContain("CANARY")
        .contains("\"auth_token\":\"***\"");
    assertThat(e.response().bodyTruncated()).isTrue();
    assertThat(e.code()).isNull(); // the cut JSON cannot be read; the status still decides the type
    assertThat(e.toString()).doesNotContain("CANARY");
  }

  @Test
  void transportFailure_staysAnIOException() {
    vobiz.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.ShutdownConnection.INSTANCE).build());

    Throwable failure = catchThrowable(() -> customer.execute(concurrency()));

    assertThat(failure).isInstanceOf(IOException.class).isNotInstanceOf(VobizApiException.class);
  }

  @Test
  void success_returnsTheBody_throughBothHelpers() throws Exception {
    vobiz.enqueue(200, "{\"account_id\":\"MA_ABCDEF1234\",\"concurrent_calls\":2,\"max_concurrent\":10}");
    vobiz.enqueue(200, "{\"account_id\":\"MA_ABCDEF1234\",\"concurrent_calls\":3,\"max_concurrent\":10}");

    assertThat(customer.execute(acme.create(AccountsApi.class).getConcurrency(acme.authId())).getConcurrentCalls()).isEqualTo(2);
    assertThat(customer.enqueue(acme.create(AccountsApi.class).getConcurrency(acme.authId())).get(10, TimeUnit.SECONDS)
            .getConcurrentCalls())
        .isEqualTo(3);
  }
}
