package io.cpaaskit.vobiz.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.vobiz.webhook.VoiceCallback.CallStatus;
import io.cpaaskit.vobiz.webhook.VoiceCallback.Direction;
import io.cpaaskit.vobiz.webhook.VoiceCallback.Event;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form-encoded voice callbacks as Vobiz sends them to answer, hangup and action URLs. */
class VoiceCallbackTest {
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  @Test
  void startApp_inboundAnswer_withPercentEncodedNumbers() {
    VoiceCallback callback = VoiceCallback.parse(
        "CallUUID=4e1f9c7a-2b1d-4c11-9a0f-6d2f0f8e1a11&From=%2B919876543210&To=%2B918035551234"
            + "&Direction=inbound&CallStatus=ringing&Event=StartApp&CallerName=Asha+Rao"
            + "&ForwardedFrom=&STIRVerification=Not+Applicable");

    assertThat(callback.event()).contains(Event.START_APP);
    assertThat(callback.callUuid()).contains("4e1f9c7a-2b1d-4c11-9a0f-6d2f0f8e1a11");
    assertThat(callback.from()).contains("+919876543210");
    assertThat(callback.to()).contains("+918035551234");
    assertThat(callback.direction()).contains(Direction.INBOUND);
    assertThat(callback.callStatus()).contains(CallStatus.RINGING);
    assertThat(callback.callerName()).contains("Asha Rao");
    assertThat(callback.forwardedFrom()).isEmpty();
    assertThat(callback.first("ForwardedFrom")).contains("");
    assertThat(callback.first("STIRVerification")).contains("Not Applicable");
    assertThat(callback.duration()).isEmpty();
    assertThat(callback.hangupCause()).isEmpty();
  }

  @Test
  void ring_outbound() {
    VoiceCallback callback = VoiceCallback.parse(
        "Event=Ring&CallUUID=c-2&RequestUUID=c-2&ALegUUID=c-2&ALegRequestUUID=r-9&Direction=outbound"
            + "&CallStatus=ringing&From=919876543210&To=14155550100");

    assertThat(callback.event()).contains(Event.RING);
    assertThat(callback.direction()).contains(Direction.OUTBOUND);
    assertThat(callback.aLegUuid()).contains("c-2");
    assertThat(callback.aLegRequestUuid()).contains("r-9");
    assertThat(callback.requestUuid()).contains("c-2");
    assertThat(callback.from()).contains("919876543210");
  }

  @Test
  void hangup_withDurationsCostAndTimestamps() {
    VoiceCallback callback = VoiceCallback.parse(
        "Event=Hangup&CallUUID=c-3&Direction=outbound&CallStatus=completed&From=%2B919876543210&To=%2B14155550100"
            + "&HangupCause=NORMAL_CLEARING&HangupCauseCode=4000&HangupCauseName=Normal+Hangup&HangupSource=Callee"
            + "&Duration=61&BillDuration=120&BillRate=0.00650&TotalCost=0.01300"
            + "&StartTime=2026-09-29+10%3A00%3A05&AnswerTime=2026-09-29+10%3A00%3A09&EndTime=2026-09-29+10%3A01%3A10");

    assertThat(callback.event()).contains(Event.HANGUP);
    assertThat(callback.callStatus()).contains(CallStatus.COMPLETED);
    assertThat(callback.hangupCause()).contains("NORMAL_CLEARING");
    assertThat(callback.hangupCauseCode()).hasValue(4000);
    assertThat(callback.hangupCauseName()).contains("Normal Hangup");
    assertThat(callback.hangupSource()).contains("Callee");
    assertThat(callback.duration()).contains(Duration.ofSeconds(61));
    assertThat(callback.billDuration()).contains(Duration.ofSeconds(120));
    assertThat(callback.billRate()).contains(new BigDecimal("0.00650"));
    assertThat(callback.totalCost()).hasValueSatisfying(cost -> assertThat(cost.scale()).isEqualTo(5));
    assertThat(callback.startTime(IST))
        .contains(OffsetDateTime.of(2026, 9, 29, 10, 0, 5, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(callback.answerTime(ZoneOffset.UTC))
        .contains(OffsetDateTime.of(2026, 9, 29, 10, 0, 9, 0, ZoneOffset.UTC));
    assertThat(callback.endTime(IST).map(OffsetDateTime::toInstant))
        .contains(OffsetDateTime.of(2026, 9, 29, 4, 31, 10, 0, ZoneOffset.UTC).toInstant());
  }

  @Test
  void timestamps_withAnOffsetOrIso_keepTheirOffset() {
    VoiceCallback callback = VoiceCallback.parse(
        "StartTime=2026-04-02+12%3A11%3A19.740666%2B00%3A00&AnswerTime=2026-04-02T12%3A11%3A25Z"
            + "&EndTime=2026-04-02+17%3A41%3A30+%2B05%3A30");

    assertThat(callback.startTime(IST)).contains(OffsetDateTime.parse("2026-04-02T12:11:19.740666Z"));
    assertThat(callback.answerTime(IST)).contains(OffsetDateTime.parse("2026-04-02T12:11:25Z"));
    assertThat(callback.endTime(ZoneOffset.UTC)).contains(OffsetDateTime.parse("2026-04-02T17:41:30+05:30"));
  }

  @Test
  void malformedNumbersAndTimes_areEmpty_butStayInRaw() {
    VoiceCallback callback = VoiceCallback.parse(
        "Duration=about+a+minute&BillDuration=-5&HangupCauseCode=40x0&StartTime=yesterday&BillRate=&Machine=maybe");

    assertThat(callback.duration()).isEmpty();
    assertThat(callback.billDuration()).isEmpty();
    assertThat(callback.hangupCauseCode()).isEmpty();
    assertThat(callback.startTime(IST)).isEmpty();
    assertThat(callback.billRate()).isEmpty();
    assertThat(callback.machine()).isEmpty();
    assertThat(callback.first("Duration")).contains("about a minute");
  }

  @Test
  void gatherAction_digits() {
    VoiceCallback callback = VoiceCallback.parse(
        "CallUUID=c-4&Event=StartApp&InputType=dtmf&Digits=1234&From=%2B919876543210");

    assertThat(callback.inputType()).contains("dtmf");
    assertThat(callback.digits()).contains("1234");
    assertThat(callback.speech()).isEmpty();
  }

  @Test
  void gatherAction_speech_withConfidence() {
    VoiceCallback callback =
        VoiceCallback.parse("InputType=speech&Speech=talk+to+sales%21&SpeechConfidenceScore=0.91&Digits=");

    assertThat(callback.speech()).contains("talk to sales!");
    assertThat(callback.speechConfidenceScore()).contains(new BigDecimal("0.91"));
    assertThat(callback.digits()).isEmpty();
    assertThat(callback.raw().get("Digits")).containsExactly("");
  }

  @Test
  void gatherAction_timeout_sendsEmptyValues() {
    VoiceCallback callback = VoiceCallback.parse("Digits=&Speech=&InputType=");

    assertThat(callback.digits()).isEmpty();
    assertThat(callback.speech()).isEmpty();
    assertThat(callback.raw()).containsKeys("Digits", "Speech", "InputType");
  }

  @Test
  void recordAction_fields() {
    VoiceCallback callback = VoiceCallback.parse(
        "CallUUID=c-5&RecordUrl=https%3A%2F%2Fmedia.vobiz.ai%2Fv1%2FAccount%2FMA_X%2FRecording%2Fr-1.mp3"
            + "&RecordingID=r-1&RecordingDuration=14&RecordingDurationMs=14320&RecordingEndReason=FinishedOnKey");

    assertThat(callback.recordUrl()).contains("https://media.vobiz.ai/v1/Account/MA_X/Recording/r-1.mp3");
    assertThat(callback.recordingId()).contains("r-1");
    assertThat(callback.recordingDuration()).contains(Duration.ofMillis(14_320));
    assertThat(callback.recordingEndReason()).contains("FinishedOnKey");
  }

  @Test
  void recordAction_secondsOnly() {
    assertThat(VoiceCallback.parse("RecordingDuration=14").recordingDuration()).contains(Duration.ofSeconds(14));
  }

  @Test
  void dialAction_fields() {
    VoiceCallback callback = VoiceCallback.parse("DialStatus=no-answer&DialBLegUUID=&DialALegUUID=c-6");

    assertThat(callback.dialStatus()).contains("no-answer");
    assertThat(callback.dialBLegUuid()).isEmpty();
  }

  @Test
  void machineDetection() {
    VoiceCallback callback = VoiceCallback.parse("Event=MachineDetection&CallUUID=c-7&Machine=true");

    assertThat(callback.event()).contains(Event.MACHINE_DETECTION);
    assertThat(callback.machine()).contains(true);
    assertThat(VoiceCallback.parse("Machine=False").machine()).contains(false);
  }

  @Test
  void transferAndRedirectEvents() {
    assertThat(VoiceCallback.parse("Event=Transfer").event()).contains(Event.TRANSFER);
    assertThat(VoiceCallback.parse("Event=Redirect").event()).contains(Event.REDIRECT);
  }

  @Test
  void unknownValues_mapToUnrecognized_andUnknownFieldsAreKept() {
    VoiceCallback callback = VoiceCallback.parse(
        "Event=QueueEnter&CallStatus=queued&Direction=sideways&NewVendorField=42&X-VH-Tenant=acme&X-PH-Ref=7");

    assertThat(callback.event()).contains(Event.UNRECOGNIZED);
    assertThat(callback.first("Event")).contains("QueueEnter");
    assertThat(callback.callStatus()).contains(CallStatus.UNRECOGNIZED);
    assertThat(callback.direction()).contains(Direction.UNRECOGNIZED);
    assertThat(callback.raw()).containsEntry("NewVendorField", List.of("42"));
    assertThat(callback.sipHeaders()).containsExactly(Map.entry("X-VH-Tenant", "acme"), Map.entry("X-PH-Ref", "7"));
  }

  @Test
  void callStatus_spellingVariants() {
    assertThat(VoiceCallback.parse("CallStatus=no_answer").callStatus()).contains(CallStatus.NO_ANSWER);
    assertThat(VoiceCallback.parse("CallStatus=no-answer").callStatus()).contains(CallStatus.NO_ANSWER);
    assertThat(VoiceCallback.parse("CallStatus=In-Progress").callStatus()).contains(CallStatus.IN_PROGRESS);
    assertThat(VoiceCallback.parse("CallStatus=busy").callStatus()).contains(CallStatus.BUSY);
  }

  @Test
  void missingEvent_isEmpty_notUnrecognized() {
    assertThat(VoiceCallback.parse("CallUUID=c-8").event()).isEmpty();
  }

  @Test
  void unencodedPlus_isRestoredInNumbers_butRawKeepsTheSpace() {
    VoiceCallback callback = VoiceCallback.parse("From=+919876543210&To=+14155550100&CallerName=+Asha");

    assertThat(callback.from()).contains("+919876543210");
    assertThat(callback.to()).contains("+14155550100");
    assertThat(callback.raw().get("From")).containsExactly(" 919876543210");
    assertThat(callback.callerName()).contains(" Asha");
  }

  @Test
  void sipUriFrom_isLeftAlone() {
    VoiceCallback callback = VoiceCallback.parse("From=sip%3Aalice%40registrar.vobiz.ai");

    assertThat(callback.from()).contains("sip:alice@registrar.vobiz.ai");
  }

  @Test
  void repeatedFields_keepEveryValue_typedAccessorsReadTheFirst() {
    VoiceCallback callback = VoiceCallback.parse("Digits=1&Digits=2&&Flag&Empty=");

    assertThat(callback.raw().get("Digits")).containsExactly("1", "2");
    assertThat(callback.digits()).contains("1");
    assertThat(callback.raw()).containsEntry("Flag", List.of("")).containsEntry("Empty", List.of(""));
    assertThat(callback.raw().keySet()).containsExactly("Digits", "Flag", "Empty");
  }

  @Test
  void raw_isUnmodifiable() {
    VoiceCallback callback = VoiceCallback.parse("CallUUID=c-9");

    assertThatThrownBy(() -> callback.raw().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> callback.raw().get("CallUUID").add("y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void malformedPercentEscape_namesTheField() {
    assertThatThrownBy(() -> VoiceCallback.parse("CallUUID=c-10&CallerName=100%&To=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form field CallerName has a malformed percent escape");
    assertThatThrownBy(() -> VoiceCallback.parse("a=1&%zz=2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form field 2 has a malformed percent escape");
  }

  @Test
  void bytes_areReadAsUtf8() {
    byte[] body = "CallerName=Jos%C3%A9+%E0%A4%85&Event=Hangup".getBytes(StandardCharsets.US_ASCII);

    assertThat(VoiceCallback.parse(body).callerName()).contains("Jos\u00e9 \u0905");
  }

  @Test
  void emptyBody_hasNoFields() {
    VoiceCallback callback = VoiceCallback.parse("");

    assertThat(callback.raw()).isEmpty();
    assertThat(callback.callUuid()).isEmpty();
  }

  @Test
  void fromParameters_equalsParsingTheSameBody() {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    parameters.put("CallUUID", List.of("c-11"));
    parameters.put("From", List.of("+919876543210"));
    parameters.put("Event", List.of("Hangup"));

    VoiceCallback fromMap = VoiceCallback.fromParameters(parameters);

    assertThat(fromMap).isEqualTo(VoiceCallback.parse("CallUUID=c-11&From=%2B919876543210&Event=Hangup"));
    assertThat(fromMap.from()).contains("+919876543210");
  }

  @Test
  void toString_leavesOutPhoneNumbers() {
    VoiceCallback callback = VoiceCallback.parse("Event=Hangup&CallUUID=c-12&From=%2B919876543210&CallStatus=busy");

    assertThat(callback.toString()).contains("Hangup", "c-12", "busy").doesNotContain("919876543210");
  }
}
