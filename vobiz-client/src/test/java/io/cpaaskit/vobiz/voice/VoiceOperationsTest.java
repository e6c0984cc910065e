package io.cpaaskit.vobiz.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.testing.LoopbackApis;
import io.cpaaskit.testing.OperationCase;
import io.cpaaskit.testing.OperationTable;
import io.cpaaskit.testing.SpecOperations;
import io.cpaaskit.vobiz.voice.api.AccountsApi;
import io.cpaaskit.vobiz.voice.api.ApplicationsApi;
import io.cpaaskit.vobiz.voice.api.CallsApi;
import io.cpaaskit.vobiz.voice.api.CdrsApi;
import io.cpaaskit.vobiz.voice.api.ChannelSubscriptionsApi;
import io.cpaaskit.vobiz.voice.api.ConferencesApi;
import io.cpaaskit.vobiz.voice.api.EndpointsApi;
import io.cpaaskit.vobiz.voice.api.IpAccessControlListsApi;
import io.cpaaskit.vobiz.voice.api.KycTestVerificationsApi;
import io.cpaaskit.vobiz.voice.api.KycVerificationsApi;
import io.cpaaskit.vobiz.voice.api.NumbersApi;
import io.cpaaskit.vobiz.voice.api.OriginationUrisApi;
import io.cpaaskit.vobiz.voice.api.RecordingsApi;
import io.cpaaskit.vobiz.voice.api.SipCredentialsApi;
import io.cpaaskit.vobiz.voice.api.StreamsApi;
import io.cpaaskit.vobiz.voice.api.SubAccountsApi;
import io.cpaaskit.vobiz.voice.api.TrunksApi;
import io.cpaaskit.vobiz.voice.model.AssignNumberToSubAccountRequest;
import io.cpaaskit.vobiz.voice.model.AssignNumberToTrunkRequest;
import io.cpaaskit.vobiz.voice.model.AttachNumberRequest;
import io.cpaaskit.vobiz.voice.model.ChannelSubscriptionRequest;
import io.cpaaskit.vobiz.voice.model.CinConfirmRequest;
import io.cpaaskit.vobiz.voice.model.CinSearchRequest;
import io.cpaaskit.vobiz.voice.model.ConferenceMemberPlayRequest;
import io.cpaaskit.vobiz.voice.model.CreateApplicationRequest;
import io.cpaaskit.vobiz.voice.model.CreateEndpointRequest;
import io.cpaaskit.vobiz.voice.model.CreateIpAclRequest;
import io.cpaaskit.vobiz.voice.model.CreateKycSessionRequest;
import io.cpaaskit.vobiz.voice.model.CreateOriginationUriRequest;
import io.cpaaskit.vobiz.voice.model.CreateSipCredentialRequest;
import io.cpaaskit.vobiz.voice.model.CreateSubAccountRequest;
import io.cpaaskit.vobiz.voice.model.CreateTrunkRequest;
import io.cpaaskit.vobiz.voice.model.DigilockerInitiateRequest;
import io.cpaaskit.vobiz.voice.model.DigilockerVerifyRequest;
import io.cpaaskit.vobiz.voice.model.FinalizePendingRequest;
import io.cpaaskit.vobiz.voice.model.KycReminder;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.vobiz.voice.model.PlayAudioRequest;
import io.cpaaskit.vobiz.voice.model.PurchaseNumberRequest;
import io.cpaaskit.vobiz.voice.model.RecordingExportRecipient;
import io.cpaaskit.vobiz.voice.model.RecordingExportRequest;
import io.cpaaskit.vobiz.voice.model.SendDigitsRequest;
import io.cpaaskit.vobiz.voice.model.SpeakTextRequest;
import io.cpaaskit.vobiz.voice.model.StartCallRecordingRequest;
import io.cpaaskit.vobiz.voice.model.StartConferenceRecordingRequest;
import io.cpaaskit.vobiz.voice.model.StartStreamRequest;
import io.cpaaskit.vobiz.voice.model.SubAccountPermissions;
import io.cpaaskit.vobiz.voice.model.TransferCallRequest;
import io.cpaaskit.vobiz.voice.model.UpdateApplicationRequest;
import io.cpaaskit.vobiz.voice.model.UpdateEndpointRequest;
import io.cpaaskit.vobiz.voice.model.UpdateIpAclRequest;
import io.cpaaskit.vobiz.voice.model.UpdateOriginationUriRequest;
import io.cpaaskit.vobiz.voice.model.UpdateSipCredentialRequest;
import io.cpaaskit.vobiz.voice.model.UpdateSubAccountRequest;
import io.cpaaskit.vobiz.voice.model.UpdateTrunkRequest;
import io.cpaaskit.vobiz.voice.model.VerifyGstRequest;
import io.cpaaskit.vobiz.voice.model.VerifyPanRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Response;

/** Every operation of {@code specs/vobiz/voice.yaml} sends the request the spec describes. */
public class VoiceOperationsTest {
  static final SpecOperations SPEC = SpecOperations.load("specs/vobiz/voice.yaml");

  private static final String MA = "MA_ABCDEF1234";
  private static final String SA = "SA_PUNE000001";
  private static final String CALL = "3f2b8a1e-9c4d-4e55-8a6f-0d1e2f3a4b5c";
  private static final String APP = "20372631212782780";
  private static final String NUMBER = "+919876543210";
  private static final String TRUNK = "d3b07384-d9a7-4f8e-9c1a-0242ac120002";
  private static final String ACCOUNT = "/api/v1/Account/" + MA;
  private static final String CALL_PATH = ACCOUNT + "/Call/" + CALL + "/";
  private static final String ROOM_PATH = ACCOUNT + "/Conference/Daily%20Standup/";
  private static final String MEMBER_PATH = ROOM_PATH + "Member/17,18/";

  private static final String ACK = "{\"api_id\":\"a1\",\"message\":\"accepted\"}";
  private static final String MEMBER_ACK = "{\"api_id\":\"a1\",\"message\":\"done\",\"member_id\":\"17,18\"}";
  private static final String KYC_RESULT =
      "{\"verification_type\":\"pan\",\"status\":\"verified\",\"kyc_calls_blocked\":false,\"mock\":false}";
  private static final String CDR =
      "{\"id\":90071992547409931,\"uuid\":\"" + CALL + "\",\"call_direction\":\"outbound\","
          + "\"start_time\":\"2026-09-29 10:15:00\",\"answer_time\":null,\"total_cost\":0.95}";
  private static final String CDR_PAGE =
      "{\"success\":true,\"account_id\":\"1029\",\"count\":1,\"data\":[" + CDR + "],"
          + "\"pagination\":{\"page\":2,\"per_page\":50,\"total\":51,\"pages\":2,\"has_next\":false,\"has_prev\":true},"
          + "\"summary\":{\"totalCalls\":51,\"avgCallDuration\":\"28s\",\"total_cost\":48.45}";
  private static final String APPLICATION =
      "{\"app_id\":20372631212782780,\"app_name\":\"Clinic IVR\",\"answer_method\":\"POST\","
          + "\"created_at\":\"2026-04-02 12:11:19.740666+00:00\"}";
  private static final String TRUNK_JSON =
      "{\"id\":\"" + TRUNK + "\",\"name\":\"Office PBX\",\"trunk_direction\":\"inbound\",\"trunk_status\":\"enabled\","
          + "\"transport\":\"udp\",\"created_at\":\"2026-05-01T08:00:00Z\"}";
  private static final String CREDENTIAL =
      "{\"id\":\"cred_1\",\"username\":\"acmepbx01\",\"password\":\"<redacted>\",\"realm\":\"sip.vobiz.ai\",\"enabled\":true}";
  private static final String ACL =
      "{\"id\":\"acl_12\",\"ip_address\":\"198.51.100.0/24\",\"description\":\"Office\",\"enabled\":true}";
  private static final String URI =
      "{\"id\":\"uri_3\",\"uri\":\"sip:pbx.acme-clinics.example:5060\",\"priority\":1,\"weight\":10}";
  private static final String SUB_ACCOUNT =
      "{\"id\":314,\"auth_id\":\"SA_PUNE000001\",\"auth_token\":\"<redacted>\",\"name\":\"Acme Pune\","
          + "\"kyc_mode\":\"personal_use\",\"created_at\":\"2026-09-29T04:31:10Z\"}";
  private static final String BINDING =
      "{\"message\":\"ok\",\"number\":\"+919876543210\",\"application\":{\"app_id\":\"20372631212782780\"}}";

  public static Stream<OperationCase> cases() {
    return Stream.of(accountCases(), callCases(), streamCases(), conferenceCases(), recordingCases(),
            applicationCases(), numberCases(), trunkCases(), endpointCases(), cdrCases(), subAccountCases(),
            kycCases(), kycTestCases())
        .flatMap(s -> s);
  }

  // ------------------------------------------------------------ account, billing

  private static Stream<OperationCase> accountCases() {
    return Stream.of(
        OperationCase.of("getAuthProfile", apis -> apis.create(AccountsApi.class).getAuthProfile())
            .respond(200, "{\"id\":1029,\"auth_id\":\"MA_ABCDEF1234\",\"auth_secret\":\"s3cr3t\","
                + "\"credit_limit\":\"0.00000\",\"created_at\":\"2026-03-02 11:20:45\",\"last_login\":null}")
            .expectPath("/api/v1/auth/me"),

        OperationCase.of("getConcurrency", apis -> apis.create(AccountsApi.class).getConcurrency(MA))
            .respond(200, "{\"account_id\":\"1029\",\"concurrent_calls\":12,\"max_concurrent\":50,\"utilization_pct\":24.0}")
            .expectPath(ACCOUNT + "/concurrency"),

        OperationCase.of("getBalance", apis -> apis.create(AccountsApi.class).getBalance(MA, "INR"))
            .respond(200, "{\"currency\":\"INR\",\"balance\":\"1300.00000\",\"available_balance\":\"1287.50000\","
                + "\"updated_at\":\"2026-09-29T04:31:10Z\"}")
            .expectPath(ACCOUNT + "/balance/INR"),

        OperationCase.of("listTransactions", apis -> apis.create(AccountsApi.class)
                .listTransactions(MA, 2, 50, "2026-09-01", "2026-09-30", "debit", "completed", "INR", "cdr",
                    "Outbound call", "cdr:" + CALL, "700001"))
            .respond(200, "{\"transactions\":[{\"id\":700001,\"type\":\"debit\",\"amount\":0.95,"
                + "\"created_at\":\"2026-09-29 10:16:02\"}],\"summary\":{\"net_amount\":-0.95},"
                + "\"total\":51,\"page\":2,\"per_page\":50,\"total_pages\":2}")
            .expectPath(ACCOUNT + "/transactions")
            .expectQuery("page", "2")
            .expectQuery("per_page", "50")
            .expectQuery("from_date", "2026-09-01")
            .expectQuery("to_date", "2026-09-30")
            .expectQuery("type", "debit")
            .expectQuery("status", "completed")
            .expectQuery("currency", "INR")
            .expectQuery("reference_type", "cdr")
            .expectQuery("description", "Outbound call")
            .expectQuery("reference", "cdr:" + CALL)
            .expectQuery("transaction_id", "700001"),

        OperationCase.of("listTransactionReferenceTypes", apis -> apis.create(AccountsApi.class)
                .listTransactionReferenceTypes(MA))
            .respond(200, "{\"reference_types\":[\"cdr\",\"did_purchase\"]}")
            .expectPath(ACCOUNT + "/transactions/reference-types"),

        OperationCase.of("previewChannelPricing", apis -> apis.create(ChannelSubscriptionsApi.class)
                .previewChannelPricing(MA, "concurrent_calls", 10))
            .respond(200, "{\"resource_type\":\"concurrent_calls\",\"quantity\":10,\"monthly_cost\":\"2500.00000\","
                + "\"currency\":\"INR\",\"breakdown\":[{}]}")
            .expectPath("/api/v1/accounts/" + MA + "/channel-pricing-preview")
            .expectQuery("resource_type", "concurrent_calls")
            .expectQuery("quantity", "10"),

        OperationCase.of("createChannelSubscription", apis -> apis.create(ChannelSubscriptionsApi.class)
                .createChannelSubscription(MA, new ChannelSubscriptionRequest()
                    .resourceType(ChannelSubscriptionRequest.ResourceTypeEnum.CPS).quantity(5)))
            .respond(200, "{\"id\":\"sub_31\",\"account_id\":1029,\"resource_type\":\"cps\",\"quantity\":5,"
                + "\"monthly_cost\":\"1250.00000\",\"purchased_at\":\"2026-09-29T04:31:10Z\"}")
            .expectPath("/api/v1/accounts/" + MA + "/channel-subscriptions")
            .expectJsonBody("{\"resource_type\":\"cps\",\"quantity\":5}"));
  }

  // ------------------------------------------------------------------- calls

  private static Stream<OperationCase> callCases() {
    return Stream.of(
        OperationCase.of("makeCall", apis -> apis.create(CallsApi.class)
                .makeCall(MA, new MakeCallRequest().from("919876543210").to("+14155550100<sip:agent7@pbx.example")
                    .answerUrl("https://ivr.example/answer").answerMethod(MakeCallRequest.AnswerMethodEnum.POST)
                    .hangupUrl("https://ivr.example/hangup").hangupMethod(MakeCallRequest.HangupMethodEnum.GET)
                    .callerName("Acme").timeLimit(600)
                    .machineDetection(MakeCallRequest.MachineDetectionEnum.HANGUP).machineDetectionTime(3000)))
            .respond(201, "{\"api_id\":\"a1\",\"request_uuid\":\"" + CALL + "\",\"message\":\"Call fired\"}")
            .expectPath(ACCOUNT + "/Call/")
            .expectJsonBody("{\"from\":\"919876543210\",\"to\":\"+14155550100<sip:agent7@pbx.example\","
                + "\"answer_url\":\"https://ivr.example/answer\",\"answer_method\":\"POST\","
                + "\"hangup_url\":\"https://ivr.example/hangup\",\"hangup_method\":\"GET\",\"caller_name\":\"Acme\","
                + "\"time_limit\":600,\"machine_detection\":\"hangup\",\"machine_detection_time\":3000}"),

        OperationCase.of("listLiveCalls", apis -> apis.create(CallsApi.class).listLiveCalls(MA, "live"))
            .respond(200, "{\"api_id\":\"a1\",\"calls\":[\"" + CALL + "\"]}")
            .expectPath(ACCOUNT + "/Call")
            .expectQuery("status", "live"),

        OperationCase.of("listQueuedCalls", apis -> apis.create(CallsApi.class).listQueuedCalls(MA, "queued"))
            .respond(200, "{\"api_id\":\"a1\",\"calls\":[]}")
            .expectPath(ACCOUNT + "/Call/")
            .expectQuery("status", "queued"),

        OperationCase.of("getLiveCall", apis -> apis.create(CallsApi.class).getLiveCall(MA, CALL, "live"))
            .respond(200, "{\"call_uuid\":\"" + CALL + "\",\"call_status\":\"in-progress\",\"direction\":\"outbound\","
                + "\"from\":\"919876543210\",\"session_start\":\"2026-09-29 10:15:00.25+05:30\"}")
            .expectPath(ACCOUNT + "/Call/" + CALL)
            .expectQuery("status", "live"),

        OperationCase.of("getQueuedCall", apis -> apis.create(CallsApi.class).getQueuedCall(MA, CALL, "queued"))
            .respond(200, "{\"call_uuid\":\"" + CALL + "\",\"call_status\":\"queued\",\"direction\":\"outbound\"}")
            .expectPath(CALL_PATH)
            .expectQuery("status", "queued"),

        OperationCase.of("transferCall", apis -> apis.create(CallsApi.class)
                .transferCall(MA, CALL, new TransferCallRequest().legs(TransferCallRequest.LegsEnum.ALEG)
                    .alegUrl("https://ivr.example/hold").alegMethod(TransferCallRequest.AlegMethodEnum.POST)))
            .respond(202, "{\"api_id\":\"a1\",\"message\":\"call transferred\",\"call_uuid\":\"" + CALL + "\"}")
            .expectPath(CALL_PATH)
            .expectJsonBody("{\"legs\":\"aleg\",\"aleg_url\":\"https://ivr.example/hold\",\"aleg_method\":\"POST\"}"),

        OperationCase.of("hangupCall", apis -> apis.create(CallsApi.class).hangupCall(MA, CALL))
            .respond(204, "")
            .expectPath(CALL_PATH),

        OperationCase.of("playAudioOnCall", apis -> apis.create(CallsApi.class)
                .playAudioOnCall(MA, CALL, new PlayAudioRequest().urls("https://cdn.example/a.mp3,https://cdn.example/b.wav")
                    .legs(PlayAudioRequest.LegsEnum.BOTH).loop(true)))
            .respond(202, ACK)
            .expectPath(CALL_PATH + "Play/")
            .expectJsonBody("{\"urls\":\"https://cdn.example/a.mp3,https://cdn.example/b.wav\",\"legs\":\"both\",\"loop\":true}"),

        OperationCase.of("stopAudioOnCall", apis -> apis.create(CallsApi.class).stopAudioOnCall(MA, CALL))
            .respond(204, "")
            .expectPath(CALL_PATH + "Play/"),

        OperationCase.of("speakTextOnCall", apis -> apis.create(CallsApi.class)
                .speakTextOnCall(MA, CALL, new SpeakTextRequest().text("Your appointment is at 10 am")
                    .voice("WOMAN").language("en-IN").legs(SpeakTextRequest.LegsEnum.ALEG)))
            .respond(202, ACK)
            .expectPath(CALL_PATH + "Speak/")
            .expectJsonBody("{\"text\":\"Your appointment is at 10 am\",\"voice\":\"WOMAN\",\"language\":\"en-IN\","
                + "\"legs\":\"aleg\"}"),

        OperationCase.of("stopSpeakingOnCall", apis -> apis.create(CallsApi.class).stopSpeakingOnCall(MA, CALL))
            .respond(204, "")
            .expectPath(CALL_PATH + "Speak/"),

        OperationCase.of("sendDigitsOnCall", apis -> apis.create(CallsApi.class)
                .sendDigitsOnCall(MA, CALL, new SendDigitsRequest().digits("12w34W#").leg(SendDigitsRequest.LegEnum.BLEG)))
            .respond(202, ACK)
            .expectPath(CALL_PATH + "DTMF/")
            .expectJsonBody("{\"digits\":\"12w34W#\",\"leg\":\"bleg\"}"),

        OperationCase.of("startCallRecording", apis -> apis.create(CallsApi.class)
                .startCallRecording(MA, CALL, new StartCallRecordingRequest().timeLimit(300)
                    .fileFormat(StartCallRecordingRequest.FileFormatEnum.MP3)
                    .recordChannelType(StartCallRecordingRequest.RecordChannelTypeEnum.STEREO)
                    .callbackUrl("https://ivr.example/recorded")))
            .respond(202, "{\"api_id\":\"a1\",\"message\":\"started\",\"recording_id\":\"rec_1\"}")
            .expectPath(CALL_PATH + "Record/")
            .expectJsonBody("{\"time_limit\":300,\"file_format\":\"mp3\",\"record_channel_type\":\"stereo\","
                + "\"callback_url\":\"https://ivr.example/recorded\"}"),

        OperationCase.of("stopCallRecording", apis -> apis.create(CallsApi.class).stopCallRecording(MA, CALL))
            .respond(204, "")
            .expectPath(CALL_PATH + "Record/"));
  }

  // ----------------------------------------------------------------- streams

  private static Stream<OperationCase> streamCases() {
    return Stream.of(
        OperationCase.of("startStream", apis -> apis.create(StreamsApi.class)
                .startStream(MA, CALL, new StartStreamRequest().serviceUrl("wss://bot.example/media").bidirectional(true)
                    .audioTrack(StartStreamRequest.AudioTrackEnum.INBOUND)
                    .audioFormat(StartStreamRequest.AudioFormatEnum.MULAW)))
            .respond(202, "{\"api_id\":\"a1\",\"message\":\"audio streaming started\",\"stream_id\":\"str_1\"}")
            .expectPath(CALL_PATH + "Stream/")
            .expectJsonBody("{\"service_url\":\"wss://bot.example/media\",\"bidirectional\":true,"
                + "\"audio_track\":\"inbound\",\"audio_format\":\"mulaw\"}"),

        OperationCase.of("listStreams", apis -> apis.create(StreamsApi.class).listStreams(MA, CALL, 10, 20))
            .respond(200, "{\"api_id\":\"a1\",\"meta\":{\"limit\":10,\"offset\":20,\"next\":null,\"total_count\":21},"
                + "\"objects\":[{\"stream_id\":\"str_1\",\"audio_track\":\"inbound\"}]}")
            .expectPath(CALL_PATH + "Stream/")
            .expectQuery("limit", "10")
            .expectQuery("offset", "20"),

        OperationCase.of("getStream", apis -> apis.create(StreamsApi.class).getStream(MA, CALL, "str_1"))
            .respond(200, "{\"stream_id\":\"str_1\",\"call_uuid\":\"" + CALL + "\",\"bidirectional\":true}")
            .expectPath(CALL_PATH + "Stream/str_1/"),

        OperationCase.of("stopStream", apis -> apis.create(StreamsApi.class).stopStream(MA, CALL, "str_1"))
            .respond(204, "")
            .expectPath(CALL_PATH + "Stream/str_1/"),

        OperationCase.of("stopAllStreams", apis -> apis.create(StreamsApi.class).stopAllStreams(MA, CALL))
            .respond(204, "")
            .expectPath(CALL_PATH + "Stream/"));
  }

  // ------------------------------------------------------------- conferences

  private static Stream<OperationCase> conferenceCases() {
    return Stream.of(
        OperationCase.of("listConferences", apis -> apis.create(ConferencesApi.class).listConferences(MA))
            .respond(200, "{\"api_id\":\"a1\",\"conferences\":[\"Daily Standup\"]}")
            .expectPath(ACCOUNT + "/Conference/"),

        OperationCase.of("hangupAllConferences", apis -> apis.create(ConferencesApi.class).hangupAllConferences(MA))
            .respond(204, "")
            .expectPath(ACCOUNT + "/Conference/"),

        OperationCase.of("getConference", apis -> apis.create(ConferencesApi.class).getConference(MA, "Daily Standup"))
            .respond(200, "{\"api_id\":\"a1\",\"conference_name\":\"Daily Standup\",\"conference_member_count\":\"1\","
                + "\"members\":[{\"member_id\":\"17\",\"muted\":false,\"deaf\":false,\"direction\":\"inbound\"}]}")
            .expectPath(ROOM_PATH),

        OperationCase.of("hangupConference", apis -> apis.create(ConferencesApi.class).hangupConference(MA, "Daily Standup"))
            .respond(204, "")
            .expectPath(ROOM_PATH),

        OperationCase.of("hangupConferenceMember", apis -> apis.create(ConferencesApi.class)
                .hangupConferenceMember(MA, "Daily Standup", "17,18"))
            .respond(204, "")
            .expectPath(MEMBER_PATH),

        OperationCase.of("kickConferenceMember", apis -> apis.create(ConferencesApi.class)
                .kickConferenceMember(MA, "Daily Standup", "17,18"))
            .respond(200, MEMBER_ACK)
            .expectPath(MEMBER_PATH + "Kick/"),

        OperationCase.of("muteConferenceMember", apis -> apis.create(ConferencesApi.class)
                .muteConferenceMember(MA, "Daily Standup", "17,18"))
            .respond(200, MEMBER_ACK)
            .expectPath(MEMBER_PATH + "Mute/"),

        OperationCase.of("unmuteConferenceMember", apis -> apis.create(ConferencesApi.class)
                .unmuteConferenceMember(MA, "Daily Standup", "17,18"))
            .respond(204, "")
            .expectPath(MEMBER_PATH + "Mute/"),

        OperationCase.of("deafConferenceMember", apis -> apis.create(ConferencesApi.class)
                .deafConferenceMember(MA, "Daily Standup", "all"))
            .respond(200, MEMBER_ACK)
            .expectPath(ROOM_PATH + "Member/all/Deaf/"),

        OperationCase.of("undeafConferenceMember", apis -> apis.create(ConferencesApi.class)
                .undeafConferenceMember(MA, "Daily Standup", "all"))
            .respond(204, "")
            .expectPath(ROOM_PATH + "Member/all/Deaf/"),

        OperationCase.of("playAudioToConferenceMember", apis -> apis.create(ConferencesApi.class)
                .playAudioToConferenceMember(MA, "Daily Standup", "17,18",
                    new ConferenceMemberPlayRequest().url("https://cdn.example/notice.mp3")))
            .respond(200, MEMBER_ACK)
            .expectPath(MEMBER_PATH + "Play/")
            .expectJsonBody("{\"url\":\"https://cdn.example/notice.mp3\"}"),

        OperationCase.of("stopAudioToConferenceMember", apis -> apis.create(ConferencesApi.class)
                .stopAudioToConferenceMember(MA, "Daily Standup", "17,18"))
            .respond(204, "")
            .expectPath(MEMBER_PATH + "Play/"),

        OperationCase.of("startConferenceRecording", apis -> apis.create(ConferencesApi.class)
                .startConferenceRecording(MA, "Daily Standup", new StartConferenceRecordingRequest()
                    .fileFormat(StartConferenceRecordingRequest.FileFormatEnum.WAV)
                    .callbackUrl("https://ivr.example/room-recorded")))
            .respond(200, ACK)
            .expectPath(ROOM_PATH + "Record/")
            .expectJsonBody("{\"file_format\":\"wav\",\"callback_url\":\"https://ivr.example/room-recorded\"}"),

        OperationCase.of("stopConferenceRecording", apis -> apis.create(ConferencesApi.class)
                .stopConferenceRecording(MA, "Daily Standup"))
            .respond(204, "")
            .expectPath(ROOM_PATH + "Record/"));
  }

  // -------------------------------------------------------------- recordings

  private static Stream<OperationCase> recordingCases() {
    return Stream.of(
        OperationCase.of("listRecordings", apis -> apis.create(RecordingsApi.class).listRecordings(MA, 20, 40))
            .respond(200, "{\"api_id\":\"a1\",\"meta\":{\"limit\":20,\"offset\":40,\"next\":null,\"previous\":"
                + "\"/api/v1/Account/MA_ABCDEF1234/Recording/?limit=20&offset=20\",\"total_count\":41},"
                + "\"objects\":[{\"recording_id\":\"rec_1\",\"add_time\":\"2026-09-29 10:01:10.12345+05:30\","
                + "\"recording_duration_ms\":\"61000.00000\"}]}")
            .expectPath(ACCOUNT + "/Recording/")
            .expectQuery("limit", "20")
            .expectQuery("offset", "40"),

        OperationCase.of("getRecording", apis -> apis.create(RecordingsApi.class).getRecording(MA, "rec_1"))
            .respond(200, "{\"api_id\":\"a1\",\"recording_id\":\"rec_1\",\"recording_format\":\"mp3\","
                + "\"recording_storage_rate\":0.0004}")
            .expectPath(ACCOUNT + "/Recording/rec_1/"),

        OperationCase.of("deleteRecording", apis -> apis.create(RecordingsApi.class).deleteRecording(MA, "rec_1"))
            .respond(204, "")
            .expectPath(ACCOUNT + "/Recording/rec_1/"),

        OperationCase.of("exportRecordings", apis -> apis.create(RecordingsApi.class)
                .exportRecordings(MA, new RecordingExportRequest()
                    .recipient(new RecordingExportRecipient().customerAccount(List.of("ops@acme.example")))
                    .fromNumber("+919876543210").recordingStorageDurationLt(90)
                    .recordingFormat(RecordingExportRequest.RecordingFormatEnum.MP3)))
            .respond(200, "{\"api_id\":\"a1\",\"status\":\"queued\"}")
            .expectPath(ACCOUNT + "/export/recording/")
            .expectJsonBody("{\"recipient\":{\"customer_account\":[\"ops@acme.example\"]},"
                + "\"from_number\":\"+919876543210\",\"recording_storage_duration__lt\":90,\"recording_format\":\"mp3\"}"));
  }

  // ------------------------------------------------------------ applications

  private static Stream<OperationCase> applicationCases() {
    return Stream.of(
        OperationCase.of("listApplications", apis -> apis.create(ApplicationsApi.class).listApplications(MA, 100, 0))
            .respond(200, "{\"api_id\":\"a1\",\"meta\":{\"limit\":100,\"next\":null,\"offset\":0,\"total_count\":1},"
                + "\"objects\":[" + APPLICATION + "]}")
            .expectPath(ACCOUNT + "/Application/")
            .expectQuery("limit", "100")
            .expectQuery("offset", "0"),

        OperationCase.of("createApplication", apis -> apis.create(ApplicationsApi.class)
                .createApplication(MA, new CreateApplicationRequest().appName("Clinic IVR")
                    .answerUrl("https://ivr.example/answer").answerMethod(CreateApplicationRequest.AnswerMethodEnum.POST)
                    .hangupUrl("https://ivr.example/hangup").defaultNumberApp(true)))
            .respond(201, "{\"api_id\":\"a1\",\"app_id\":20372631212782780,\"message\":\"created\"}")
            .expectPath(ACCOUNT + "/Application/")
            .expectJsonBody("{\"app_name\":\"Clinic IVR\",\"answer_url\":\"https://ivr.example/answer\","
                + "\"answer_method\":\"POST\",\"hangup_url\":\"https://ivr.example/hangup\",\"default_number_app\":true}"),

        OperationCase.of("getApplication", apis -> apis.create(ApplicationsApi.class).getApplication(MA, APP))
            .respond(200, APPLICATION)
            .expectPath(ACCOUNT + "/Application/" + APP + "/"),

        OperationCase.of("updateApplication", apis -> apis.create(ApplicationsApi.class)
                .updateApplication(MA, APP, new UpdateApplicationRequest().answerUrl("https://ivr.example/v2/answer")
                    .answerMethod(UpdateApplicationRequest.AnswerMethodEnum.GET)))
            .respond(200, ACK)
            .expectPath(ACCOUNT + "/Application/" + APP + "/")
            .expectJsonBody("{\"answer_url\":\"https://ivr.example/v2/answer\",\"answer_method\":\"GET\"}"),

        OperationCase.of("deleteApplication", apis -> apis.create(ApplicationsApi.class).deleteApplication(MA, APP))
            .respond(204, "")
            .expectPath(ACCOUNT + "/Application/" + APP + "/"),

        OperationCase.of("attachNumberToApplication", apis -> apis.create(ApplicationsApi.class)
                .attachNumberToApplication(MA, NUMBER, new AttachNumberRequest().applicationId(APP)))
            .respond(200, BINDING)
            .expectPath(ACCOUNT + "/numbers/%2B919876543210/application")
            .expectJsonBody("{\"application_id\":\"20372631212782780\"}"),

        OperationCase.of("detachNumberFromApplication", apis -> apis.create(ApplicationsApi.class)
                .detachNumberFromApplication(MA, NUMBER))
            .respond(200, BINDING)
            .expectPath(ACCOUNT + "/numbers/%2B919876543210/application"));
  }

  // ----------------------------------------------------------------- numbers

  private static Stream<OperationCase> numberCases() {
    return Stream.of(
        OperationCase.of("listNumbers", apis -> apis.create(NumbersApi.class).listNumbers(MA, 1, 20, "+9198", false))
            .respond(200, "{\"items\":[{\"id\":5501,\"e164\":\"+919876543210\",\"monthly_fee\":499.00,"
                + "\"application_id\":null,\"purchased_at\":\"2026-04-02T12:11:19Z\"}],\"page\":1,\"per_page\":20,\"total\":1}")
            .expectPath(ACCOUNT + "/numbers")
            .expectQuery("page", "1")
            .expectQuery("per_page", "20")
            .expectQuery("search", "+9198")
            .expectQuery("include_subaccounts", "false"),

        OperationCase.of("listInventoryNumbers", apis -> apis.create(NumbersApi.class)
                .listInventoryNumbers(MA, "IN", "80", List.of("+9180", "+9122"), 2, 100))
            .respond(200, "{\"items\":[{\"e164\":\"+918041234567\",\"setup_fee\":100.00,\"monthly_fee\":499.00}],"
                + "\"page\":2,\"per_page\":100,\"total\":101}")
            .expectPath(ACCOUNT + "/inventory/numbers")
            .expectQuery("country", "IN")
            .expectQuery("search", "80")
            .expectQuery("exclude", "+9180")
            .expectQuery("exclude", "+9122")
            .expectQuery("page", "2")
            .expectQuery("per_page", "100"),

        OperationCase.of("purchaseNumber", apis -> apis.create(NumbersApi.class)
                .purchaseNumber(MA, new PurchaseNumberRequest().e164("+918041234567").currency("INR")))
            .respond(200, "{\"message\":\"Number purchased\",\"e164\":\"+918041234567\"}")
            .expectPath(ACCOUNT + "/numbers/purchase-from-inventory")
            .expectJsonBody("{\"e164\":\"+918041234567\",\"currency\":\"INR\"}"),

        OperationCase.of("releaseNumber", apis -> apis.create(NumbersApi.class).releaseNumber(MA, NUMBER, true))
            .respond(200, "{\"status\":\"released\",\"message\":\"Number released\",\"release_fee\":0,"
                + "\"cooldown_ends_at\":null,\"note\":null}")
            .expectPath(ACCOUNT + "/numbers/%2B919876543210")
            .expectQuery("immediate", "true"),

        OperationCase.of("cancelNumberRelease", apis -> apis.create(NumbersApi.class).cancelNumberRelease(MA, NUMBER))
            .respond(200, "{\"message\":\"Release cancelled\",\"status\":\"active\",\"currency\":\"INR\","
                + "\"refund_amount\":499.00,\"refund_status\":\"success\",\"refund_error\":null}")
            .expectPath("/api/v1/account/" + MA + "/numbers/%2B919876543210/cancel-release"),

        OperationCase.of("assignNumberToTrunk", apis -> apis.create(NumbersApi.class)
                .assignNumberToTrunk(MA, NUMBER, new AssignNumberToTrunkRequest().trunkGroupId(TRUNK)))
            .respond(200, "")
            .expectPath(ACCOUNT + "/numbers/%2B919876543210/assign")
            .expectJsonBody("{\"trunk_group_id\":\"" + TRUNK + "\"}"),

        OperationCase.of("unassignNumberFromTrunk", apis -> apis.create(NumbersApi.class).unassignNumberFromTrunk(MA, NUMBER))
            .respond(200, "")
            .expectPath(ACCOUNT + "/numbers/%2B919876543210/assign"),

        OperationCase.of("getNumberHealth", apis -> apis.create(NumbersApi.class).getNumberHealth(MA, NUMBER, "hourly", 3))
            .respond(200, "{\"e164\":\"+919876543210\",\"is_spam\":false,\"granularity\":\"hourly\","
                + "\"summary\":{\"period_days\":3,\"answer_rate\":84.69},"
                + "\"snapshots\":[{\"ts\":\"2026-09-29 10:00:00\",\"total_calls\":7}]}")
            .expectPath("/api/v1/account/" + MA + "/numbers/%2B919876543210/health")
            .expectQuery("granularity", "hourly")
            .expectQuery("days", "3"),

        OperationCase.of("assignNumberToSubAccount", apis -> apis.create(NumbersApi.class)
                .assignNumberToSubAccount(MA, NUMBER, new AssignNumberToSubAccountRequest().subAccountId("314")))
            .respond(200, "")
            .expectPath("/api/v1/account/" + MA + "/numbers/%2B919876543210/assign-subaccount")
            .expectJsonBody("{\"sub_account_id\":\"314\"}"),

        OperationCase.of("unassignNumberFromSubAccount", apis -> apis.create(NumbersApi.class)
                .unassignNumberFromSubAccount(MA, NUMBER, false))
            .respond(200, "")
            .expectPath("/api/v1/account/" + MA + "/numbers/%2B919876543210/assign-subaccount")
            .expectQuery("force", "false"));
  }

  // ------------------------------------------------------------ sip trunking

  private static Stream<OperationCase> trunkCases() {
    return Stream.of(
        OperationCase.of("listTrunks", apis -> apis.create(TrunksApi.class).listTrunks(MA, 20, 0))
            .respond(200, "{\"meta\":{\"limit\":20,\"offset\":0,\"total\":1},\"objects\":[" + TRUNK_JSON + "]}")
            .expectPath(ACCOUNT + "/trunks")
            .expectQuery("limit", "20")
            .expectQuery("offset", "0"),

        OperationCase.of("createTrunk", apis -> apis.create(TrunksApi.class)
                .createTrunk(MA, new CreateTrunkRequest().name("Office PBX")
                    .trunkDirection(CreateTrunkRequest.TrunkDirectionEnum.INBOUND)
                    .transport(CreateTrunkRequest.TransportEnum.TLS).secure(true).concurrentCallsLimit(20)
                    .credentialUuid("cred_1").webhookUrl("https://pbx.example/events")
                    .webhookMethod(CreateTrunkRequest.WebhookMethodEnum.POST)))
            .respond(201, TRUNK_JSON)
            .expectPath(ACCOUNT + "/trunks")
            .expectJsonBody("{\"name\":\"Office PBX\",\"trunk_direction\":\"inbound\",\"transport\":\"tls\",\"secure\":true,"
                + "\"concurrent_calls_limit\":20,\"credential_uuid\":\"cred_1\","
                + "\"webhook_url\":\"https://pbx.example/events\",\"webhook_method\":\"POST\"}"),

        OperationCase.of("getTrunk", apis -> apis.create(TrunksApi.class).getTrunk(MA, TRUNK))
            .respond(200, TRUNK_JSON)
            .expectPath(ACCOUNT + "/trunks/" + TRUNK),

        OperationCase.of("updateTrunk", apis -> apis.create(TrunksApi.class)
                .updateTrunk(MA, TRUNK, new UpdateTrunkRequest().trunkStatus(UpdateTrunkRequest.TrunkStatusEnum.DISABLED)
                    .description("maintenance")))
            .respond(200, TRUNK_JSON)
            .expectPath(ACCOUNT + "/trunks/" + TRUNK)
            .expectJsonBody("{\"trunk_status\":\"disabled\",\"description\":\"maintenance\"}"),

        OperationCase.of("deleteTrunk", apis -> apis.create(TrunksApi.class).deleteTrunk(MA, TRUNK))
            .respond(204, "")
            .expectPath(ACCOUNT + "/trunks/" + TRUNK),

        OperationCase.of("listSipCredentials", apis -> apis.create(SipCredentialsApi.class).listSipCredentials(MA, 50, 50))
            .respond(200, "{\"meta\":{\"limit\":50,\"offset\":50,\"total\":51},\"objects\":[" + CREDENTIAL + "]}")
            .expectPath(ACCOUNT + "/trunks/credentials")
            .expectQuery("limit", "50")
            .expectQuery("offset", "50"),

        OperationCase.of("createSipCredential", apis -> apis.create(SipCredentialsApi.class)
                .createSipCredential(MA, new CreateSipCredentialRequest().username("acmepbx01").password("S1p!Secret#2026")))
            .respond(200, CREDENTIAL)
            .expectPath(ACCOUNT + "/credentials")
            .expectJsonBody("{\"username\":\"acmepbx01\",\"password\":\"S1p!Secret#2026\"}"),

        OperationCase.of("updateSipCredential", apis -> apis.create(SipCredentialsApi.class)
                .updateSipCredential(MA, "cred_1", new UpdateSipCredentialRequest().password("N3w!Secret")))
            .respond(200, CREDENTIAL)
            .expectPath(ACCOUNT + "/credentials/cred_1")
            .expectJsonBody("{\"password\":\"N3w!Secret\"}"),

        OperationCase.of("deleteSipCredential", apis -> apis.create(SipCredentialsApi.class).deleteSipCredential(MA, "cred_1"))
            .respond(204, "")
            .expectPath(ACCOUNT + "/credentials/cred_1"),

        OperationCase.of("listIpAcls", apis -> apis.create(IpAccessControlListsApi.class).listIpAcls(MA))
            .respond(200, "{\"meta\":{\"limit\":20,\"offset\":0,\"total\":1},\"objects\":[" + ACL + "]}")
            .expectPath(ACCOUNT + "/trunks/ip-acl"),

        OperationCase.of("createIpAcl", apis -> apis.create(IpAccessControlListsApi.class)
                .createIpAcl(MA, new CreateIpAclRequest().name("Office").ipAddress("198.51.100.0/24")))
            .respond(200, ACL)
            .expectPath(ACCOUNT + "/ip-acl")
            .expectJsonBody("{\"name\":\"Office\",\"ip_address\":\"198.51.100.0/24\"}"),

        OperationCase.of("updateIpAcl", apis -> apis.create(IpAccessControlListsApi.class)
                .updateIpAcl(MA, "acl_12", new UpdateIpAclRequest().ipAddress("198.51.100.7")))
            .respond(200, ACL)
            .expectPath(ACCOUNT + "/ip-acl/acl_12")
            .expectJsonBody("{\"ip_address\":\"198.51.100.7\"}"),

        OperationCase.of("deleteIpAcl", apis -> apis.create(IpAccessControlListsApi.class).deleteIpAcl(MA, "acl_12"))
            .respond(204, "")
            .expectPath(ACCOUNT + "/ip-acl/acl_12"),

        OperationCase.of("listOriginationUris", apis -> apis.create(OriginationUrisApi.class).listOriginationUris(MA))
            .respond(200, "{\"meta\":{\"limit\":20,\"offset\":0,\"total\":1},\"objects\":[" + URI + "]}")
            .expectPath(ACCOUNT + "/trunks/origination-uris"),

        OperationCase.of("createOriginationUri", apis -> apis.create(OriginationUrisApi.class)
                .createOriginationUri(MA, new CreateOriginationUriRequest().name("Primary PBX")
                    .sipUri("sip:pbx.acme-clinics.example:5060").priority(1).weight(10)))
            .respond(200, URI)
            .expectPath(ACCOUNT + "/origination-uris")
            .expectJsonBody("{\"name\":\"Primary PBX\",\"sip_uri\":\"sip:pbx.acme-clinics.example:5060\","
                + "\"priority\":1,\"weight\":10}"),

        OperationCase.of("updateOriginationUri", apis -> apis.create(OriginationUrisApi.class)
                .updateOriginationUri(MA, "uri_3", new UpdateOriginationUriRequest().priority(2)))
            .respond(200, URI)
            .expectPath(ACCOUNT + "/origination-uris/uri_3")
            .expectJsonBody("{\"priority\":2}"),

        OperationCase.of("deleteOriginationUri", apis -> apis.create(OriginationUrisApi.class).deleteOriginationUri(MA, "uri_3"))
            .respond(204, "")
            .expectPath(ACCOUNT + "/origination-uris/uri_3"));
  }

  // --------------------------------------------------------------- endpoints

  private static Stream<OperationCase> endpointCases() {
    return Stream.of(
        OperationCase.of("listEndpoints", apis -> apis.create(EndpointsApi.class)
                .listEndpoints(MA, 20, 0, "desk", null, "front", null, "Front desk", APP, false, SA))
            .respond(200, "{\"api_id\":\"a1\",\"meta\":{\"limit\":20,\"offset\":0,\"total_count\":1},"
                + "\"objects\":[{\"endpoint_id\":\"81726354\",\"username\":\"frontdesk01\",\"sip_registered\":\"true\"}]}")
            .expectPath(ACCOUNT + "/Endpoint/")
            .expectQuery("limit", "20")
            .expectQuery("offset", "0")
            .expectQuery("username__contains", "desk")
            .expectQuery("username__startswith", "front")
            .expectQuery("alias__exact", "Front desk")
            .expectQuery("application_id__exact", APP)
            .expectQuery("application_id__isnull", "false")
            .expectQuery("sub_account", SA),

        OperationCase.of("createEndpoint", apis -> apis.create(EndpointsApi.class)
                .createEndpoint(MA, new CreateEndpointRequest().username("frontdesk01").password("D3sk!Phone")
                    .alias("Front desk").application(APP)))
            .respond(201, "{\"endpoint_id\":\"81726354\",\"username\":\"frontdesk01\",\"alias\":\"Front desk\"}")
            .expectPath(ACCOUNT + "/Endpoint/")
            .expectJsonBody("{\"username\":\"frontdesk01\",\"password\":\"D3sk!Phone\",\"alias\":\"Front desk\","
                + "\"application\":\"20372631212782780\"}"),

        OperationCase.of("getEndpoint", apis -> apis.create(EndpointsApi.class).getEndpoint(MA, "81726354"))
            .respond(200, "{\"endpoint_id\":\"81726354\",\"sip_registered\":\"true\",\"application\":\"" + APP + "\","
                + "\"sip_registration\":{\"contact\":\"sip:frontdesk01@203.0.113.10:5060\"}}")
            .expectPath(ACCOUNT + "/Endpoint/81726354/"),

        OperationCase.of("updateEndpoint", apis -> apis.create(EndpointsApi.class)
                .updateEndpoint(MA, "81726354", new UpdateEndpointRequest().alias("Reception")))
            .respond(202, "")
            .expectPath(ACCOUNT + "/Endpoint/81726354/")
            .expectJsonBody("{\"alias\":\"Reception\"}"),

        OperationCase.of("deleteEndpoint", apis -> apis.create(EndpointsApi.class).deleteEndpoint(MA, "81726354"))
            .respond(204, "")
            .expectPath(ACCOUNT + "/Endpoint/81726354/"));
  }

  // -------------------------------------------------------------------- cdrs

  private static Stream<OperationCase> cdrCases() {
    return Stream.of(
        OperationCase.of("listCdrs", apis -> apis.create(CdrsApi.class)
                .listCdrs(MA, NUMBER, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), "outbound", 10,
                    null, null, "NORMAL_CLEARING", null, "voice-api", null, null, 2, 50))
            .respond(200, CDR_PAGE + "}")
            .expectPath(ACCOUNT + "/cdr")
            .expectQuery("from_number", "+919876543210")
            .expectQuery("start_date", "2026-09-01")
            .expectQuery("end_date", "2026-09-30")
            .expectQuery("call_direction", "outbound")
            .expectQuery("min_duration", "10")
            .expectQuery("hangup_cause", "NORMAL_CLEARING")
            .expectQuery("context", "voice-api")
            .expectQuery("page", "2")
            .expectQuery("per_page", "50"),

        OperationCase.of("searchCdrs", apis -> apis.create(CdrsApi.class)
                .searchCdrs(MA, null, "+14155550100", null, null, "inbound", null, "a84b4c76e66710@pbx", CALL, null,
                    "recv_bye", null, "camp_9", "clinic", null, null))
            .respond(200, CDR_PAGE + ",\"filters\":{\"call_direction\":\"inbound\",\"from_number\":\"\","
                + "\"hangup_cause\":\"\",\"to_number\":\"+14155550100\"}}")
            .expectPath(ACCOUNT + "/cdr/search")
            .expectQuery("to_number", "+14155550100")
            .expectQuery("call_direction", "inbound")
            .expectQuery("sip_call_id", "a84b4c76e66710@pbx")
            .expectQuery("bridge_uuid", CALL)
            .expectQuery("hangup_disposition", "recv_bye")
            .expectQuery("campaign_id", "camp_9")
            .expectQuery("search", "clinic"),

        OperationCase.of("listRecentCdrs", apis -> apis.create(CdrsApi.class).listRecentCdrs(MA, 5))
            .respond(200, "{\"account_id\":\"1029\",\"count\":1,\"success\":true,\"data\":[" + CDR + "]}")
            .expectPath(ACCOUNT + "/cdr/recent")
            .expectQuery("limit", "5"),

        OperationCase.of("exportCdrs", apis -> apis.create(CdrsApi.class)
                .exportCdrs(MA, NUMBER, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), null, null, null,
                    null, null, null, null, null, null))
            .respond(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/csv")
                .body("uuid,duration\n" + CALL + ",62\n").build())
            .expectPath(ACCOUNT + "/cdr/export")
            .expectQuery("from_number", "+919876543210")
            .expectQuery("start_date", "2026-09-01")
            .expectQuery("end_date", "2026-09-30"),

        OperationCase.of("getCdr", apis -> apis.create(CdrsApi.class).getCdr(MA, CALL))
            .respond(200, "{\"success\":true,\"data\":" + CDR + "}")
            .expectPath(ACCOUNT + "/cdr/" + CALL));
  }

  // ------------------------------------------------------------ sub-accounts

  private static Stream<OperationCase> subAccountCases() {
    String base = "/api/v1/accounts/" + MA + "/sub-accounts/";
    return Stream.of(
        OperationCase.of("listSubAccounts", apis -> apis.create(SubAccountsApi.class).listSubAccounts(MA, 2, 20, true))
            .respond(200, "{\"sub_accounts\":[" + SUB_ACCOUNT + "],\"total\":21,\"page\":2,\"size\":20}")
            .expectPath(base)
            .expectQuery("page", "2")
            .expectQuery("size", "20")
            .expectQuery("active_only", "true"),

        OperationCase.of("createSubAccount", apis -> apis.create(SubAccountsApi.class)
                .createSubAccount(MA, new CreateSubAccountRequest().name("Acme Pune").email("pune@acme.example")
                    .kycMode(CreateSubAccountRequest.KycModeEnum.CUSTOMER_USE)
                    .businessType(CreateSubAccountRequest.BusinessTypeEnum.LLP)
                    .permissions(new SubAccountPermissions().calls(true).cdr(true))))
            .respond(201, "{\"message\":\"created\",\"sub_account\":" + SUB_ACCOUNT + ","
                + "\"auth_credentials\":{\"auth_id\":\"SA_PUNE000001\",\"auth_token\":\"tok\"},"
                + "\"tokens\":{\"access_token\":\"eyJ.x.y\",\"refresh_token\":\"rt\",\"token_type\":\"bearer\",\"expires_in\":1800}}")
            .expectPath(base)
            .expectJsonBody("{\"name\":\"Acme Pune\",\"email\":\"pune@acme.example\",\"kyc_mode\":\"customer_use\","
                + "\"business_type\":\"llp\",\"permissions\":{\"calls\":true,\"cdr\":true}}"),

        OperationCase.of("getSubAccount", apis -> apis.create(SubAccountsApi.class).getSubAccount(MA, SA))
            .respond(200, SUB_ACCOUNT)
            .expectPath(base + SA),

        OperationCase.of("updateSubAccount", apis -> apis.create(SubAccountsApi.class)
                .updateSubAccount(MA, SA, new UpdateSubAccountRequest().enabled(false)
                    .kycMode(UpdateSubAccountRequest.KycModeEnum.PERSONAL_USE)))
            .respond(200, SUB_ACCOUNT)
            .expectPath(base + SA)
            .expectJsonBody("{\"enabled\":false,\"kyc_mode\":\"personal_use\"}"),

        OperationCase.of("deleteSubAccount", apis -> apis.create(SubAccountsApi.class).deleteSubAccount(MA, SA))
            .respond(200, "{\"message\":\"Sub-account deleted\"}")
            .expectPath(base + SA));
  }

  // --------------------------------------------------------------------- kyc

  private static Stream<OperationCase> kycCases() {
    String base = "/api/v1/sub-accounts/" + SA;
    return Stream.of(
        OperationCase.of("getSubAccountKycStatus", apis -> apis.create(KycVerificationsApi.class).getSubAccountKycStatus(SA))
            .respond(200, "{\"sub_account_id\":\"314\",\"overall_status\":\"pending\",\"kyc_calls_blocked\":true,"
                + "\"verifications\":{\"pan\":\"verified\",\"gst\":\"pending\"}}")
            .expectPath(base + "/kyc/status"),

        OperationCase.of("verifySubAccountPan", apis -> apis.create(KycVerificationsApi.class)
                .verifySubAccountPan(SA, new VerifyPanRequest().pan("ABCPE1234F")))
            .respond(200, KYC_RESULT)
            .expectPath(base + "/kyc/verify-pan")
            .expectJsonBody("{\"pan\":\"ABCPE1234F\"}"),

        OperationCase.of("verifySubAccountGst", apis -> apis.create(KycVerificationsApi.class)
                .verifySubAccountGst(SA, new VerifyGstRequest().gstin("29ABCPE1234F1Z5")))
            .respond(200, KYC_RESULT)
            .expectPath(base + "/kyc/verify-gst")
            .expectJsonBody("{\"gstin\":\"29ABCPE1234F1Z5\"}"),

        OperationCase.of("searchSubAccountCin", apis -> apis.create(KycVerificationsApi.class)
                .searchSubAccountCin(SA, new CinSearchRequest().companyName("Acme Clinics")))
            .respond(200, "{\"matches\":[{\"cin\":\"U72900KA2024PTC123456\",\"company_name\":\"ACME CLINICS PRIVATE LIMITED\"}]}")
            .expectPath(base + "/kyc/cin/search")
            .expectJsonBody("{\"company_name\":\"Acme Clinics\"}"),

        OperationCase.of("confirmSubAccountCin", apis -> apis.create(KycVerificationsApi.class)
                .confirmSubAccountCin(SA, new CinConfirmRequest().companyName("Acme Clinics")
                    .selectedCin("U72900KA2024PTC123456")))
            .respond(200, KYC_RESULT)
            .expectPath(base + "/kyc/cin/confirm")
            .expectJsonBody("{\"company_name\":\"Acme Clinics\",\"selected_cin\":\"U72900KA2024PTC123456\"}"),

        OperationCase.of("initiateSubAccountDigilocker", apis -> apis.create(KycVerificationsApi.class)
                .initiateSubAccountDigilocker(SA, new DigilockerInitiateRequest()
                    .redirectUrl("https://portal.example/kyc/back").oauthState("st_42")))
            .respond(200, "{\"auth_url\":\"https://digilocker.example/authorize?x=1\",\"access_request_id\":\"ar_7\"}")
            .expectPath(base + "/kyc/digilocker/initiate")
            .expectJsonBody("{\"redirect_url\":\"https://portal.example/kyc/back\",\"oauth_state\":\"st_42\"}"),

        OperationCase.of("verifySubAccountDigilocker", apis -> apis.create(KycVerificationsApi.class)
                .verifySubAccountDigilocker(SA, new DigilockerVerifyRequest().accessRequestId("ar_7")
                    .linkedNumber("+919876543210")))
            .respond(200, KYC_RESULT)
            .expectPath(base + "/kyc/digilocker/verify")
            .expectJsonBody("{\"access_request_id\":\"ar_7\",\"linked_number\":\"+919876543210\"}"),

        OperationCase.of("createSubAccountKycSession", apis -> apis.create(KycVerificationsApi.class)
                .createSubAccountKycSession(SA, new CreateKycSessionRequest().accountAuthId(SA)
                    .flowType(CreateKycSessionRequest.FlowTypeEnum.EMAIL).customerEmail("pune@acme.example")
                    .expiresInDays(7)
                    .reminderSchedule(List.of(new KycReminder().trigger("days_before_expiry").value(2)))
                    .metadata(Map.of("branch", "pune"))))
            .respond(201, "{\"session_id\":\"ks_1\",\"account_auth_id\":\"SA_PUNE000001\",\"kyc_type\":null,"
                + "\"status\":\"email_sent\",\"expires_at\":\"2026-10-06T04:31:10Z\",\"email_dispatched_to\":\"p***@acme.example\"}")
            .expectPath(base + "/kyc-sessions")
            .expectJsonBody("{\"account_auth_id\":\"SA_PUNE000001\",\"flow_type\":\"email\","
                + "\"customer_email\":\"pune@acme.example\",\"expires_in_days\":7,"
                + "\"reminder_schedule\":[{\"trigger\":\"days_before_expiry\",\"value\":2}],\"metadata\":{\"branch\":\"pune\"}}"));
  }

  private static Stream<OperationCase> kycTestCases() {
    String base = "/api/v1/sub-accounts/test/" + SA;
    return Stream.of(
        OperationCase.of("testVerifySubAccountPan", apis -> apis.create(KycTestVerificationsApi.class)
                .testVerifySubAccountPan(SA, new VerifyPanRequest().pan("TESTSUCCESS0001")))
            .respond(200, KYC_RESULT.replace("\"mock\":false", "\"mock\":true"))
            .expectPath(base + "/kyc/verify-pan")
            .expectJsonBody("{\"pan\":\"TESTSUCCESS0001\"}"),

        OperationCase.of("testVerifySubAccountGst", apis -> apis.create(KycTestVerificationsApi.class)
                .testVerifySubAccountGst(SA, new VerifyGstRequest().gstin("TESTPENDING001")))
            .respond(200, "{\"verification_type\":\"gst\",\"status\":\"pending\",\"mock\":true}")
            .expectPath(base + "/kyc/verify-gst")
            .expectJsonBody("{\"gstin\":\"TESTPENDING001\"}"),

        OperationCase.of("testSearchSubAccountCin", apis -> apis.create(KycTestVerificationsApi.class)
                .testSearchSubAccountCin(SA, new CinSearchRequest().companyName("Test Company")))
            .respond(200, "{\"matches\":[{\"cin\":\"U72900KA2024PTC123456\"}],\"mock\":true}")
            .expectPath(base + "/kyc/cin/search")
            .expectJsonBody("{\"company_name\":\"Test Company\"}"),

        OperationCase.of("testConfirmSubAccountCin", apis -> apis.create(KycTestVerificationsApi.class)
                .testConfirmSubAccountCin(SA, new CinConfirmRequest().companyName("Test Company")
                    .selectedCin("U72900KA2024PTC123456")))
            .respond(200, KYC_RESULT)
            .expectPath(base + "/kyc/cin/confirm")
            .expectJsonBody("{\"company_name\":\"Test Company\",\"selected_cin\":\"U72900KA2024PTC123456\"}"),

        OperationCase.of("testInitiateSubAccountDigilocker", apis -> apis.create(KycTestVerificationsApi.class)
                .testInitiateSubAccountDigilocker(SA, new DigilockerInitiateRequest().redirectUrl("https://portal.example/back")))
            .respond(200, "{\"auth_url\":\"https://mock.example/authorize\",\"access_request_id\":\"MOCK_AR_SUCCESS\"}")
            .expectPath(base + "/kyc/digilocker/initiate")
            .expectJsonBody("{\"redirect_url\":\"https://portal.example/back\"}"),

        OperationCase.of("testVerifySubAccountDigilocker", apis -> apis.create(KycTestVerificationsApi.class)
                .testVerifySubAccountDigilocker(SA, new DigilockerVerifyRequest().accessRequestId("MOCK_AR_FAIL")))
            .respond(200, "{\"verification_type\":\"aadhaar\",\"status\":\"failed\",\"mock\":true}")
            .expectPath(base + "/kyc/digilocker/verify")
            .expectJsonBody("{\"access_request_id\":\"MOCK_AR_FAIL\"}"),

        OperationCase.of("testFinalizePendingVerification", apis -> apis.create(KycTestVerificationsApi.class)
                .testFinalizePendingVerification(SA, new FinalizePendingRequest().verificationType("gst").outcome("verified")))
            .respond(200, "{\"verification_type\":\"gst\",\"status\":\"verified\",\"mock\":true}")
            .expectPath(base + "/kyc/finalize-pending")
            .expectJsonBody("{\"verification_type\":\"gst\",\"outcome\":\"verified\"}"));
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"+919876543210", "%2B919876543210"})
  void e164PathParameterIsSentPercentEncodedExactlyOnce(String number) throws Exception {
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      apis.enqueue(200, BINDING);
      apis.enqueue(200, "{\"status\":\"pending_release\"}");
      apis.enqueue(200, "{\"status\":\"active\"}");

      Response<?> attached = apis.create(ApplicationsApi.class)
          .attachNumberToApplication(MA, number, new AttachNumberRequest().applicationId(APP)).execute();
      Response<?> released = apis.create(NumbersApi.class).releaseNumber(MA, number, null).execute();
      Response<?> restored = apis.create(NumbersApi.class).cancelNumberRelease(MA, number).execute();

      assertThat(List.of(attached.code(), released.code(), restored.code())).containsOnly(200);
      assertThat(apis.takeRequest().getUrl().encodedPath())
          .isEqualTo("/api/v1/Account/MA_ABCDEF1234/numbers/%2B919876543210/application");
      assertThat(apis.takeRequest().getUrl().encodedPath())
          .isEqualTo("/api/v1/Account/MA_ABCDEF1234/numbers/%2B919876543210");
      assertThat(apis.takeRequest().getUrl().encodedPath())
          .isEqualTo("/api/v1/account/MA_ABCDEF1234/numbers/%2B919876543210/cancel-release");
    }
  }

  @Test
  void everyJsonCallAsksForJsonBecauseVobizRequiresTheHeader() throws Exception {
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      apis.enqueue(200, "{\"items\":[],\"page\":1,\"per_page\":20,\"total\":0}");

      apis.create(NumbersApi.class).listNumbers(MA, null, null, null, null).execute();

      assertThat(apis.takeRequest().getHeaders().get("Accept")).isEqualTo("application/json");
    }
  }

  @Test
  void plusInAQueryValueIsPercentEncodedNotSentAsASpace() throws Exception {
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      apis.enqueue(200, "{\"items\":[],\"page\":1,\"per_page\":20,\"total\":0}");

      apis.create(NumbersApi.class).listNumbers(MA, null, null, "+9198", null).execute();

      RecordedRequest request = apis.takeRequest();
      assertThat(request.getUrl().encodedQuery()).isEqualTo("search=%2B9198");
    }
  }

  @Test
  void cdrExportAsksForCsvFirstAndHandsBackTheRawBody() throws Exception {
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      String csv = "uuid,duration,total_cost\n" + CALL + ",62,0.95\n";
      apis.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/csv").body(csv).build());

      Response<ResponseBody> response = apis.create(CdrsApi.class)
          .exportCdrs(MA, null, null, null, null, null, null, null, null, null, null, null, null, null).execute();

      try (ResponseBody body = response.body()) {
        assertThat(body).isNotNull();
        assertThat(body.string()).isEqualTo(csv);
      }
      assertThat(apis.takeRequest().getHeaders().get("Accept")).startsWith("text/csv");
    }
  }
}
