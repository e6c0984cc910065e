package io.cpaaskit.vobiz.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.core.errors.ErrorKind;
import io.cpaaskit.core.errors.ErrorResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link VobizErrors#MAPPER}: the subclass follows {@link ErrorKind#of(int)} only, and no body can make it fail. */
class VobizErrorsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static ErrorResponse answer(int status, String body) {
    Response raw =
        new Response.Builder()
            .request(new Request.Builder().url("https://api.vobiz.ai/api/v1/Account/MA_1/Call/").build())
            .protocol(Protocol.HTTP_1_1)
            .code(status)
            .message("x")
            .headers(Headers.of())
            .build();
    return ErrorResponse.capture(raw, body == null ? null : ResponseBody.create(body, MediaType.get("application/json")), CLOCK);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, BadRequest", "401, Unauthorized", "402, PaymentRequired", "403, Forbidden", "404, NotFound", "409, Conflict",
    "422, Unprocessable", "429, RateLimited", "500, ServerFailure", "502, ServerFailure", "504, ServerFailure",
    "599, ServerFailure", "418, UnexpectedStatus", "405, UnexpectedStatus", "302, UnexpectedStatus", "200, UnexpectedStatus"
  })
  void eachStatus_mapsToTheSubclassOfItsKind(int status, String subclass) {
    VobizApiException e = VobizErrors.MAPPER.toException(answer(status, "{}"));

    assertThat(e.getClass().getSimpleName()).isEqualTo(subclass);
    assertThat(e.getClass().getEnclosingClass()).isEqualTo(VobizApiException.class);
    assertThat(e.kind()).isEqualTo(ErrorKind.of(status));
    assertThat(e.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", " ", "null", "[]", "[1,2]", "\"text\"", "42", "true", "{", "{\"error\":", "{\"error\":{\"code\":",
        "<html>oops</html>", "{\"error\":[1,2],\"message\":{\"a\":1},\"api_id\":7}", "{\"cool_off_until\":\"soon\"}",
        "{\"cool_off_remaining_seconds\":\"-5\",\"current_balance\":\"abc\",\"timestamp\":12}", "\uFEFF{\"error\":\"x\"}",
        "{\"a\":NaN}", "{'error':'single quotes'}"
      })
  void anyBody_mapsWithoutFailing(String body) {
    VobizApiException e = VobizErrors.MAPPER.toException(answer(400, body));

    assertThat(e).isInstanceOf(VobizApiException.BadRequest.class);
    assertThat(e.getMessage()).startsWith("Vobiz answered HTTP 400 (GET https://api.vobiz.ai/api/v1/Account/MA_1/Call/)");
  }

  @Test
  void oddTypes_loseOnlyThemselves() {
    VobizApiException e =
        VobizErrors.MAPPER.toException(
            answer(409, "{\"error\":\"did_cool_off_in_effect\",\"cool_off_until\":\"soon\",\"cool_off_remaining_seconds\":60.2,"
                + "\"api_id\":12345678901234567890}"));

    assertThat(e.code()).isEqualTo("did_cool_off_in_effect");
    assertThat(e.coolOffUntil()).isNull();
    assertThat(e.coolOffRemaining()).hasSeconds(61);
    assertThat(e.apiId()).isEqualTo("12345678901234567890"); // a numeric id keeps every digit
  }

  @Test
  void fromResponse_mapsAFailedRetrofitResponse_andRefusesASuccessfulOne() {
    retrofit2.Response<Object> failed =
        retrofit2.Response.error(
            ResponseBody.create("{\"error\":\"not found\",\"api_id\":\"c2\"}", MediaType.get("application/json")),
            new Response.Builder()
                .request(new Request.Builder().url("https://api.vobiz.ai/api/v1/Account/MA_1/").build())
                .protocol(Protocol.HTTP_1_1)
                .code(404)
                .message("Not Found")
                .build());

    VobizApiException e = VobizErrors.from(failed, CLOCK);

    assertThat(e).isInstanceOf(VobizApiException.NotFound.class);
    assertThat(e.apiId()).isEqualTo("c2");
    assertThatThrownBy(() -> VobizErrors.from(retrofit2.Response.success("ok")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response is successful (HTTP 200): there is no error to map");
    assertThat(VobizErrors.MAPPER).hasToString("VobizErrors.MAPPER");
  }

  @Test
  void nullBody_mapsToTheKindWithNoFields() {
    VobizApiException e = VobizErrors.MAPPER.toException(answer(404, null));

    assertThat(e).isInstanceOf(VobizApiException.NotFound.class);
    assertThat(e.fields()).isEmpty();
    assertThat(e.requestId()).isNull();
    assertThat(e.getMessage()).endsWith("with an empty body");
  }
}
