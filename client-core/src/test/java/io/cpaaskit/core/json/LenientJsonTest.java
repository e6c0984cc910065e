package io.cpaaskit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientJsonTest {
  /** Shaped like a generated model. */
  static final class Payload {
    @Json(name = "app_id") String appId;
    @Json(name = "amount") BigDecimal amount;
    @Json(name = "balance") @DecimalString BigDecimal balance;
    @Json(name = "created_at") OffsetDateTime createdAt;
    @Json(name = "day") LocalDate day;
    @Json(name = "status") Status status;
    @Json(name = "strict") Strict strict;
  }

  /** Shaped like a generated enum. */
  enum Status {
    @Json(name = "no-answer") NO_ANSWER,
    @Json(name = "live") LIVE,
    UNRECOGNIZED
  }

  /** A hand-written enum without a fallback keeps Moshi's strict behaviour. */
  enum Strict {
    ONE
  }

  private final JsonAdapter<Payload> adapter = LenientJson.moshi().adapter(Payload.class);

  private Payload read(String json) throws Exception {
    return adapter.fromJson(json);
  }

  @Test
  void seventeenDigitIdSentAsNumberReadsVerbatimIntoString() throws Exception {
    assertThat(read("{\"app_id\":12345678901234567}").appId).isEqualTo("12345678901234567");
    assertThat(read("{\"app_id\":\"12345678901234567\"}").appId).isEqualTo("12345678901234567");
  }

  @Test
  void decimalReadsFromNumberOrStringWithoutLosingDigits() throws Exception {
    assertThat(read("{\"amount\":12345678901234567.123456789}").amount)
        .isEqualTo(new BigDecimal("12345678901234567.123456789"));
    assertThat(read("{\"amount\":\"23906.83000\"}").amount).isEqualTo(new BigDecimal("23906.83000"));
    assertThat(read("{\"balance\":1300.5}").balance).isEqualTo(new BigDecimal("1300.5"));
    assertThat(read("{\"amount\":\"\"}").amount).isNull();
    assertThat(read("{\"amount\":null}").amount).isNull();
  }

  @Test
  void aDecimalWhoseFullFormWouldRunToBillionsOfDigitsIsRejectedWithoutEchoingIt() throws Exception {
    assertThatThrownBy(() -> read("{\"amount\":0.1e999999999}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("at most 1000 digits")
        .hasMessageContaining("$.amount");
    assertThatThrownBy(() -> read("{\"balance\":\"1e-999999999\"}")).isInstanceOf(JsonDataException.class);
    String longNumber = "9".repeat(5000);
    assertThatThrownBy(() -> read("{\"amount\":" + longNumber + "}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("(5000 characters)")
        .message().hasSizeLessThan(200);
    assertThat(read("{\"amount\":1e3}").amount).isEqualByComparingTo("1000");
    assertThat(read("{\"amount\":" + "1".repeat(1000) + "}").amount.precision()).isEqualTo(1000);
  }

  @Test
  void decimalWritesNumberUnlessMarkedAsString() {
    Payload payload = new Payload();
    payload.amount = new BigDecimal("10.50");
    payload.balance = new BigDecimal("23906.83000");
    assertThat(adapter.toJson(payload)).isEqualTo("{\"amount\":10.50,\"balance\":\"23906.83000\"}");
  }

  @Test
  void malformedDecimalFailsWithTheJsonPath() {
    assertThatThrownBy(() -> read("{\"amount\":\"12,5\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.amount");
    assertThatThrownBy(() -> read("{\"amount\":true}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.amount");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-09-29T10:01:10Z, 2026-09-29T10:01:10Z",
    "2026-09-29T10:01:10.123+05:30, 2026-09-29T10:01:10.123+05:30",
    "2026-09-29 10:01:10, 2026-09-29T10:01:10Z",
    "2026-09-29 10:01:10.12345+05:30, 2026-09-29T10:01:10.12345+05:30",
    "2026-09-29 10:01:10.123456, 2026-09-29T10:01:10.123456Z",
    "2026-09-29 10:01:10+0530, 2026-09-29T10:01:10+05:30",
    "2026-09-29 10:01:10 +05:30, 2026-09-29T10:01:10+05:30",
    "2026-09-29T10:01:10.987654321-03:00, 2026-09-29T10:01:10.987654321-03:00",
    "2026-09-29T10:01, 2026-09-29T10:01Z",
  })
  void timestampReadsEveryVendorForm(String wire, String expected) throws Exception {
    OffsetDateTime parsed = read("{\"created_at\":\"" + wire + "\"}").createdAt;
    assertThat(parsed).isEqualTo(OffsetDateTime.parse(expected));
  }

  @Test
  void timestampWithoutOffsetIsUtcAndWritesBackAsIso() throws Exception {
    Payload payload = read("{\"created_at\":\"2026-01-02 03:04:05\"}");
    assertThat(payload.createdAt.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(adapter.toJson(payload)).isEqualTo("{\"created_at\":\"2026-01-02T03:04:05Z\"}");
  }

  @Test
  void emptyOrNullTimestampReadsAsNull() throws Exception {
    assertThat(read("{\"created_at\":\"\"}").createdAt).isNull();
    assertThat(read("{\"created_at\":null}").createdAt).isNull();
  }

  @Test
  void malformedTimestampFailsWithTheJsonPathAndValue() {
    assertThatThrownBy(() -> read("{\"created_at\":\"yesterday\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.created_at")
        .hasMessageContaining("yesterday");
  }

  @Test
  void dateReadsPlainDateAndTheDateOfATimestamp() throws Exception {
    assertThat(read("{\"day\":\"2026-03-01\"}").day).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(read("{\"day\":\"2026-03-01 23:59:59+05:30\"}").day).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void enumMapsWireNamesAndUnknownValuesToUnrecognized() throws Exception {
    assertThat(read("{\"status\":\"no-answer\"}").status).isEqualTo(Status.NO_ANSWER);
    assertThat(read("{\"status\":\"voicemail\"}").status).isEqualTo(Status.UNRECOGNIZED);
    assertThat(read("{\"status\":42}").status).isEqualTo(Status.UNRECOGNIZED);
    assertThat(read("{\"status\":null}").status).isNull();
  }

  @Test
  void enumReadsEmptyStringAsNotSet() throws Exception {
    assertThat(read("{\"status\":\"\"}").status).isNull();
  }

  @Test
  void enumWritesWireNameAndDropsUnrecognized() {
    Payload payload = new Payload();
    payload.status = Status.NO_ANSWER;
    assertThat(adapter.toJson(payload)).isEqualTo("{\"status\":\"no-answer\"}");
    payload.status = Status.UNRECOGNIZED;
    assertThat(adapter.toJson(payload)).isEqualTo("{}");
  }

  @Test
  void enumWithoutFallbackStaysStrict() {
    assertThatThrownBy(() -> read("{\"strict\":\"TWO\"}")).isInstanceOf(JsonDataException.class);
  }

  @Test
  void unknownMembersAreIgnored() throws Exception {
    assertThat(read("{\"surprise\":{\"nested\":[1,2]},\"app_id\":\"7\"}").appId).isEqualTo("7");
  }
}
