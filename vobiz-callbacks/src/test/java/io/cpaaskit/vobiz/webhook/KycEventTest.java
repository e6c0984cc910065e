package io.cpaaskit.vobiz.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** KYC webhook bodies: partner sessions and sub-account sessions, flat and enveloped, known and unknown events. */
class KycEventTest {

  @Test
  void partnerCompleted_flat_withVerifiedDataMetadataAndUnknownFields() {
    KycEvent event = KycEvent.parse("{"
        + "\"event\":\"kyc.completed\","
        + "\"session_id\":\"b6a1f3c2-7a44-4e2b-9c11-000000000001\","
        + "\"account_auth_id\":\"MA_ABCDEF1234\","
        + "\"status\":\"kyc_completed\","
        + "\"kyc_type\":\"individual\","
        + "\"flow_type\":\"email\","
        + "\"timestamp\":\"2026-09-29T10:01:10Z\","
        + "\"metadata\":{\"your_ref\":\"crm-42\",\"attempt\":2,\"tags\":[\"vip\"]},"
        + "\"verified_data\":{\"pan_type\":\"P\",\"pan_number\":\"ABCPE1234F\",\"pan_name\":\"ASHA RAO\","
        + "  \"pan_name_match\":true,\"completed_steps\":[\"pan\",\"aadhaar\"],\"gender\":\"F\","
        + "  \"masked_aadhaar\":\"XXXX-XXXX-1234\",\"aadhaar_dob\":\"1990-01-31\",\"future_field\":{\"x\":1}},"
        + "\"brand_new_member\":[1,2,3],"
        + "\"email_dispatched_to\":\"a***@example.com\""
        + "}");

    assertThat(event.type()).isEqualTo(KycEvent.Type.COMPLETED);
    assertThat(event.eventName()).contains("kyc.completed");
    assertThat(event.sessionId()).contains("b6a1f3c2-7a44-4e2b-9c11-000000000001");
    assertThat(event.accountAuthId()).contains("MA_ABCDEF1234");
    assertThat(event.isSubAccount()).isFalse();
    assertThat(event.status()).contains("kyc_completed");
    assertThat(event.kycType()).contains("individual");
    assertThat(event.flowType()).contains("email");
    assertThat(event.occurredAt()).contains(OffsetDateTime.parse("2026-09-29T10:01:10Z"));
    assertThat(event.metadata()).containsEntry("your_ref", "crm-42").containsEntry("attempt", 2.0)
        .containsEntry("tags", List.of("vip"));
    KycVerifiedData data = event.verifiedData().orElseThrow();
    assertThat(data.panType()).contains("P");
    assertThat(data.panNumber()).contains("ABCPE1234F");
    assertThat(data.panName()).contains("ASHA RAO");
    assertThat(data.panNameMatch()).contains(true);
    assertThat(data.completedSteps()).containsExactly("pan", "aadhaar");
    assertThat(data.gender()).contains("F");
    assertThat(data.maskedAadhaar()).contains("XXXX-XXXX-1234");
    assertThat(data.aadhaarDateOfBirth()).contains("1990-01-31");
    assertThat(data.address()).isEmpty();
  }

  @Test
  void partnerFailed_enveloped_readsTheSessionFromData() {
    KycEvent event = KycEvent.parse("{"
        + "\"id\":\"evt_01\",\"type\":\"kyc.failed\",\"created_at\":\"2026-09-29 10:01:10+05:30\","
        + "\"data\":{\"id\":\"sess-9\",\"account_auth_id\":\"MA_ABCDEF1234\",\"status\":\"in_progress\","
        + "  \"failure_reason\":\"pan_name_mismatch\",\"metadata\":{\"your_ref\":\"crm-43\"},"
        + "  \"verified_data\":{\"pan_name_match\":\"false\",\"address\":{\"city\":\"Pune\"}}}"
        + "}");

    assertThat(event.type()).isEqualTo(KycEvent.Type.FAILED);
    assertThat(event.eventId()).contains("evt_01");
    assertThat(event.sessionId()).contains("sess-9");
    assertThat(event.status()).contains("in_progress");
    assertThat(event.reason()).contains("pan_name_mismatch");
    assertThat(event.metadata()).containsExactly(Map.entry("your_ref", "crm-43"));
    assertThat(event.verifiedData().orElseThrow().panNameMatch()).contains(false);
    assertThat(event.verifiedData().orElseThrow().address()).hasValueSatisfying(a -> assertThat(a).contains("Pune"));
    assertThat(event.occurredAt()).isEmpty(); // created_at belongs to the object, not to the event
  }

  @Test
  void partnerRevoked_nestedUnderSession() {
    KycEvent event = KycEvent.parse("{\"event\":\"kyc.session_revoked\",\"occurred_at\":\"2026-09-29 04:31:10\","
        + "\"session\":{\"session_id\":\"sess-10\",\"status\":\"revoked\",\"reason\":\"replaced by a new session\"}}");

    assertThat(event.type()).isEqualTo(KycEvent.Type.SESSION_REVOKED);
    assertThat(event.sessionId()).contains("sess-10");
    assertThat(event.status()).contains("revoked");
    assertThat(event.reason()).contains("replaced by a new session");
    assertThat(event.occurredAt()).contains(OffsetDateTime.parse("2026-09-29T04:31:10Z"));
    assertThat(event.metadata()).isEmpty();
    assertThat(event.verifiedData()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "kyc.initiated, INITIATED",
    "kyc.submitted, SUBMITTED",
    "kyc.completed, COMPLETED",
    "kyc.failed, FAILED",
    "kyc.session_expired, SESSION_EXPIRED",
    "kyc.session_revoked, SESSION_REVOKED"
  })
  void subAccountEvents(String name, KycEvent.Type type) {
    KycEvent event = KycEvent.parse(
        "{\"event\":\"" + name + "\",\"session_id\":\"s-1\",\"account_auth_id\":\"SA_QRST5678\"}");

    assertThat(event.type()).isEqualTo(type);
    assertThat(event.accountAuthId()).contains("SA_QRST5678");
    assertThat(event.isSubAccount()).isTrue();
  }

  @Test
  void unknownEvent_isTolerated() {
    KycEvent event = KycEvent.parse("{\"event\":\"kyc.reminder_sent\",\"session_id\":\"s-2\"}");

    assertThat(event.type()).isEqualTo(KycEvent.Type.UNRECOGNIZED);
    assertThat(event.eventName()).contains("kyc.reminder_sent");
    assertThat(event.sessionId()).contains("s-2");
  }

  @Test
  void noEventName_isUnrecognized() {
    KycEvent event = KycEvent.parse("{\"id\":\"s-3\",\"status\":\"opened\",\"type\":\"individual\"}");

    assertThat(event.type()).isEqualTo(KycEvent.Type.UNRECOGNIZED);
    assertThat(event.eventName()).isEmpty();
    assertThat(event.sessionId()).contains("s-3"); // a flat body's id is the session's
    assertThat(event.eventId()).isEmpty();
  }

  @Test
  void numbersWhereTextIsExpected_areReadAsText() {
    KycEvent event = KycEvent.parse("{\"event\":\"kyc.completed\",\"session_id\":12345678901234567,"
        + "\"timestamp\":\"not a time\"}");

    assertThat(event.sessionId()).contains("12345678901234567");
    assertThat(event.occurredAt()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "\"kyc.completed\"", "{\"event\":", "null"})
  void notAJsonObject_isAnIllegalArgument(String body) {
    assertThatThrownBy(() -> KycEvent.parse(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("KYC webhook body is");
  }

  @Test
  void knownMemberOfTheWrongType_namesItsPath() {
    assertThatThrownBy(() -> KycEvent.parse("{\"event\":\"kyc.failed\",\"metadata\":\"oops\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.metadata");
  }

  @Test
  void toString_leavesOutPersonalData() {
    KycEvent event = KycEvent.parse("{\"event\":\"kyc.completed\",\"session_id\":\"s-4\","
        + "\"verified_data\":{\"pan_type\":\"P\",\"pan_number\":\"ABCPE1234F\",\"aadhaar_name\":\"ASHA RAO\"}}");

    assertThat(event.toString()).contains("kyc.completed", "s-4").doesNotContain("ABCPE1234F");
    assertThat(event.verifiedData().orElseThrow().toString()).doesNotContain("ABCPE1234F", "ASHA RAO");
  }

  @Test
  void verifyThenParse_theRawBytes() throws Exception {
    String parentToken = "CANARY-parent-token";
    byte[] body = "{\"event\":\"kyc.submitted\",\"session_id\":\"s-5\",\"account_auth_id\":\"SA_QRST5678\"}"
        .getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(parentToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder("sha256=");
    for (byte b : mac.doFinal(body)) {
      hex.append(String.format("%02x", b));
    }

    VobizSignatureVerifier.create(Secret.of("authToken", parentToken))
        .verifyKycWebhook(name -> name.equalsIgnoreCase("X-Vobiz-Signature") ? hex.toString() : null, body);
    KycEvent event = KycEvent.parse(body);

    assertThat(event.type()).isEqualTo(KycEvent.Type.SUBMITTED);
  }
}
