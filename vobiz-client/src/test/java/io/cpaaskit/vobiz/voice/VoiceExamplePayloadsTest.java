package io.cpaaskit.vobiz.voice;

import static io.cpaaskit.testing.ExamplePayloads.list;
import static io.cpaaskit.testing.ExamplePayloads.map;
import static io.cpaaskit.testing.ExamplePayloads.read;
import static io.cpaaskit.testing.ExamplePayloads.write;
import static io.cpaaskit.testing.ExamplePayloads.writeAsMap;

import io.cpaaskit.testing.ExamplePayloads;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.vobiz.voice.model.AccountProfile;
import io.cpaaskit.vobiz.voice.model.Application;
import io.cpaaskit.vobiz.voice.model.ApplicationCreated;
import io.cpaaskit.vobiz.voice.model.ApplicationPage;
import io.cpaaskit.vobiz.voice.model.Balance;
import io.cpaaskit.vobiz.voice.model.CallUuidList;
import io.cpaaskit.vobiz.voice.model.Cdr;
import io.cpaaskit.vobiz.voice.model.CdrDetail;
import io.cpaaskit.vobiz.voice.model.CdrPage;
import io.cpaaskit.vobiz.voice.model.CdrSearchPage;
import io.cpaaskit.vobiz.voice.model.ChannelPricingPreview;
import io.cpaaskit.vobiz.voice.model.ChannelSubscription;
import io.cpaaskit.vobiz.voice.model.ChannelSubscriptionRequest;
import io.cpaaskit.vobiz.voice.model.Concurrency;
import io.cpaaskit.vobiz.voice.model.ConferenceDetail;
import io.cpaaskit.vobiz.voice.model.ConferenceMember;
import io.cpaaskit.vobiz.voice.model.ConferenceNameList;
import io.cpaaskit.vobiz.voice.model.CreateApplicationRequest;
import io.cpaaskit.vobiz.voice.model.CreateEndpointRequest;
import io.cpaaskit.vobiz.voice.model.CreateKycSessionRequest;
import io.cpaaskit.vobiz.voice.model.CreateOriginationUriRequest;
import io.cpaaskit.vobiz.voice.model.CreateSipCredentialRequest;
import io.cpaaskit.vobiz.voice.model.CreateSubAccountRequest;
import io.cpaaskit.vobiz.voice.model.CreateTrunkRequest;
import io.cpaaskit.vobiz.voice.model.EndpointPage;
import io.cpaaskit.vobiz.voice.model.InventoryNumberPage;
import io.cpaaskit.vobiz.voice.model.IpAclPage;
import io.cpaaskit.vobiz.voice.model.KycSession;
import io.cpaaskit.vobiz.voice.model.KycStatus;
import io.cpaaskit.vobiz.voice.model.KycVerificationResult;
import io.cpaaskit.vobiz.voice.model.LiveCall;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.vobiz.voice.model.MakeCallResponse;
import io.cpaaskit.vobiz.voice.model.NumberApplicationBinding;
import io.cpaaskit.vobiz.voice.model.NumberHealth;
import io.cpaaskit.vobiz.voice.model.NumberPage;
import io.cpaaskit.vobiz.voice.model.NumberRelease;
import io.cpaaskit.vobiz.voice.model.NumberReleaseCancellation;
import io.cpaaskit.vobiz.voice.model.OriginationUri;
import io.cpaaskit.vobiz.voice.model.PhoneNumber;
import io.cpaaskit.vobiz.voice.model.PurchaseNumberRequest;
import io.cpaaskit.vobiz.voice.model.QueuedCall;
import io.cpaaskit.vobiz.voice.model.RecentCdrList;
import io.cpaaskit.vobiz.voice.model.Recording;
import io.cpaaskit.vobiz.voice.model.RecordingExportRequest;
import io.cpaaskit.vobiz.voice.model.RecordingPage;
import io.cpaaskit.vobiz.voice.model.SipCredential;
import io.cpaaskit.vobiz.voice.model.StartStreamRequest;
import io.cpaaskit.vobiz.voice.model.StreamPage;
import io.cpaaskit.vobiz.voice.model.StreamStarted;
import io.cpaaskit.vobiz.voice.model.SubAccount;
import io.cpaaskit.vobiz.voice.model.SubAccountCreated;
import io.cpaaskit.vobiz.voice.model.SubAccountPage;
import io.cpaaskit.vobiz.voice.model.Transaction;
import io.cpaaskit.vobiz.voice.model.TransactionPage;
import io.cpaaskit.vobiz.voice.model.TransactionReferenceTypes;
import io.cpaaskit.vobiz.voice.model.TransferCallRequest;
import io.cpaaskit.vobiz.voice.model.TransferCallResponse;
import io.cpaaskit.vobiz.voice.model.Trunk;
import io.cpaaskit.vobiz.voice.model.TrunkPage;
import io.cpaaskit.vobiz.voice.model.VobizError;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example payloads of the Vobiz customer voice API read into the generated models with every value intact and
 * write back under the vendor's member names.
 */
class VoiceExamplePayloadsTest {
  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
  private static final JsonAdapter<Object> ANY = LenientJson.moshi().adapter(Object.class);
  private static final String CALL_UUID = "3f2b8a1e-9c4d-4e55-8a6f-0d1e2f3a4b5c";

  // ---------------------------------------------------------------- account

  @Test
  void authProfileMasksTheAuthSecretKeepsBothTimestampFormsAndIgnoresUnknownMembers() throws IOException {
    AccountProfile profile = read(example("auth-me.json"), AccountProfile.class);

    assertThat(profile.getId()).isEqualTo("1029");
    assertThat(profile.getAuthId()).isEqualTo("MA_ABCDEF1234");
    assertThat(profile.getAuthSecret()).isEqualTo("Zm9vYmFyU2VjcmV0VG9rZW4xMjM0NTY3ODkw");
    assertThat(profile.getCreditLimit()).isEqualByComparingTo("0").hasToString("0.00000");
    assertThat(profile.getConcurrentCallsLimit()).isEqualTo(50);
    assertThat(profile.getPurchasedCps()).isEqualTo(5);
    assertThat(profile.getFeatures().getCallQueue()).isTrue();
    assertThat(profile.getIpWhitelistRules()).containsEntry("api", List.of("203.0.113.10/32"));
    assertThat(profile.getDescription()).isNull();
    assertThat(profile.getLastLogin()).isNull();
    assertThat(profile.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 3, 2, 11, 20, 45, 0, ZoneOffset.UTC));
    assertThat(profile.getUpdatedAt()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 1, 10, 123_450_000, IST));
    assertThat(profile.getPricingTier().getRatePerMinute()).isEqualByComparingTo("0.45");
    assertThat(profile.getPricingTier().getBillingIncrementSeconds()).isEqualTo(60);

    assertThat(profile.toString())
        .contains("auth_secret=***")
        .doesNotContain("Zm9vYmFyU2VjcmV0VG9rZW4xMjM0NTY3ODkw");
    Map<String, Object> written = writeAsMap(profile, AccountProfile.class);
    assertThat(written)
        .containsEntry("auth_secret", "Zm9vYmFyU2VjcmV0VG9rZW4xMjM0NTY3ODkw")
        .containsEntry("credit_limit", "0.00000")
        .containsEntry("zip_code", "560001")
        .containsEntry("updated_at", "2026-09-29T10:01:10.12345+05:30")
        .doesNotContainKeys("white_label_domain", "last_login", "description");
    assertThat(map(written.get("pricing_tier"))).containsEntry("rate_per_minute", "0.45000");
  }

  @Test
  void concurrencyReadsCountsAndTheUtilisationShare() throws IOException {
    Concurrency concurrency = read(example("concurrency.json"), Concurrency.class);

    assertThat(concurrency.getAccountId()).isEqualTo("1029");
    assertThat(concurrency.getConcurrentCalls()).isEqualTo(12);
    assertThat(concurrency.getMaxConcurrent()).isEqualTo(50);
    assertThat(concurrency.getUtilizationPct()).isEqualByComparingTo("24");
    assertThat(write(concurrency, Concurrency.class)).contains("\"max_concurrent\":50", "\"request_id\":\"req_5f0c2a\"");
  }

  @Test
  void balanceKeepsEveryDecimalStringAmountWithItsScale() throws IOException {
    Balance balance = read(example("balance.json"), Balance.class);

    assertThat(balance.getBalance()).isEqualByComparingTo("1300").hasToString("1300.00000");
    assertThat(balance.getReservedFunds()).isEqualByComparingTo("12.5");
    assertThat(balance.getAvailableBalance()).isEqualByComparingTo("1387.50");
    assertThat(balance.getLowBalanceThreshold()).isEqualByComparingTo("200");
    assertThat(balance.getCreditLimitType()).isNull();
    assertThat(balance.getIsPostpaid()).isFalse();
    assertThat(balance.getUpdatedAt().toInstant()).isEqualTo(Instant.parse("2026-09-29T04:31:10.500Z"));

    assertThat(writeAsMap(balance, Balance.class))
        .containsEntry("balance", "1300.00000")
        .containsEntry("reserved_funds", "12.50000")
        .containsEntry("available_balance", "1387.50000")
        .containsEntry("currency", "INR")
        .doesNotContainKey("credit_limit_type");
  }

  @Test
  void transactionPageKeepsNumericAmountsExactAndMapsAnUnknownTypeToUnrecognized() throws IOException {
    TransactionPage page = read(example("transactions.json"), TransactionPage.class);

    assertThat(page.getTotal()).isEqualTo(2);
    assertThat(page.getPerPage()).isEqualTo(50);
    assertThat(page.getTotalPages()).isEqualTo(1);
    Transaction debit = page.getTransactions().get(0);
    assertThat(debit.getId()).isEqualTo("700001");
    assertThat(debit.getBalanceId()).isEqualTo("88");
    assertThat(debit.getType()).isEqualTo(Transaction.TypeEnum.DEBIT);
    assertThat(debit.getAmount()).isEqualByComparingTo("0.95");
    assertThat(debit.getReference()).isEqualTo("cdr:" + CALL_UUID);
    assertThat(debit.getProcessedAt()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 16, 2, 0, ZoneOffset.UTC));
    Transaction transfer = page.getTransactions().get(1);
    assertThat(transfer.getType()).isEqualTo(Transaction.TypeEnum.UNRECOGNIZED);
    assertThat(transfer.getReference()).isNull();
    assertThat(transfer.getAmount()).isEqualByComparingTo("500");
    assertThat(page.getSummary().getNetAmount()).isEqualByComparingTo("499.05");
    assertThat(page.getSummary().getByReferenceType()).singleElement().satisfies(total -> {
      assertThat(total.getReferenceType()).isEqualTo("cdr");
      assertThat(total.getCount()).isEqualTo(1);
    });

    String written = write(page, TransactionPage.class);
    assertThat(written).contains("\"amount\":0.95", "\"type\":\"debit\"", "\"net_amount\":499.05", "\"total_pages\":1");
    assertThat(map(list(writeAsMap(page, TransactionPage.class).get("transactions")).get(1))).doesNotContainKey("type");
  }

  @Test
  void transactionReferenceTypesReadAsAPlainList() throws IOException {
    TransactionReferenceTypes types = read(example("transaction-reference-types.json"), TransactionReferenceTypes.class);

    assertThat(types.getReferenceTypes())
        .containsExactly("cdr", "did_purchase", "did_rental", "manual_adjustment", "ncc", "recording", "stream_cdr",
            "transcription");
  }

  @Test
  void channelPricingPreviewKeepsTheMonthlyCostStringAndTheFreeFormBreakdown() throws IOException {
    ChannelPricingPreview preview = read(example("channel-pricing-preview.json"), ChannelPricingPreview.class);

    assertThat(preview.getResourceType()).isEqualTo(ChannelPricingPreview.ResourceTypeEnum.CONCURRENT_CALLS);
    assertThat(preview.getQuantity()).isEqualTo(10);
    assertThat(preview.getMonthlyCost()).isEqualByComparingTo("2500").hasToString("2500.00000");
    assertThat(preview.getBreakdown()).singleElement().satisfies(item -> assertThat(item).containsEntry("unit_price", "250.00000"));
    assertThat(writeAsMap(preview, ChannelPricingPreview.class)).containsEntry("monthly_cost", "2500.00000");
  }

  @Test
  void channelSubscriptionRequestAndAnswerRoundTrip() throws IOException {
    String requestJson = example("channel-subscription-request.json");
    ChannelSubscriptionRequest request = read(requestJson, ChannelSubscriptionRequest.class);
    assertThat(request.getResourceType()).isEqualTo(ChannelSubscriptionRequest.ResourceTypeEnum.CPS);
    assertThat(writeAsMap(request, ChannelSubscriptionRequest.class)).isEqualTo(ANY.fromJson(requestJson));

    ChannelSubscription subscription = read(example("channel-subscription.json"), ChannelSubscription.class);
    assertThat(subscription.getAccountId()).isEqualTo("1029");
    assertThat(subscription.getMonthlyCost()).hasToString("1250.00000");
    assertThat(subscription.getLastBillingDate()).isNull();
    assertThat(subscription.getNextBillingDate().toInstant()).isEqualTo(Instant.parse("2026-10-29T04:31:10Z"));
    assertThat(subscription.getIsActive()).isTrue();
    assertThat(writeAsMap(subscription, ChannelSubscription.class))
        .containsEntry("monthly_cost", "1250.00000")
        .containsEntry("account_id", "1029")
        .doesNotContainKey("last_billing_date");
  }

  // ------------------------------------------------------------------ calls

  @Test
  void makeCallRequestWithTheFullOptionalSetWritesBackTheSameJson() throws IOException {
    String json = example("make-call-request.json");
    MakeCallRequest request = read(json, MakeCallRequest.class);

    assertThat(request.getFrom()).isEqualTo("919876543210");
    assertThat(request.getTo()).isEqualTo("+14155550100<sip:agent7@pbx.acme-clinics.example");
    assertThat(request.getAnswerMethod()).isEqualTo(MakeCallRequest.AnswerMethodEnum.POST);
    assertThat(request.getFallbackMethod()).isEqualTo(MakeCallRequest.FallbackMethodEnum.GET);
    assertThat(request.getMachineDetection()).isEqualTo(MakeCallRequest.MachineDetectionEnum.HANGUP);
    assertThat(request.getMachineDetectionTime()).isEqualTo(5000);
    assertThat(request.getTimeLimit()).isEqualTo(3600);
    assertThat(writeAsMap(request, MakeCallRequest.class)).isEqualTo(ANY.fromJson(json));
  }

  @Test
  void machineDetectionTrueIsSentAsTheString() throws IOException {
    MakeCallRequest request = new MakeCallRequest().from("919876543210").to("14155550100")
        .answerUrl("https://ivr.example/answer").answerMethod(MakeCallRequest.AnswerMethodEnum.GET)
        .machineDetection(MakeCallRequest.MachineDetectionEnum.TRUE);

    assertThat(write(request, MakeCallRequest.class)).contains("\"machine_detection\":\"true\"");
  }

  @Test
  void makeCallResponseCarriesTheRequestUuid() throws IOException {
    MakeCallResponse response = read(example("make-call-response.json"), MakeCallResponse.class);

    assertThat(response.getRequestUuid()).isEqualTo(CALL_UUID);
    assertThat(response.getMessage()).isEqualTo("Call fired");
  }

  @Test
  void liveCallListAndLiveCallRead() throws IOException {
    CallUuidList calls = read(example("live-calls.json"), CallUuidList.class);
    assertThat(calls.getCalls()).containsExactly(CALL_UUID, "5d6e7f80-1a2b-4c3d-9e8f-a0b1c2d3e4f5");

    LiveCall call = read(example("live-call.json"), LiveCall.class);
    assertThat(call.getCallUuid()).isEqualTo(CALL_UUID);
    assertThat(call.getCallStatus()).isEqualTo("in-progress");
    assertThat(call.getDirection()).isEqualTo(LiveCall.DirectionEnum.OUTBOUND);
    assertThat(call.getFrom()).isEqualTo("919876543210");
    assertThat(call.getCallerName()).isNull();
    assertThat(call.getSessionStart()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 15, 0, 250_000_000, IST));
    assertThat(call.getStirAttestation()).isEqualTo("A");
    assertThat(writeAsMap(call, LiveCall.class))
        .containsEntry("from", "919876543210")
        .containsEntry("direction", "outbound")
        .containsEntry("session_start", "2026-09-29T10:15:00.25+05:30")
        .doesNotContainKeys("caller_name", "stir_verification");
  }

  @Test
  void queuedCallWithAnUnknownDirectionStillReads() throws IOException {
    QueuedCall call = read(example("queued-call.json"), QueuedCall.class);

    assertThat(call.getCallStatus()).isEqualTo("queued");
    assertThat(call.getDirection()).isEqualTo(QueuedCall.DirectionEnum.UNRECOGNIZED);
    assertThat(call.getCallerName()).isEqualTo("Acme Clinics");
  }

  @Test
  void transferRequestRoundTripsAndTheAnswerNamesTheCall() throws IOException {
    String json = example("transfer-call-request.json");
    TransferCallRequest request = read(json, TransferCallRequest.class);
    assertThat(request.getLegs()).isEqualTo(TransferCallRequest.LegsEnum.BOTH);
    assertThat(request.getBlegMethod()).isEqualTo(TransferCallRequest.BlegMethodEnum.GET);
    assertThat(writeAsMap(request, TransferCallRequest.class)).isEqualTo(ANY.fromJson(json));

    TransferCallResponse response = read(example("transfer-call-response.json"), TransferCallResponse.class);
    assertThat(response.getCallUuid()).isEqualTo(CALL_UUID);
  }

  @Test
  void streamRequestAnswerAndPlivoStylePageRead() throws IOException {
    String json = example("start-stream-request.json");
    StartStreamRequest request = read(json, StartStreamRequest.class);
    assertThat(request.getAudioTrack()).isEqualTo(StartStreamRequest.AudioTrackEnum.INBOUND);
    assertThat(request.getAudioFormat()).isEqualTo(StartStreamRequest.AudioFormatEnum.MULAW);
    assertThat(writeAsMap(request, StartStreamRequest.class)).isEqualTo(ANY.fromJson(json));

    assertThat(read(example("stream-started.json"), StreamStarted.class).getStreamId()).isEqualTo("str_8c1d2e3f");

    StreamPage page = read(example("streams.json"), StreamPage.class);
    assertThat(page.getMeta().getTotalCount()).isEqualTo(1);
    assertThat(page.getMeta().getNext()).isNull();
    assertThat(page.getObjects()).singleElement().satisfies(stream -> {
      assertThat(stream.getStreamId()).isEqualTo("str_8c1d2e3f");
      assertThat(stream.getBidirectional()).isTrue();
    });
  }

  // ------------------------------------------------------------ conferences

  @Test
  void conferenceDetailReadsMembersAndCountsSentAsStrings() throws IOException {
    assertThat(read(example("conferences.json"), ConferenceNameList.class).getConferences())
        .containsExactly("Daily Standup", "sales-room");

    ConferenceDetail conference = read(example("conference.json"), ConferenceDetail.class);
    assertThat(conference.getError()).isNull();
    assertThat(conference.getConferenceName()).isEqualTo("Daily Standup");
    assertThat(conference.getConferenceMemberCount()).isEqualTo("2");
    assertThat(conference.getConferenceRunTime()).isEqualTo("590");
    assertThat(conference.getMembers()).hasSize(2);
    ConferenceMember muted = conference.getMembers().get(1);
    assertThat(muted.getMemberId()).isEqualTo("18");
    assertThat(muted.getMuted()).isTrue();
    assertThat(muted.getDeaf()).isFalse();
    assertThat(muted.getDirection()).isEqualTo(ConferenceMember.DirectionEnum.INBOUND);
    assertThat(write(conference, ConferenceDetail.class)).contains("\"conference_member_count\":\"2\"", "\"member_id\":\"17\"");
  }

  @Test
  void conferenceAnsweredWith200AndErrorFailedExposesTheError() throws IOException {
    ConferenceDetail conference = read(example("conference-failed.json"), ConferenceDetail.class);

    assertThat(conference.getError()).isEqualTo("failed");
    assertThat(conference.getApiId()).isEqualTo("a9");
    assertThat(conference.getConferenceName()).isNull();
  }

  // ------------------------------------------------------------- recordings

  @Test
  void recordingPageKeepsTheOffsetTimestampAndTheDurationString() throws IOException {
    RecordingPage page = read(example("recordings.json"), RecordingPage.class);

    assertThat(page.getMeta().getTotalCount()).isEqualTo(41);
    assertThat(page.getMeta().getNext()).isEqualTo("/api/v1/Account/MA_ABCDEF1234/Recording/?limit=20&offset=20");
    assertThat(page.getMeta().getPrevious()).isNull();
    Recording recording = page.getObjects().get(0);
    assertThat(recording.getRecordingId()).isEqualTo("c2186400-1c8c-11f1-9c1a-0242ac120002");
    assertThat(recording.getAddTime()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 1, 10, 123_450_000, IST));
    assertThat(recording.getAddTime().toInstant()).isEqualTo(Instant.parse("2026-09-29T04:31:10.12345Z"));
    assertThat(recording.getRecordingDurationMs()).isEqualTo("61000.00000");
    assertThat(recording.getRoundedRecordingDuration()).isEqualTo(61);
    assertThat(recording.getRecordingStorageRate()).isEqualByComparingTo("0.0004");
    assertThat(recording.getConferenceName()).isNull();

    Map<String, Object> written = map(list(writeAsMap(page, RecordingPage.class).get("objects")).get(0));
    assertThat(written)
        .containsEntry("recording_duration_ms", "61000.00000")
        .containsEntry("add_time", "2026-09-29T10:01:10.12345+05:30")
        .doesNotContainKey("conference_name");
  }

  @Test
  void recordingExportRequestWritesTheDoubleUnderscoreFilters() throws IOException {
    String json = example("recording-export-request.json");
    RecordingExportRequest request = read(json, RecordingExportRequest.class);

    assertThat(request.getRecipient().getCustomerAccount()).containsExactly("ops@acme-clinics.example");
    assertThat(request.getRecordingStorageDurationGte()).isEqualTo(30);
    assertThat(request.getRecordingFormat()).isEqualTo(RecordingExportRequest.RecordingFormatEnum.MP3);
    assertThat(writeAsMap(request, RecordingExportRequest.class)).isEqualTo(ANY.fromJson(json));
  }

  // ----------------------------------------------------------- applications

  @Test
  void applicationPageKeepsThe17DigitIdAndTheSpaceSeparatedTimestamps() throws IOException {
    ApplicationPage page = read(example("applications.json"), ApplicationPage.class);

    assertThat(page.getMeta().getLimit()).isEqualTo(20);
    Application application = page.getObjects().get(0);
    assertThat(application.getAppId()).isEqualTo("20372631212782780");
    assertThat(application.getAnswerMethod()).isEqualTo(Application.AnswerMethodEnum.POST);
    assertThat(application.getSipTransferMethod()).isEqualTo(Application.SipTransferMethodEnum.UNRECOGNIZED);
    assertThat(application.getFallbackAnswerUrl()).isNull();
    assertThat(application.getSubAccount()).isNull();
    assertThat(application.getDefaultNumberApp()).isTrue();
    assertThat(application.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 4, 2, 12, 11, 19, 740_666_000, ZoneOffset.UTC));

    Map<String, Object> written = map(list(writeAsMap(page, ApplicationPage.class).get("objects")).get(0));
    assertThat(written)
        .containsEntry("app_id", "20372631212782780")
        .containsEntry("sip_uri", "sip:20372631212782780@app.vobiz.ai")
        .containsEntry("created_at", "2026-04-02T12:11:19.740666Z")
        .doesNotContainKeys("sip_transfer_method", "fallback_answer_url");
  }

  @Test
  void applicationCreatedReadsANumericAppIdWithoutLosingDigits() throws IOException {
    ApplicationCreated created = read(example("application-created.json"), ApplicationCreated.class);

    assertThat(created.getAppId()).isEqualTo("20372631212782780");
  }

  @Test
  void createApplicationRequestRoundTrips() throws IOException {
    String json = example("create-application-request.json");
    CreateApplicationRequest request = read(json, CreateApplicationRequest.class);

    assertThat(request.getHangupMethod()).isEqualTo(CreateApplicationRequest.HangupMethodEnum.POST);
    assertThat(writeAsMap(request, CreateApplicationRequest.class)).isEqualTo(ANY.fromJson(json));
  }

  @Test
  void numberApplicationBindingKeepsTheLiteralPlusInTheBody() throws IOException {
    NumberApplicationBinding binding = read(example("number-application-binding.json"), NumberApplicationBinding.class);

    assertThat(binding.getNumber()).isEqualTo("+919876543210");
    assertThat(binding.getApplication().getAppId()).isEqualTo("20372631212782780");
  }

  // ---------------------------------------------------------------- numbers

  @Test
  void numberPageReadsTheItemsEnvelopeNumericFeesAndNulls() throws IOException {
    NumberPage page = read(example("numbers.json"), NumberPage.class);

    assertThat(page.getPage()).isEqualTo(1);
    assertThat(page.getPerPage()).isEqualTo(20);
    assertThat(page.getTotal()).isEqualTo(1);
    PhoneNumber number = page.getItems().get(0);
    assertThat(number.getE164()).isEqualTo("+919876543210");
    assertThat(number.getCapabilities().getVoice()).isTrue();
    assertThat(number.getMonthlyFee()).isEqualByComparingTo("499");
    assertThat(number.getSetupFee()).isEqualByComparingTo("0");
    assertThat(number.getApplicationId()).isNull();
    assertThat(number.getReleasedAt()).isNull();
    assertThat(number.getTags()).containsExactly("support");
    assertThat(number.getUpdatedAt()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 1, 10, 0, ZoneOffset.UTC));
    assertThat(number.getTrunkGroupId()).isEqualTo("d3b07384-d9a7-4f8e-9c1a-0242ac120002");

    Map<String, Object> written = map(list(writeAsMap(page, NumberPage.class).get("items")).get(0));
    assertThat(written)
        .containsEntry("monthly_fee", 499.0)
        .containsEntry("e164", "+919876543210")
        .doesNotContainKeys("application_id", "released_at");
  }

  @Test
  void inventoryPageAndPurchaseRequestRead() throws IOException {
    InventoryNumberPage page = read(example("inventory-numbers.json"), InventoryNumberPage.class);
    assertThat(page.getTotal()).isEqualTo(101);
    assertThat(page.getItems()).singleElement().satisfies(number -> {
      assertThat(number.getE164()).isEqualTo("+918041234567");
      assertThat(number.getSetupFee()).isEqualByComparingTo("100");
    });

    String json = example("purchase-number-request.json");
    PurchaseNumberRequest request = read(json, PurchaseNumberRequest.class);
    assertThat(writeAsMap(request, PurchaseNumberRequest.class)).isEqualTo(ANY.fromJson(json));
  }

  @Test
  void releaseAndCancellationReadTheirFeesAndStates() throws IOException {
    NumberRelease release = read(example("number-release.json"), NumberRelease.class);
    assertThat(release.getStatus()).isEqualTo("pending_release");
    assertThat(release.getReleaseFee()).isEqualByComparingTo("0");
    assertThat(release.getCooldownEndsAt().toInstant()).isEqualTo(Instant.parse("2026-09-30T04:31:10Z"));
    assertThat(release.getCancelUrl()).endsWith("/numbers/%2B919876543210/cancel-release");
    assertThat(release.getNote()).isNull();

    NumberReleaseCancellation cancellation = read(example("number-release-cancellation.json"), NumberReleaseCancellation.class);
    assertThat(cancellation.getRefundAmount()).isEqualByComparingTo("499");
    assertThat(cancellation.getRefundStatus()).isEqualTo(NumberReleaseCancellation.RefundStatusEnum.FAILED);
    assertThat(cancellation.getRefundError()).isEqualTo("wallet locked");
  }

  @Test
  void numberHealthReadsSummaryAndSnapshots() throws IOException {
    NumberHealth health = read(example("number-health.json"), NumberHealth.class);

    assertThat(health.getIsSpam()).isFalse();
    assertThat(health.getGranularity()).isEqualTo(NumberHealth.GranularityEnum.DAILY);
    assertThat(health.getSummary().getAnswerRate()).isEqualByComparingTo("84.69");
    assertThat(health.getSummary().getTotalMinutes()).isEqualByComparingTo("712.5");
    assertThat(health.getSnapshots()).singleElement().satisfies(snapshot -> {
      assertThat(snapshot.getTs().toInstant()).isEqualTo(Instant.parse("2026-09-29T00:00:00Z"));
      assertThat(snapshot.getTotalDuration()).isEqualTo(6120L);
      assertThat(snapshot.getFailedCalls()).isEqualTo(9);
    });
  }

  // ----------------------------------------------------------------- trunks

  @Test
  void trunkPageReadsTheTrunkStyleMetaWithTotal() throws IOException {
    TrunkPage page = read(example("trunks.json"), TrunkPage.class);

    assertThat(page.getMeta().getTotal()).isEqualTo(1);
    assertThat(page.getMeta().getOffset()).isZero();
    Trunk trunk = page.getObjects().get(0);
    assertThat(trunk.getTrunkDirection()).isEqualTo(Trunk.TrunkDirectionEnum.INBOUND);
    assertThat(trunk.getTrunkStatus()).isEqualTo(Trunk.TrunkStatusEnum.ENABLED);
    assertThat(trunk.getTransport()).isEqualTo(Trunk.TransportEnum.UDP);
    assertThat(trunk.getConcurrentCallsLimit()).isEqualTo(20);
    assertThat(trunk.getIpaclUuid()).isNull();
    assertThat(trunk.getWebhookMethod()).isEqualTo(Trunk.WebhookMethodEnum.POST);
  }

  @Test
  void trunkInTheOlderFieldNamesStillReads() throws IOException {
    Trunk trunk = read(example("trunk-legacy.json"), Trunk.class);

    assertThat(trunk.getTrunkType()).isEqualTo("OUTBOUND");
    assertThat(trunk.getMaxConcurrentCalls()).isEqualTo(10);
    assertThat(trunk.getSipDomain()).isEqualTo("legacy.sip.vobiz.ai");
    assertThat(trunk.getEnabled()).isFalse();
    assertThat(trunk.getTrunkDirection()).isNull();
  }

  @Test
  void createTrunkRequestRoundTripsWithoutDeprecatedMembers() throws IOException {
    String json = example("create-trunk-request.json");
    CreateTrunkRequest request = read(json, CreateTrunkRequest.class);

    assertThat(request.getCpsLimit()).isEqualTo(5);
    assertThat(request.getIpWhitelist()).isNull();
    Map<String, Object> written = writeAsMap(request, CreateTrunkRequest.class);
    assertThat(written).isEqualTo(ANY.fromJson(json));
    assertThat(written).doesNotContainKeys("ip_whitelist", "username", "password");
  }

  @Test
  void sipCredentialPasswordsAreMaskedInToString() throws IOException {
    String json = example("create-sip-credential-request.json");
    CreateSipCredentialRequest request = read(json, CreateSipCredentialRequest.class);
    assertThat(request.getPassword()).isEqualTo("S1p!Secret#2026");
    assertThat(writeAsMap(request, CreateSipCredentialRequest.class)).isEqualTo(ANY.fromJson(json));
    assertThat(request.toString()).contains("password=***").doesNotContain("S1p!Secret#2026");

    SipCredential credential = read(example("sip-credential.json"), SipCredential.class);
    assertThat(credential.getPassword()).isEqualTo("<redacted>");
    assertThat(credential.getRealm()).isEqualTo("sip.vobiz.ai");
    assertThat(credential.toString()).contains("password=***").doesNotContain("<redacted>");
  }

  @Test
  void ipAclPageAndOriginationUriRead() throws IOException {
    IpAclPage acls = read(example("ip-acls.json"), IpAclPage.class);
    assertThat(acls.getObjects()).singleElement().satisfies(acl -> {
      assertThat(acl.getIpAddress()).isEqualTo("198.51.100.0/24");
      assertThat(acl.getDescription()).isEqualTo("Office");
    });

    String json = example("create-origination-uri-request.json");
    CreateOriginationUriRequest request = read(json, CreateOriginationUriRequest.class);
    assertThat(writeAsMap(request, CreateOriginationUriRequest.class)).isEqualTo(ANY.fromJson(json));

    OriginationUri uri = read(example("origination-uri.json"), OriginationUri.class);
    assertThat(uri.getUri()).isEqualTo(request.getSipUri());
    assertThat(uri.getPriority()).isEqualTo(1);
    assertThat(uri.getWeight()).isEqualTo(10);
  }

  // -------------------------------------------------------------- endpoints

  @Test
  void endpointPageKeepsTheRegisteredFlagAsAString() throws IOException {
    EndpointPage page = read(example("endpoints.json"), EndpointPage.class);

    assertThat(page.getObjects()).singleElement().satisfies(endpoint -> {
      assertThat(endpoint.getEndpointId()).isEqualTo("81726354");
      assertThat(endpoint.getSipRegistered()).isEqualTo("false");
    });
    assertThat(write(page, EndpointPage.class)).contains("\"sip_registered\":\"false\"");
  }

  @Test
  void createEndpointRequestRoundTripsAndMasksThePassword() throws IOException {
    String json = example("create-endpoint-request.json");
    CreateEndpointRequest request = read(json, CreateEndpointRequest.class);

    assertThat(writeAsMap(request, CreateEndpointRequest.class)).isEqualTo(ANY.fromJson(json));
    assertThat(request.toString()).contains("password=***").doesNotContain("D3sk!Phone");
  }

  // ------------------------------------------------------------------- cdrs

  @Test
  void cdrPageReadsLongIdsBothTimestampFormsAndTheMixedCaseSummary() throws IOException {
    CdrPage page = read(example("cdrs.json"), CdrPage.class);

    assertThat(page.getSuccess()).isTrue();
    assertThat(page.getAccountId()).isEqualTo("1029");
    assertThat(page.getPagination().getHasNext()).isFalse();
    assertThat(page.getPagination().getPages()).isEqualTo(1);
    Cdr answered = page.getData().get(0);
    assertThat(answered.getId()).isEqualTo("90071992547409931");
    assertThat(answered.getAccountId()).isEqualTo("1029");
    assertThat(answered.getCallDirection()).isEqualTo(Cdr.CallDirectionEnum.OUTBOUND);
    assertThat(answered.getStartTime()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 4, 45, 0, 0, ZoneOffset.UTC));
    assertThat(answered.getTotalCost()).isEqualByComparingTo("0.95");
    assertThat(answered.getMos()).isEqualByComparingTo("4.3");
    assertThat(answered.getHangupCauseCode()).isEqualTo(16);
    assertThat(answered.getRingTime()).isEqualTo(4);
    Cdr missed = page.getData().get(1);
    assertThat(missed.getId()).isEqualTo("90071992547409932");
    assertThat(missed.getStartTime()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 20, 0, 0, ZoneOffset.UTC));
    assertThat(missed.getAnswerTime()).isNull();
    assertThat(missed.getFailureCode()).isEqualTo("480");
    assertThat(page.getSummary().getTotalCalls()).isEqualTo(2);
    assertThat(page.getSummary().getAvgCallDuration()).isEqualTo("28s");
    assertThat(page.getSummary().getTotalBillableSeconds()).isEqualTo(58L);

    Map<String, Object> written = writeAsMap(page, CdrPage.class);
    assertThat(map(written.get("summary"))).containsKeys("totalCalls", "answeredCalls", "avgCallDuration", "total_cost");
    assertThat(map(list(written.get("data")).get(0)))
        .containsEntry("id", "90071992547409931")
        .containsEntry("total_cost", 0.95)
        .containsEntry("start_time", "2026-09-29T04:45:00Z");
    assertThat(map(list(written.get("data")).get(1))).doesNotContainKey("answer_time");
  }

  @Test
  void emptyCdrSearchKeepsTheZeroedSummaryAndEmptyStringFilters() throws IOException {
    CdrSearchPage page = read(example("cdr-search.json"), CdrSearchPage.class);

    assertThat(page.getData()).isEmpty();
    assertThat(page.getCount()).isZero();
    assertThat(page.getSummary().getLastCallAt()).isNull();
    assertThat(page.getSummary().getTotalCost()).isEqualByComparingTo("0");
    assertThat(page.getFilters().getCallDirection()).isEqualTo("inbound");
    assertThat(page.getFilters().getFromNumber()).isEmpty();
    assertThat(writeAsMap(page, CdrSearchPage.class).get("filters")).isEqualTo(Map.of(
        "call_direction", "inbound", "from_number", "", "hangup_cause", "", "to_number", ""));
  }

  @Test
  void cdrDetailAndRecentListRead() throws IOException {
    CdrDetail detail = read(example("cdr-detail.json"), CdrDetail.class);
    assertThat(detail.getData().getUuid()).isEqualTo(CALL_UUID);
    assertThat(detail.getData().getStartTime()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 15, 0, 0, ZoneOffset.UTC));

    RecentCdrList recent = read(example("recent-cdrs.json"), RecentCdrList.class);
    assertThat(recent.getCount()).isEqualTo(1);
    assertThat(recent.getData()).singleElement().satisfies(cdr -> assertThat(cdr.getDuration()).isEqualTo(62));
  }

  // ----------------------------------------------------------- sub-accounts

  @Test
  void createSubAccountRequestRoundTripsAndMasksThePassword() throws IOException {
    String json = example("create-sub-account-request.json");
    CreateSubAccountRequest request = read(json, CreateSubAccountRequest.class);

    assertThat(request.getKycMode()).isEqualTo(CreateSubAccountRequest.KycModeEnum.CUSTOMER_USE);
    assertThat(request.getBusinessType()).isEqualTo(CreateSubAccountRequest.BusinessTypeEnum.PRIVATE_LIMITED);
    assertThat(request.getPermissions().getCdr()).isFalse();
    assertThat(writeAsMap(request, CreateSubAccountRequest.class)).isEqualTo(ANY.fromJson(json));
    assertThat(request.toString()).contains("password=***").doesNotContain("Pun3!Branch");
  }

  @Test
  void subAccountCreationAnswerKeepsTheOneTimeTokensAndMasksThem() throws IOException {
    SubAccountCreated created = read(example("sub-account-created.json"), SubAccountCreated.class);

    SubAccount subAccount = created.getSubAccount();
    assertThat(subAccount.getId()).isEqualTo("314");
    assertThat(subAccount.getParentAccountId()).isEqualTo("1029");
    assertThat(subAccount.getAuthToken()).isEqualTo("c2FfdG9rZW5fb25seV9vbmNl");
    assertThat(subAccount.getKycCallsBlocked()).isTrue();
    assertThat(subAccount.getCreated()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 1, 10, 123_450_000, IST));
    assertThat(subAccount.getCreatedAt().toInstant()).isEqualTo(subAccount.getCreated().toInstant());
    assertThat(created.getAuthCredentials().getAuthToken()).isEqualTo("c2FfdG9rZW5fb25seV9vbmNl");
    assertThat(created.getTokens().getExpiresIn()).isEqualTo(1800);
    assertThat(created.getTokens().getTokenType()).isEqualTo("bearer");

    assertThat(created.toString())
        .doesNotContain("c2FfdG9rZW5fb25seV9vbmNl", "eyJhbGciOiJIUzI1NiJ9", "rt_9f8e7d6c5b4a")
        .contains("auth_token=***", "access_token=***", "refresh_token=***");
    Map<String, Object> written = writeAsMap(created, SubAccountCreated.class);
    assertThat(map(written.get("auth_credentials"))).containsEntry("auth_token", "c2FfdG9rZW5fb25seV9vbmNl");
    assertThat(map(written.get("sub_account"))).containsEntry("parent_auth_id", "MA_ABCDEF1234").containsEntry("id", "314");
  }

  @Test
  void subAccountPageReadsThePageSizeEnvelopeAndAnUnknownKycMode() throws IOException {
    SubAccountPage page = read(example("sub-accounts.json"), SubAccountPage.class);

    assertThat(page.getTotal()).isEqualTo(21);
    assertThat(page.getPage()).isEqualTo(2);
    assertThat(page.getSize()).isEqualTo(20);
    assertThat(page.getSubAccounts()).singleElement().satisfies(subAccount -> {
      assertThat(subAccount.getAuthId()).isEqualTo("SA_PUNE000001");
      assertThat(subAccount.getKycMode()).isEqualTo(SubAccount.KycModeEnum.UNRECOGNIZED);
    });
  }

  // -------------------------------------------------------------------- kyc

  @Test
  void kycStatusAndVerificationResultRead() throws IOException {
    KycStatus status = read(example("kyc-status.json"), KycStatus.class);
    assertThat(status.getOverallStatus()).isEqualTo(KycStatus.OverallStatusEnum.PENDING);
    assertThat(status.getKycCallsBlocked()).isTrue();
    assertThat(status.getVerifications().getPan()).isEqualTo("verified");
    assertThat(status.getVerifications().getCin()).isNull();

    KycVerificationResult result = read(example("kyc-verification-result.json"), KycVerificationResult.class);
    assertThat(result.getStatus()).isEqualTo(KycVerificationResult.StatusEnum.VERIFIED);
    assertThat(result.getMock()).isTrue();
  }

  @Test
  void kycSessionRequestRoundTripsItsMetadataAndOmitsUnsetReminders() throws IOException {
    String json = example("create-kyc-session-request.json");
    CreateKycSessionRequest request = read(json, CreateKycSessionRequest.class);

    assertThat(request.getFlowType()).isEqualTo(CreateKycSessionRequest.FlowTypeEnum.REDIRECT);
    assertThat(request.getMetadata()).containsEntry("branch", "pune");
    assertThat(request.getReminderSchedule()).isNull();
    Map<String, Object> written = writeAsMap(request, CreateKycSessionRequest.class);
    assertThat(written).isEqualTo(ANY.fromJson(json)).doesNotContainKey("reminder_schedule");
  }

  @Test
  void kycSessionMasksTheTokenBearingLinks() throws IOException {
    KycSession session = read(example("kyc-session.json"), KycSession.class);

    assertThat(session.getStatus()).isEqualTo(KycSession.StatusEnum.LINK_READY);
    assertThat(session.getKycType()).isNull();
    assertThat(session.getWidgetUrl()).contains("/kst_");
    assertThat(session.getExpiresAt().toInstant()).isEqualTo(Instant.parse("2026-10-29T04:31:10Z"));
    assertThat(session.toString()).doesNotContain("kst_").contains("widget_url=***");
  }

  // ----------------------------------------------------------------- errors

  @Test
  void documentedErrorEnvelopeReadsWithAnObjectError() throws IOException {
    VobizError error = read(example("error-envelope.json"), VobizError.class);

    assertThat(error.getStatus()).isEqualTo("error");
    assertThat(map(error.getError())).containsEntry("code", "INSUFFICIENT_BALANCE").containsKey("details");
    assertThat(error.getRequestId()).isEqualTo("req_7d1e");
    assertThat(error.getTimestamp().toInstant()).isEqualTo(Instant.parse("2026-09-29T04:31:10.123Z"));
  }

  @Test
  void plivoStyleAndStatusMessageErrorsRead() throws IOException {
    VobizError api = read(example("error-api.json"), VobizError.class);
    assertThat(api.getApiId()).isEqualTo("c1");
    assertThat(api.getError()).isEqualTo("invalid answer_url");
    assertThat(api.getMessage()).startsWith("answer_url must be");

    VobizError statusMessage = read(example("error-status-message.json"), VobizError.class);
    assertThat(statusMessage.getStatus()).isEqualTo("forbidden");
    assertThat(statusMessage.getError()).isNull();

    VobizError notFound = read(example("error-not-found.json"), VobizError.class);
    assertThat(notFound.getError()).isEqualTo("not found");
    assertThat(notFound.getApiId()).isEqualTo("c2");
  }

  @Test
  void coolOffAndInsufficientBalanceErrorsKeepTheirDetails() throws IOException {
    VobizError coolOff = read(example("error-cool-off.json"), VobizError.class);
    assertThat(coolOff.getError()).isEqualTo("did_cool_off_in_effect");
    assertThat(coolOff.getCoolOffUntil()).isEqualTo(OffsetDateTime.of(2026, 10, 14, 4, 31, 10, 0, ZoneOffset.UTC));
    assertThat(coolOff.getCoolOffRemainingSeconds()).isEqualTo(1_209_600L);

    VobizError balance = read(example("error-insufficient-balance.json"), VobizError.class);
    assertThat(balance.getCurrentBalance()).isEqualByComparingTo("120.5");
    assertThat(balance.getRequestedAmount()).isEqualByComparingTo("500");
  }

  // ---------------------------------------------------------------- helpers

  private static String example(String name) throws IOException {
    return ExamplePayloads.load("/examples/vobiz/voice/" + name);
  }
}
