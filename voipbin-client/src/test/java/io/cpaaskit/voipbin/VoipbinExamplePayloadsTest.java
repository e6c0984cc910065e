package io.cpaaskit.voipbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.voipbin.model.Accesskey;
import io.cpaaskit.voipbin.model.AccesskeyList;
import io.cpaaskit.voipbin.model.Activeflow;
import io.cpaaskit.voipbin.model.Address;
import io.cpaaskit.voipbin.model.Agent;
import io.cpaaskit.voipbin.model.AgentRingMethod;
import io.cpaaskit.voipbin.model.AgentStatus;
import io.cpaaskit.voipbin.model.Ai;
import io.cpaaskit.voipbin.model.AiEngineModel;
import io.cpaaskit.voipbin.model.AiToolName;
import io.cpaaskit.voipbin.model.Aicall;
import io.cpaaskit.voipbin.model.AicallAssistanceType;
import io.cpaaskit.voipbin.model.AicallReferenceType;
import io.cpaaskit.voipbin.model.AvailableNumber;
import io.cpaaskit.voipbin.model.AvailableNumberList;
import io.cpaaskit.voipbin.model.Billing;
import io.cpaaskit.voipbin.model.BillingAccount;
import io.cpaaskit.voipbin.model.BootRequest;
import io.cpaaskit.voipbin.model.BootResponse;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.CallList;
import io.cpaaskit.voipbin.model.Campaign;
import io.cpaaskit.voipbin.model.CampaignEndHandle;
import io.cpaaskit.voipbin.model.Conference;
import io.cpaaskit.voipbin.model.CreateActiveflowRequest;
import io.cpaaskit.voipbin.model.CreateAgentRequest;
import io.cpaaskit.voipbin.model.CreateAiRequest;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.CreateCallResult;
import io.cpaaskit.voipbin.model.CreateGroupcallRequest;
import io.cpaaskit.voipbin.model.Customer;
import io.cpaaskit.voipbin.model.EmailVerifyRequest;
import io.cpaaskit.voipbin.model.EmailVerifyResult;
import io.cpaaskit.voipbin.model.ErrorDetail;
import io.cpaaskit.voipbin.model.ErrorResponse;
import io.cpaaskit.voipbin.model.Flow;
import io.cpaaskit.voipbin.model.FlowAction;
import io.cpaaskit.voipbin.model.Groupcall;
import io.cpaaskit.voipbin.model.GroupcallAnswerMethod;
import io.cpaaskit.voipbin.model.GroupcallRingMethod;
import io.cpaaskit.voipbin.model.LoginRequest;
import io.cpaaskit.voipbin.model.LoginResponse;
import io.cpaaskit.voipbin.model.Message;
import io.cpaaskit.voipbin.model.MessageTarget;
import io.cpaaskit.voipbin.model.MuteDirection;
import io.cpaaskit.voipbin.model.NumberType;
import io.cpaaskit.voipbin.model.OutboundConfig;
import io.cpaaskit.voipbin.model.PasswordForgotRequest;
import io.cpaaskit.voipbin.model.PasswordResetRequest;
import io.cpaaskit.voipbin.model.PhoneNumber;
import io.cpaaskit.voipbin.model.Recording;
import io.cpaaskit.voipbin.model.SignupRequest;
import io.cpaaskit.voipbin.model.SignupResult;
import io.cpaaskit.voipbin.model.UpdateOutboundConfigRequest;
import io.cpaaskit.voipbin.model.WebhookMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example payloads for {@code specs/voipbin.yaml} (one file each under {@code examples/voipbin/}) against the
 * generated models, read and written with {@link LenientJson#moshi()}.
 *
 * <p>{@code voipbin-api.md} gives field lists, not whole payloads; the files are therefore assembled from the
 * per-field {@code example} values of VoIPBIN's own bundle ({@code voipbin-upstream-openapi.json}), each value
 * copied verbatim. Forms the examples do not show (other timestamp layouts, nulls, unknown values, secrets) are
 * written inline below, next to the assertion they feed.
 */
class VoipbinExamplePayloadsTest {
  private static final String DIR = "/examples/voipbin/";
  private static final JsonAdapter<Object> TREE = LenientJson.moshi().adapter(Object.class);
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
  private static final OffsetDateTime EXAMPLE_TIME = OffsetDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneOffset.UTC);

  /** Every example file with the model it belongs to. */
  static Stream<Arguments> examples() {
    return Stream.of(
        // responses
        Arguments.of("accesskey.json", Accesskey.class),
        Arguments.of("accesskey-list.json", AccesskeyList.class),
        Arguments.of("customer.json", Customer.class),
        Arguments.of("billing-account.json", BillingAccount.class),
        Arguments.of("billing.json", Billing.class),
        Arguments.of("agent.json", Agent.class),
        Arguments.of("call.json", CallLeg.class),
        Arguments.of("call-list.json", CallList.class),
        Arguments.of("create-call-result.json", CreateCallResult.class),
        Arguments.of("groupcall.json", Groupcall.class),
        Arguments.of("flow.json", Flow.class),
        Arguments.of("activeflow.json", Activeflow.class),
        Arguments.of("number.json", PhoneNumber.class),
        Arguments.of("available-number-list.json", AvailableNumberList.class),
        Arguments.of("message.json", Message.class),
        Arguments.of("recording.json", Recording.class),
        Arguments.of("ai.json", Ai.class),
        Arguments.of("aicall.json", Aicall.class),
        Arguments.of("conference.json", Conference.class),
        Arguments.of("campaign.json", Campaign.class),
        Arguments.of("outbound-config.json", OutboundConfig.class),
        Arguments.of("boot-response.json", BootResponse.class),
        Arguments.of("signup-result.json", SignupResult.class),
        Arguments.of("email-verify-result.json", EmailVerifyResult.class),
        Arguments.of("error-response.json", ErrorResponse.class),
        // request bodies
        Arguments.of("signup-request.json", SignupRequest.class),
        Arguments.of("boot-request.json", BootRequest.class),
        Arguments.of("email-verify-request.json", EmailVerifyRequest.class),
        Arguments.of("password-forgot-request.json", PasswordForgotRequest.class),
        Arguments.of("password-reset-request.json", PasswordResetRequest.class),
        Arguments.of("create-call-request.json", CreateCallRequest.class),
        Arguments.of("create-groupcall-request.json", CreateGroupcallRequest.class),
        Arguments.of("create-activeflow-request.json", CreateActiveflowRequest.class),
        Arguments.of("create-agent-request.json", CreateAgentRequest.class),
        Arguments.of("create-ai-request.json", CreateAiRequest.class),
        Arguments.of("update-outbound-config-request.json", UpdateOutboundConfigRequest.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleParsesAndWritesBackUnderTheVendorsWireNames(String file, Class<?> model) throws IOException {
    String json = read(file);

    Object parsed = parse(model, json);
    String written = write(model, parsed);

    assertThat(parsed).as("%s parsed into %s", file, model.getSimpleName()).isNotNull();
    assertSameWire(file, TREE.fromJson(json), TREE.fromJson(written));
  }

  @Test
  void callKeepsIdsAddressesEnumsAndTheCurrentAction() throws IOException {
    CallLeg call = parse(CallLeg.class, read("call.json"));

    assertThat(call.getId()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
    assertThat(call.getType()).isEqualTo(CallLeg.TypeEnum.FLOW);
    assertThat(call.getStatus()).isEqualTo(CallLeg.StatusEnum.PROGRESSING);
    assertThat(call.getDirection()).isEqualTo(CallLeg.DirectionEnum.OUTGOING);
    assertThat(call.getMuteDirection()).isEqualTo(MuteDirection.BOTH);
    assertThat(call.getHangupBy()).isEqualTo(CallLeg.HangupByEnum.REMOTE);
    assertThat(call.getHangupReason()).isEqualTo(CallLeg.HangupReasonEnum.NORMAL);
    assertThat(call.getSource().getType()).isEqualTo(Address.TypeEnum.TEL);
    assertThat(call.getSource().getTarget()).isEqualTo("+14155551234");
    assertThat(call.getDestination().getTargetName()).isEqualTo("John Smith");
    assertThat(call.getAction().getType()).isEqualTo(FlowAction.TypeEnum.TALK);
    assertThat(call.getChainedCallIds()).containsExactly("550e8400-e29b-41d4-a716-446655440000");
    assertThat(call.getMetadata()).containsExactly(entry("rtp_debug", true));
    assertThat(call.getTmCreate()).isEqualTo(EXAMPLE_TIME);
  }

  @Test
  void createCallResultCarriesBothCallsAndGroupcalls() throws IOException {
    CreateCallResult result = parse(CreateCallResult.class, read("create-call-result.json"));

    assertThat(result.getCalls()).extracting(CallLeg::getId).containsExactly("550e8400-e29b-41d4-a716-446655440000");
    assertThat(result.getGroupcalls()).singleElement().satisfies(groupcall -> {
      assertThat(groupcall.getRingMethod()).isEqualTo(GroupcallRingMethod.RING_ALL);
      assertThat(groupcall.getAnswerMethod()).isEqualTo(GroupcallAnswerMethod.HANGUP_OTHERS);
      assertThat(groupcall.getCallCount()).isEqualTo(2);
      assertThat(groupcall.getDialIndex()).isZero();
    });
  }

  @Test
  void billingAccountBalancesAreExactAndPaymentMethodKeepsItsSpace() throws IOException {
    BillingAccount account = parse(BillingAccount.class, read("billing-account.json"));

    assertThat(account.getBalanceCredit()).isEqualByComparingTo(new BigDecimal("1500000"));
    assertThat(account.getBalanceToken()).isEqualTo(500L);
    assertThat(account.getPlanType()).isEqualTo(BillingAccount.PlanTypeEnum.BASIC);
    assertThat(account.getPaymentType()).isEqualTo(BillingAccount.PaymentTypeEnum.PREPAID);
    assertThat(account.getPaymentMethod()).isEqualTo(BillingAccount.PaymentMethodEnum.CREDIT_CARD);
    assertThat(write(BillingAccount.class, account)).contains("\"payment_method\":\"credit card\"");
  }

  @Test
  void moneyAndTokenCountsBeyondDoublePrecisionKeepEveryDigit() throws IOException {
    BillingAccount account =
        parse(BillingAccount.class, "{\"balance_credit\":9007199254740993,\"balance_token\":9007199254740993}");

    assertThat(account.getBalanceCredit()).isEqualByComparingTo(new BigDecimal("9007199254740993"));
    assertThat(account.getBalanceToken()).isEqualTo(9007199254740993L);
    assertThat(write(BillingAccount.class, account))
        .isEqualTo("{\"balance_credit\":9007199254740993,\"balance_token\":9007199254740993}");
  }

  @Test
  void billingLedgerAmountsKeepTheirSign() throws IOException {
    Billing billing = parse(Billing.class, read("billing.json"));

    assertThat(billing.getAmountCredit()).isEqualByComparingTo(new BigDecimal("-150000"));
    assertThat(billing.getAmountToken()).isEqualTo(-30L);
    assertThat(billing.getRateCreditPerUnit()).isEqualByComparingTo(new BigDecimal("50000"));
    assertThat(billing.getBalanceCreditSnapshot()).isEqualByComparingTo(new BigDecimal("1350000"));
    assertThat(billing.getCostType()).isEqualTo(Billing.CostTypeEnum.CALL_PSTN_OUTGOING);
    assertThat(billing.getTransactionType()).isEqualTo(Billing.TransactionTypeEnum.USAGE);
    assertThat(billing.getUsageDuration()).isEqualTo(125);
  }

  @Test
  void aiVoiceActivitySettingsAreExactDecimals() throws IOException {
    Ai ai = parse(Ai.class, read("ai.json"));

    assertThat(ai.getVadConfig().getConfidence()).isEqualByComparingTo(new BigDecimal("0.7"));
    assertThat(ai.getVadConfig().getStartSecs()).isEqualByComparingTo(new BigDecimal("0.2"));
    assertThat(ai.getVadConfig().getStopSecs()).isEqualByComparingTo(new BigDecimal("0.5"));
    assertThat(ai.getEngineModel()).isEqualTo(AiEngineModel.GEMINI_GEMINI_PRO_LATEST);
    assertThat(ai.getToolNames()).containsExactly(AiToolName.ALL);
    assertThat(ai.getCurrentPromptHistoryId()).isEqualTo("00000000-0000-0000-0000-000000000000");
  }

  @Test
  void agentPermissionIsABitmaskNumberAndRingMethodAnEnum() throws IOException {
    Agent agent = parse(Agent.class, read("agent.json"));

    assertThat(agent.getPermission()).isEqualTo(64);
    assertThat(agent.getRingMethod()).isEqualTo(AgentRingMethod.RINGALL);
    assertThat(agent.getStatus()).isEqualTo(AgentStatus.AVAILABLE);
    assertThat(agent.getTmUpdate()).isEqualTo(OffsetDateTime.of(2026, 1, 16, 14, 20, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void messageTargetsCarryTheirDeliveryState() throws IOException {
    Message message = parse(Message.class, read("message.json"));

    assertThat(message.getTargets()).singleElement().satisfies(target -> {
      assertThat(target.getStatus()).isEqualTo(MessageTarget.StatusEnum.DELIVERED);
      assertThat(target.getParts()).isEqualTo(1);
      assertThat(target.getDestination().getTarget()).isEqualTo("+14155551234");
    });
    assertThat(message.getDirection()).isEqualTo(Message.DirectionEnum.OUTBOUND);
  }

  @Test
  void availableNumbersListFeaturesAndHasNoPageToken() throws IOException {
    AvailableNumberList list = parse(AvailableNumberList.class, read("available-number-list.json"));

    AvailableNumber number = list.getResult().get(0);
    assertThat(number.getNumber()).isEqualTo("+14155551234");
    assertThat(number.getFeatures()).containsExactly(AvailableNumber.FeaturesEnum.VOICE);
  }

  @Test
  void bootTokenIsMaskedAndItsExpiryIsAnInstant() throws IOException {
    BootResponse boot = parse(BootResponse.class, read("boot-response.json"));

    assertThat(boot.getType()).isEqualTo(BootResponse.TypeEnum.DIRECT);
    assertThat(boot.getExpire().toInstant()).isEqualTo(Instant.parse("2026-04-07T12:00:00Z"));
    assertThat(boot.getToken()).startsWith("eyJhbGciOiJIUzI1NiIs");
    assertThat(boot.toString()).contains("token=***").doesNotContain("eyJhbGciOiJIUzI1NiIs");
  }

  @Test
  void signupResultHoldsTheNewCustomerAndTheOnlyCopyOfItsAccessKey() throws IOException {
    SignupResult result = parse(SignupResult.class, read("signup-result.json"));

    assertThat(result.getCustomer().getStatus()).isEqualTo(Customer.StatusEnum.ACTIVE);
    assertThat(result.getAccesskey().getToken()).isEqualTo("vb_a3Bf9xKmPq2nR7sT4wYzLp8mN5qR1xWe");
    assertThat(result.toString()).doesNotContain("vb_a3Bf9xKmPq2nR7sT4wYzLp8mN5qR1xWe");
  }

  @Test
  void refusedSignupIsAnEmptyObjectWithNeitherMember() throws IOException {
    SignupResult result = parse(SignupResult.class, "{}");

    assertThat(result.getCustomer()).isNull();
    assertThat(result.getAccesskey()).isNull();
  }

  @Test
  void errorEnvelopeReadsReasonAndRequestId() throws IOException {
    ErrorResponse error = parse(ErrorResponse.class, read("error-response.json"));

    assertThat(error.getError().getReason()).isEqualTo("CALL_NOT_FOUND");
    assertThat(error.getError().getRequestId()).isEqualTo("req_ABCDEF0123456789");
  }

  @Test
  void rateLimitErrorDetailsArePassedThroughAsMaps() throws IOException {
    ErrorResponse error =
        parse(
            ErrorResponse.class,
            """
            {"error":{"status":"RESOURCE_EXHAUSTED","reason":"RATE_LIMIT_EXCEEDED","message":"too many requests",
              "request_id":"req_0123456789abcdef","details":[{"limited_by":"customer"}]}}
            """);

    assertThat(error.getError().getStatus()).isEqualTo(ErrorDetail.StatusEnum.RESOURCE_EXHAUSTED);
    assertThat(error.getError().getDetails()).singleElement().isEqualTo(Map.of("limited_by", "customer"));
  }

  @Test
  void everyTimestampLayoutTheServerSendsReadsAsTheSameInstantInUtc() throws IOException {
    Recording recording =
        parse(
            Recording.class,
            """
            {"id":"e5f6a7b8-c9d0-1234-5678-90abcdef0123",
             "tm_start":"2026-01-15T09:30:00.000000Z",
             "tm_end":"2026-01-15T09:30:00.12Z",
             "tm_create":"2026-01-15T09:30:00Z",
             "tm_update":"2026-01-15 09:30:00.000000",
             "tm_delete":null}
            """);

    // fixed microseconds (the documented layout)
    assertThat(recording.getTmStart()).isEqualTo(EXAMPLE_TIME);
    // Go's RFC 3339 with a trimmed, variable-length fraction
    assertThat(recording.getTmEnd().toInstant()).isEqualTo(Instant.parse("2026-01-15T09:30:00.120Z"));
    // no fraction at all
    assertThat(recording.getTmCreate()).isEqualTo(EXAMPLE_TIME);
    // older space-separated form without an offset: read as UTC
    assertThat(recording.getTmUpdate().toInstant()).isEqualTo(EXAMPLE_TIME.toInstant());
    assertThat(recording.getTmUpdate().getOffset()).isEqualTo(ZoneOffset.UTC);
    // unset
    assertThat(recording.getTmDelete()).isNull();
  }

  @Test
  void nullMembersReadAsNullAndAreLeftOutWhenWritten() throws IOException {
    Groupcall groupcall =
        parse(
            Groupcall.class,
            "{\"id\":\"g1\",\"master_call_id\":null,\"source\":null,\"dial_index\":null,\"tm_delete\":null}");

    assertThat(groupcall.getMasterCallId()).isNull();
    assertThat(groupcall.getSource()).isNull();
    assertThat(groupcall.getDialIndex()).isNull();
    assertThat(groupcall.getTmDelete()).isNull();
    assertThat(write(Groupcall.class, groupcall))
        .contains("\"id\":\"g1\"")
        .doesNotContain("master_call_id", "source", "dial_index", "tm_delete");
  }

  @Test
  void unknownEnumValuesMapToUnrecognizedInsteadOfFailing() throws IOException {
    CallLeg call =
        parse(
            CallLeg.class,
            """
            {"status":"parked","direction":"sideways","mute_direction":"left",
             "action":{"type":"hologram_start"},"source":{"type":"carrier_pigeon","target":"x"}}
            """);
    Ai ai = parse(Ai.class, "{\"engine_model\":\"openai.gpt-9\",\"tool_names\":[\"all\",\"teleport\"]}");

    assertThat(call.getStatus()).isEqualTo(CallLeg.StatusEnum.UNRECOGNIZED);
    assertThat(call.getDirection()).isEqualTo(CallLeg.DirectionEnum.UNRECOGNIZED);
    assertThat(call.getMuteDirection()).isEqualTo(MuteDirection.UNRECOGNIZED);
    assertThat(call.getAction().getType()).isEqualTo(FlowAction.TypeEnum.UNRECOGNIZED);
    assertThat(call.getSource().getType()).isEqualTo(Address.TypeEnum.UNRECOGNIZED);
    assertThat(ai.getEngineModel()).isEqualTo(AiEngineModel.UNRECOGNIZED);
    assertThat(ai.getToolNames()).containsExactly(AiToolName.ALL, AiToolName.UNRECOGNIZED);
  }

  @Test
  void emptyStringForANotYetSetEnumReadsAsNotSet() throws IOException {
    // VoIPBIN sends "" for hangup_by, hangup_reason and mute_direction while a call is up.
    CallLeg call =
        parse(CallLeg.class, "{\"status\":\"progressing\",\"hangup_by\":\"\",\"hangup_reason\":\"\",\"mute_direction\":\"\"}");

    assertThat(call.getStatus()).isEqualTo(CallLeg.StatusEnum.PROGRESSING);
    assertThat(call.getHangupBy()).isNull();
    assertThat(call.getHangupReason()).isNull();
    assertThat(call.getMuteDirection()).isNull();
  }

  @Test
  void unknownMembersAreIgnored() throws IOException {
    PhoneNumber number =
        parse(
            PhoneNumber.class,
            """
            {"id":"550e8400-e29b-41d4-a716-446655440000","number":"+14155551234","type":"virtual",
             "provider_name":"telnyx","brand_new_member":{"nested":[1,2,3]},"status":"active"}
            """);

    assertThat(number.getNumber()).isEqualTo("+14155551234");
    assertThat(number.getType()).isEqualTo(NumberType.VIRTUAL);
    assertThat(number.getStatus()).isEqualTo(PhoneNumber.StatusEnum.ACTIVE);
    assertThat(write(PhoneNumber.class, number)).doesNotContain("provider_name", "brand_new_member");
  }

  @Test
  void customerWebhookSecretIsReadWrittenAndMasked() throws IOException {
    Customer customer =
        parse(
            Customer.class,
            "{\"id\":\"7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d\",\"webhook_method\":\"POST\","
                + "\"webhook_secret\":\"Zq3xV9pL2mN8bR4tY6wK1sD7fH5jG0cA\"}");

    assertThat(customer.getWebhookSecret()).isEqualTo("Zq3xV9pL2mN8bR4tY6wK1sD7fH5jG0cA");
    assertThat(customer.getWebhookMethod()).isEqualTo(WebhookMethod.POST);
    assertThat(customer.toString()).contains("webhook_secret=***").doesNotContain("Zq3xV9pL2mN8bR4tY6wK1sD7fH5jG0cA");
    assertThat(write(Customer.class, customer)).contains("\"webhook_secret\":\"Zq3xV9pL2mN8bR4tY6wK1sD7fH5jG0cA\"");
  }

  /** Objects holding a secret, and the secret that must not appear in their {@code toString()}. */
  static Stream<Arguments> secrets() throws IOException {
    return Stream.of(
        Arguments.of(named(parse(Accesskey.class, read("accesskey.json"))), "vb_a3Bf9xKmPq2nR7sT4wYzLp8mN5qR1xWe"),
        Arguments.of(named(parse(Ai.class, read("ai.json"))), "sk-...redacted..."),
        Arguments.of(named(parse(Flow.class, read("flow.json"))), "direct.a1b2c3d4e5f6"),
        Arguments.of(named(parse(Agent.class, read("agent.json"))), "direct.a1b2c3d4e5f6"),
        Arguments.of(named(parse(Conference.class, read("conference.json"))), "direct.a1b2c3d4e5f6"),
        Arguments.of(named(parse(BootRequest.class, read("boot-request.json"))), "direct.a1b2c3d4e5f6"),
        Arguments.of(
            named(parse(EmailVerifyRequest.class, read("email-verify-request.json"))),
            "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd"),
        Arguments.of(named(parse(PasswordResetRequest.class, read("password-reset-request.json"))), "myNewSecurePassword123"),
        Arguments.of(
            named(parse(PasswordResetRequest.class, read("password-reset-request.json"))),
            "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd"),
        Arguments.of(
            named(parse(LoginResponse.class, "{\"username\":\"admin@example.com\",\"token\":\"eyJhbGciOiJIUzI1NiJ9.e30.sig\"}")),
            "eyJhbGciOiJIUzI1NiJ9.e30.sig"),
        Arguments.of(named(new LoginRequest().username("admin@example.com").password("s3cret-Pass")), "s3cret-Pass"),
        Arguments.of(named(new CreateAgentRequest().username("a@example.com").password("Initial-Pass-1")), "Initial-Pass-1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secrets")
  void secretsArePrintedAsStars(Object model, String secret) {
    assertThat(model.toString()).contains("***").doesNotContain(secret);
  }

  @Test
  void accesskeyShowsItsPrefixButNotTheKey() throws IOException {
    Accesskey key = parse(Accesskey.class, read("accesskey.json"));

    assertThat(key.getTokenPrefix()).isEqualTo("vb_a3Bf9xKm");
    assertThat(key.getTmExpire()).isEqualTo(OffsetDateTime.of(2027, 1, 15, 9, 30, 0, 0, ZoneOffset.UTC));
    assertThat(key.toString()).contains("token_prefix=vb_a3Bf9xKm", "token=***");
  }

  @Test
  void createCallRequestBuiltInCodeUsesWireNamesAndLeavesUnsetListsOut() throws IOException {
    CreateCallRequest request =
        new CreateCallRequest()
            .source(new Address().type(Address.TypeEnum.TEL).target("+14155550100"))
            .destinations(List.of(new Address().type(Address.TypeEnum.TEL).target("+14155551234")))
            .flowId("a1b2c3d4-e5f6-7890-1234-567890abcdef")
            .anonymous(CreateCallRequest.AnonymousEnum.NO)
            .variables(Map.of("customer_name", "Jane Doe"));

    assertThat(TREE.fromJson(write(CreateCallRequest.class, request)))
        .isEqualTo(
            TREE.fromJson(
                """
                {"source":{"type":"tel","target":"+14155550100"},
                 "destinations":[{"type":"tel","target":"+14155551234"}],
                 "flow_id":"a1b2c3d4-e5f6-7890-1234-567890abcdef",
                 "anonymous":"no","variables":{"customer_name":"Jane Doe"}}
                """));
  }

  @Test
  void createCallRequestExampleReadsInlineActionsAndVariables() throws IOException {
    CreateCallRequest request = parse(CreateCallRequest.class, read("create-call-request.json"));

    assertThat(request.getAnonymous()).isEqualTo(CreateCallRequest.AnonymousEnum.AUTO);
    assertThat(request.getActions()).extracting(FlowAction::getType).containsExactly(FlowAction.TypeEnum.TALK);
    assertThat(request.getVariables()).containsEntry("campaign_id", "summer-2026");
  }

  @Test
  void aicallRequestAndResultUseTheNamedEnums() throws IOException {
    Aicall aicall = parse(Aicall.class, read("aicall.json"));

    assertThat(aicall.getAssistanceType()).isEqualTo(AicallAssistanceType.AI);
    assertThat(aicall.getReferenceType()).isEqualTo(AicallReferenceType.CALL);
    assertThat(aicall.getStatus()).isEqualTo(Aicall.StatusEnum.PROGRESSING);
    assertThat(aicall.getParameter()).containsEntry("department", "support");
  }

  @Test
  void campaignAndOutboundConfigExamplesKeepTheirSettings() throws IOException {
    Campaign campaign = parse(Campaign.class, read("campaign.json"));
    OutboundConfig config = parse(OutboundConfig.class, read("outbound-config.json"));

    assertThat(campaign.getEndHandle()).isEqualTo(CampaignEndHandle.STOP);
    assertThat(campaign.getServiceLevel()).isEqualTo(80);
    assertThat(config.getDestinationWhitelist()).containsExactly("us", "gb", "kr");
    assertThat(config.getTmCreate()).isNull();
  }

  // ------------------------------------------------------------------------------------------------

  /** Names a model argument by its class, so that test names never print a value. */
  static Named<Object> named(Object model) {
    return Named.of(model.getClass().getSimpleName(), model);
  }

  static String read(String file) {
    try (InputStream in = VoipbinExamplePayloadsTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as("example %s on the test classpath", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T parse(Class<T> model, String json) throws IOException {
    return LenientJson.moshi().adapter(model).fromJson(json);
  }

  @SuppressWarnings("unchecked")
  static <T> String write(Class<T> model, Object value) {
    return LenientJson.moshi().adapter(model).toJson((T) value);
  }

  /**
   * Asserts that {@code actual} (what the model wrote) carries every member of {@code expected} (the example)
   * under the same name with the same value. Timestamps compare as instants (the writer normalises their layout);
   * numbers as decimals. The only members {@code actual} may add are the empty lists and maps a model starts with.
   */
  private static void assertSameWire(String where, Object expected, Object actual) {
    if (expected instanceof Map<?, ?> expectedMap) {
      assertThat(actual).as("%s: object", where).isInstanceOf(Map.class);
      @SuppressWarnings("unchecked")
      Map<Object, Object> actualMap = (Map<Object, Object>) actual;
      for (Map.Entry<?, ?> member : expectedMap.entrySet()) {
        assertThat(actualMap).as("%s: written members", where).containsKey(member.getKey());
        assertSameWire(where + "." + member.getKey(), member.getValue(), actualMap.get(member.getKey()));
      }
      List<Object> added = new ArrayList<>(actualMap.keySet());
      added.removeAll(expectedMap.keySet());
      for (Object name : added) {
        assertThat(actualMap.get(name))
            .as("%s.%s: member the example does not have", where, name)
            .isIn(List.of(), Map.of());
      }
    } else if (expected instanceof List<?> expectedList) {
      assertThat(actual).as("%s: array", where).isInstanceOf(List.class);
      List<?> actualList = (List<?>) actual;
      assertThat(actualList).as("%s: array length", where).hasSameSizeAs(expectedList);
      for (int i = 0; i < expectedList.size(); i++) {
        assertSameWire(where + "[" + i + "]", expectedList.get(i), actualList.get(i));
      }
    } else if (expected instanceof String text && TIMESTAMP.matcher(text).matches()) {
      assertThat(OffsetDateTime.parse(String.valueOf(actual)).toInstant())
          .as("%s: timestamp", where)
          .isEqualTo(OffsetDateTime.parse(text).toInstant());
    } else if (expected instanceof Number number) {
      assertThat(actual).as("%s: number", where).isInstanceOf(Number.class);
      assertThat(new BigDecimal(actual.toString())).as("%s", where).isEqualByComparingTo(new BigDecimal(number.toString()));
    } else {
      assertThat(actual).as("%s", where).isEqualTo(expected);
    }
  }
}
