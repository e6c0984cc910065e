package io.cpaaskit.voipbin;

import static io.cpaaskit.voipbin.VoipbinExamplePayloadsTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.testing.LoopbackApis;
import io.cpaaskit.testing.OperationCase;
import io.cpaaskit.testing.OperationTable;
import io.cpaaskit.testing.SpecOperations;
import io.cpaaskit.voipbin.api.AccesskeysApi;
import io.cpaaskit.voipbin.api.ActiveflowsApi;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.api.AicallsApi;
import io.cpaaskit.voipbin.api.AisApi;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.api.BillingAccountsApi;
import io.cpaaskit.voipbin.api.BillingsApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.api.CampaignsApi;
import io.cpaaskit.voipbin.api.ConferencesApi;
import io.cpaaskit.voipbin.api.CustomersApi;
import io.cpaaskit.voipbin.api.FlowsApi;
import io.cpaaskit.voipbin.api.GroupcallsApi;
import io.cpaaskit.voipbin.api.MessagesApi;
import io.cpaaskit.voipbin.api.NumbersApi;
import io.cpaaskit.voipbin.api.OutboundConfigsApi;
import io.cpaaskit.voipbin.api.RecordingsApi;
import io.cpaaskit.voipbin.model.Address;
import io.cpaaskit.voipbin.model.AgentRingMethod;
import io.cpaaskit.voipbin.model.AgentStatus;
import io.cpaaskit.voipbin.model.AiEngineModel;
import io.cpaaskit.voipbin.model.AiToolName;
import io.cpaaskit.voipbin.model.AicallAssistanceType;
import io.cpaaskit.voipbin.model.AicallReferenceType;
import io.cpaaskit.voipbin.model.BootRequest;
import io.cpaaskit.voipbin.model.CampaignEndHandle;
import io.cpaaskit.voipbin.model.CampaignType;
import io.cpaaskit.voipbin.model.ConferenceType;
import io.cpaaskit.voipbin.model.CreateAccesskeyRequest;
import io.cpaaskit.voipbin.model.CreateActiveflowRequest;
import io.cpaaskit.voipbin.model.CreateAgentRequest;
import io.cpaaskit.voipbin.model.CreateAiRequest;
import io.cpaaskit.voipbin.model.CreateAicallRequest;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.CreateCampaignRequest;
import io.cpaaskit.voipbin.model.CreateConferenceRequest;
import io.cpaaskit.voipbin.model.CreateFlowRequest;
import io.cpaaskit.voipbin.model.CreateGroupcallRequest;
import io.cpaaskit.voipbin.model.CreateMessageRequest;
import io.cpaaskit.voipbin.model.CreateNumberRequest;
import io.cpaaskit.voipbin.model.CustomerMetadata;
import io.cpaaskit.voipbin.model.EmailVerifyRequest;
import io.cpaaskit.voipbin.model.ErrorDetail;
import io.cpaaskit.voipbin.model.ErrorResponse;
import io.cpaaskit.voipbin.model.FlowAction;
import io.cpaaskit.voipbin.model.GroupcallAnswerMethod;
import io.cpaaskit.voipbin.model.GroupcallRingMethod;
import io.cpaaskit.voipbin.model.LoginRequest;
import io.cpaaskit.voipbin.model.MuteCallRequest;
import io.cpaaskit.voipbin.model.MuteDirection;
import io.cpaaskit.voipbin.model.NumberType;
import io.cpaaskit.voipbin.model.PasswordForgotRequest;
import io.cpaaskit.voipbin.model.PasswordResetRequest;
import io.cpaaskit.voipbin.model.SignupRequest;
import io.cpaaskit.voipbin.model.StartCallRecordingRequest;
import io.cpaaskit.voipbin.model.StartConferenceRecordingRequest;
import io.cpaaskit.voipbin.model.StartConferenceTranscribeRequest;
import io.cpaaskit.voipbin.model.TalkCallRequest;
import io.cpaaskit.voipbin.model.UpdateAccesskeyRequest;
import io.cpaaskit.voipbin.model.UpdateAgentRequest;
import io.cpaaskit.voipbin.model.UpdateAgentStatusRequest;
import io.cpaaskit.voipbin.model.UpdateAiRequest;
import io.cpaaskit.voipbin.model.UpdateBillingAccountRequest;
import io.cpaaskit.voipbin.model.UpdateCampaignRequest;
import io.cpaaskit.voipbin.model.UpdateCampaignStatusRequest;
import io.cpaaskit.voipbin.model.UpdateConferenceRequest;
import io.cpaaskit.voipbin.model.UpdateCustomerRequest;
import io.cpaaskit.voipbin.model.UpdateFlowRequest;
import io.cpaaskit.voipbin.model.UpdateNumberFlowIdsRequest;
import io.cpaaskit.voipbin.model.UpdateNumberRequest;
import io.cpaaskit.voipbin.model.UpdateOutboundConfigRequest;
import io.cpaaskit.voipbin.model.WebhookMethod;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Response;

/**
 * Every operation of {@code specs/voipbin.yaml}, invoked once through the generated interfaces against a loopback
 * server: method, exact path, query and JSON body as VoIPBIN's server expects them, and the answer parsed into the
 * generated model (bodies are the example payloads under {@code examples/voipbin/}).
 */
public class VoipbinOperationsTest {
  static final SpecOperations SPEC = SpecOperations.load("specs/voipbin.yaml");

  private static final String CALL_ID = "550e8400-e29b-41d4-a716-446655440000";
  private static final String FLOW_ID = "a1b2c3d4-e5f6-7890-1234-567890abcdef";
  /** VoIPBIN's page token is the {@code tm_create} of the last item, so it carries ':' and '.'. */
  private static final String PAGE_TOKEN = "2026-01-15T09:30:00.000000Z";

  private static final String TALK_ACTION_JSON =
      "{\"type\":\"talk\",\"option\":{\"text\":\"Hello from VoIPBIN\",\"language\":\"en-US\"}}";

  private static FlowAction talkAction() {
    return new FlowAction()
        .type(FlowAction.TypeEnum.TALK)
        .option(Map.of("text", "Hello from VoIPBIN", "language", "en-US"));
  }

  private static Address tel(String number) {
    return new Address().type(Address.TypeEnum.TEL).target(number);
  }

  public static Stream<OperationCase> cases() {
    return Stream.of(
        // ---- Auth (root, no credentials) ----------------------------------------------------------------
        OperationCase.of("login", apis -> apis.create(AuthApi.class)
                .login(new LoginRequest().username("admin@example.com").password("s3cret-Pass")))
            .respond(200, "{\"username\":\"admin@example.com\",\"token\":\"eyJhbGciOiJIUzI1NiJ9.e30.sig\"}")
            .expectPath("/auth/login")
            .expectJsonBody("{\"username\":\"admin@example.com\",\"password\":\"s3cret-Pass\"}"),
        OperationCase.of("signup", apis -> apis.create(AuthApi.class)
                .signup(new SignupRequest().email("admin@acme.com").acceptedTos(true).name("Acme Corporation")
                    .webhookMethod(WebhookMethod.POST).webhookUri("https://api.acme.com/webhooks/voipbin")))
            .respond(200, read("signup-result.json"))
            .expectPath("/auth/signup")
            .expectJsonBody("{\"email\":\"admin@acme.com\",\"accepted_tos\":true,\"name\":\"Acme Corporation\","
                + "\"webhook_method\":\"POST\",\"webhook_uri\":\"https://api.acme.com/webhooks/voipbin\"}"),
        OperationCase.of("verifyEmail", apis -> apis.create(AuthApi.class)
                .verifyEmail(new EmailVerifyRequest().token("a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd")))
            .respond(200, read("email-verify-result.json"))
            .expectPath("/auth/email-verify")
            .expectJsonBody("{\"token\":\"a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd\"}"),
        OperationCase.of("boot", apis -> apis.create(AuthApi.class)
                .boot(new BootRequest().directHash("direct.a1b2c3d4e5f6")))
            .respond(200, read("boot-response.json"))
            .expectPath("/auth/boot")
            .expectJsonBody("{\"direct_hash\":\"direct.a1b2c3d4e5f6\"}"),
        OperationCase.of("forgotPassword", apis -> apis.create(AuthApi.class)
                .forgotPassword(new PasswordForgotRequest().username("agent@example.com")))
            .expectPath("/auth/password-forgot")
            .expectJsonBody("{\"username\":\"agent@example.com\"}"),
        OperationCase.of("resetPassword", apis -> apis.create(AuthApi.class)
                .resetPassword(new PasswordResetRequest()
                    .token("a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd")
                    .password("myNewSecurePassword123")))
            .expectPath("/auth/password-reset")
            .expectJsonBody("{\"token\":\"a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6abcd\","
                + "\"password\":\"myNewSecurePassword123\"}"),

        // ---- Accesskeys -----------------------------------------------------------------------------------
        OperationCase.of("listAccesskeys", apis -> apis.create(AccesskeysApi.class).listAccesskeys(10, PAGE_TOKEN))
            .respond(200, read("accesskey-list.json"))
            .expectPath("/v1.0/accesskeys")
            .expectQuery("page_size", "10")
            .expectQuery("page_token", PAGE_TOKEN),
        OperationCase.of("createAccesskey", apis -> apis.create(AccesskeysApi.class)
                .createAccesskey(new CreateAccesskeyRequest().name("Production API Key").expire(31536000)))
            .respond(200, read("accesskey.json"))
            .expectPath("/v1.0/accesskeys")
            .expectJsonBody("{\"name\":\"Production API Key\",\"expire\":31536000}"),
        OperationCase.of("getAccesskey", apis -> apis.create(AccesskeysApi.class).getAccesskey("ak-1"))
            .respond(200, read("accesskey.json"))
            .expectPath("/v1.0/accesskeys/ak-1"),
        OperationCase.of("updateAccesskey", apis -> apis.create(AccesskeysApi.class)
                .updateAccesskey("ak-1", new UpdateAccesskeyRequest().name("CI key").detail("used by the build")))
            .respond(200, read("accesskey.json"))
            .expectPath("/v1.0/accesskeys/ak-1")
            .expectJsonBody("{\"name\":\"CI key\",\"detail\":\"used by the build\"}"),
        OperationCase.of("deleteAccesskey", apis -> apis.create(AccesskeysApi.class).deleteAccesskey("ak-1"))
            .respond(200, read("accesskey.json"))
            .expectPath("/v1.0/accesskeys/ak-1"),

        // ---- Customers ------------------------------------------------------------------------------------
        OperationCase.of("getCustomer", apis -> apis.create(CustomersApi.class).getCustomer())
            .respond(200, read("customer.json"))
            .expectPath("/v1.0/customer"),
        OperationCase.of("updateCustomer", apis -> apis.create(CustomersApi.class)
                .updateCustomer(new UpdateCustomerRequest().name("Acme Corporation").detail("Enterprise")
                    .email("admin@acme.com").phoneNumber("+14155551234").address("123 Main St")
                    .webhookMethod(WebhookMethod.POST).webhookUri("https://api.acme.com/webhooks/voipbin")))
            .respond(200, read("customer.json"))
            .expectPath("/v1.0/customer")
            .expectJsonBody("{\"name\":\"Acme Corporation\",\"detail\":\"Enterprise\",\"email\":\"admin@acme.com\","
                + "\"phone_number\":\"+14155551234\",\"address\":\"123 Main St\",\"webhook_method\":\"POST\","
                + "\"webhook_uri\":\"https://api.acme.com/webhooks/voipbin\"}"),
        OperationCase.of("updateCustomerMetadata", apis -> apis.create(CustomersApi.class)
                .updateCustomerMetadata(new CustomerMetadata().rtpDebug(true)))
            .respond(200, read("customer.json"))
            .expectPath("/v1.0/customer/metadata")
            .expectJsonBody("{\"rtp_debug\":true}"),

        // ---- BillingAccounts / Billings -------------------------------------------------------------------
        OperationCase.of("getBillingAccount", apis -> apis.create(BillingAccountsApi.class).getBillingAccount())
            .respond(200, read("billing-account.json"))
            .expectPath("/v1.0/billing_account"),
        OperationCase.of("updateBillingAccount", apis -> apis.create(BillingAccountsApi.class)
                .updateBillingAccount(new UpdateBillingAccountRequest().name("Production Account")))
            .respond(200, read("billing-account.json"))
            .expectPath("/v1.0/billing_account")
            .expectJsonBody("{\"name\":\"Production Account\"}"),
        OperationCase.of("listBillings", apis -> apis.create(BillingsApi.class).listBillings(50, null))
            .respond(200, "{\"result\":[" + read("billing.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/billings")
            .expectQuery("page_size", "50"),
        OperationCase.of("getBilling", apis -> apis.create(BillingsApi.class).getBilling("bl-1"))
            .respond(200, read("billing.json"))
            .expectPath("/v1.0/billings/bl-1"),

        // ---- Agents ---------------------------------------------------------------------------------------
        OperationCase.of("getMe", apis -> apis.create(AgentsApi.class).getMe())
            .respond(200, read("agent.json"))
            .expectPath("/v1.0/me"),
        OperationCase.of("listAgents", apis -> apis.create(AgentsApi.class)
                .listAgents(20, PAGE_TOKEN, "tag-1,tag-2", AgentStatus.AVAILABLE))
            .respond(200, "{\"result\":[" + read("agent.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/agents")
            .expectQuery("page_size", "20")
            .expectQuery("page_token", PAGE_TOKEN)
            .expectQuery("tag_ids", "tag-1,tag-2")
            .expectQuery("status", "available"),
        OperationCase.of("createAgent", apis -> apis.create(AgentsApi.class)
                .createAgent(new CreateAgentRequest().username("agent@example.com").password("Initial-Pass-1")
                    .name("John Smith").detail("Support").ringMethod(AgentRingMethod.RINGALL).permission(16)
                    .tagIds(List.of("tag-1")).addresses(List.of(tel("+14155551234")))))
            .respond(200, read("agent.json"))
            .expectPath("/v1.0/agents")
            .expectJsonBody("{\"username\":\"agent@example.com\",\"password\":\"Initial-Pass-1\",\"name\":\"John Smith\","
                + "\"detail\":\"Support\",\"ring_method\":\"ringall\",\"permission\":16,\"tag_ids\":[\"tag-1\"],"
                + "\"addresses\":[{\"type\":\"tel\",\"target\":\"+14155551234\"}]}"),
        OperationCase.of("getAgent", apis -> apis.create(AgentsApi.class).getAgent("ag-1"))
            .respond(200, read("agent.json"))
            .expectPath("/v1.0/agents/ag-1"),
        OperationCase.of("updateAgent", apis -> apis.create(AgentsApi.class)
                .updateAgent("ag-1", new UpdateAgentRequest().name("John Smith").ringMethod(AgentRingMethod.LINEAR)))
            .respond(200, read("agent.json"))
            .expectPath("/v1.0/agents/ag-1")
            .expectJsonBody("{\"name\":\"John Smith\",\"ring_method\":\"linear\"}"),
        OperationCase.of("deleteAgent", apis -> apis.create(AgentsApi.class).deleteAgent("ag-1"))
            .respond(200, read("agent.json"))
            .expectPath("/v1.0/agents/ag-1"),
        OperationCase.of("updateAgentStatus", apis -> apis.create(AgentsApi.class)
                .updateAgentStatus("ag-1", new UpdateAgentStatusRequest().status(AgentStatus.AWAY)))
            .respond(200, read("agent.json"))
            .expectPath("/v1.0/agents/ag-1/status")
            .expectJsonBody("{\"status\":\"away\"}"),

        // ---- Calls ----------------------------------------------------------------------------------------
        OperationCase.of("createCall", apis -> apis.create(CallsApi.class)
                .createCall(new CreateCallRequest().source(tel("+14155550100"))
                    .destinations(List.of(tel("+14155551234"))).actions(List.of(talkAction()))
                    .anonymous(CreateCallRequest.AnonymousEnum.NO)))
            .respond(200, read("create-call-result.json"))
            .expectPath("/v1.0/calls")
            .expectJsonBody("{\"source\":{\"type\":\"tel\",\"target\":\"+14155550100\"},"
                + "\"destinations\":[{\"type\":\"tel\",\"target\":\"+14155551234\"}],"
                + "\"actions\":[" + TALK_ACTION_JSON + "],\"anonymous\":\"no\"}"),
        OperationCase.of("listCalls", apis -> apis.create(CallsApi.class).listCalls(25, PAGE_TOKEN))
            .respond(200, read("call-list.json"))
            .expectPath("/v1.0/calls")
            .expectQuery("page_size", "25")
            .expectQuery("page_token", PAGE_TOKEN),
        OperationCase.of("getCall", apis -> apis.create(CallsApi.class).getCall(CALL_ID))
            .respond(200, read("call.json"))
            .expectPath("/v1.0/calls/" + CALL_ID),
        OperationCase.of("deleteCall", apis -> apis.create(CallsApi.class).deleteCall(CALL_ID))
            .respond(200, read("call.json"))
            .expectPath("/v1.0/calls/" + CALL_ID),
        OperationCase.of("hangupCall", apis -> apis.create(CallsApi.class).hangupCall(CALL_ID))
            .respond(200, read("call.json"))
            .expectPath("/v1.0/calls/" + CALL_ID + "/hangup"),
        OperationCase.of("startCallRecording", apis -> apis.create(CallsApi.class)
                .startCallRecording(CALL_ID, new StartCallRecordingRequest()
                    .format(StartCallRecordingRequest.FormatEnum.WAV).endOfSilence(5).endOfKey("#").duration(600)
                    .onEndFlowId("")))
            .respond(200, read("call.json"))
            .expectPath("/v1.0/calls/" + CALL_ID + "/recording_start")
            .expectJsonBody("{\"format\":\"wav\",\"end_of_silence\":5,\"end_of_key\":\"#\",\"duration\":600,"
                + "\"on_end_flow_id\":\"\"}"),
        OperationCase.of("stopCallRecording", apis -> apis.create(CallsApi.class).stopCallRecording(CALL_ID))
            .respond(200, read("call.json"))
            .expectPath("/v1.0/calls/" + CALL_ID + "/recording_stop"),
        OperationCase.of("talkCall", apis -> apis.create(CallsApi.class)
                .talkCall(CALL_ID, new TalkCallRequest().text("Your order has shipped.").language("en-US")
                    .provider(TalkCallRequest.ProviderEnum.GCP)))
            .respond(200, "")
            .expectPath("/v1.0/calls/" + CALL_ID + "/talk")
            .expectJsonBody("{\"text\":\"Your order has shipped.\",\"language\":\"en-US\",\"provider\":\"gcp\"}"),
        OperationCase.of("holdCall", apis -> apis.create(CallsApi.class).holdCall(CALL_ID))
            .respond(200, "")
            .expectPath("/v1.0/calls/" + CALL_ID + "/hold"),
        OperationCase.of("unholdCall", apis -> apis.create(CallsApi.class).unholdCall(CALL_ID))
            .respond(200, "")
            .expectPath("/v1.0/calls/" + CALL_ID + "/hold"),
        OperationCase.of("muteCall", apis -> apis.create(CallsApi.class)
                .muteCall(CALL_ID, new MuteCallRequest().direction(MuteDirection.BOTH)))
            .respond(200, "")
            .expectPath("/v1.0/calls/" + CALL_ID + "/mute")
            .expectJsonBody("{\"direction\":\"both\"}"),
        OperationCase.of("unmuteCall", apis -> apis.create(CallsApi.class)
                .unmuteCall(CALL_ID, new MuteCallRequest().direction(MuteDirection.IN)))
            .respond(200, "")
            .expectPath("/v1.0/calls/" + CALL_ID + "/mute")
            .expectJsonBody("{\"direction\":\"in\"}"),

        // ---- Groupcalls -----------------------------------------------------------------------------------
        OperationCase.of("createGroupcall", apis -> apis.create(GroupcallsApi.class)
                .createGroupcall(new CreateGroupcallRequest().source(tel("+14155550100"))
                    .destinations(List.of(tel("+14155551234"), tel("+14155555678"))).flowId(FLOW_ID)
                    .ringMethod(GroupcallRingMethod.RING_ALL).answerMethod(GroupcallAnswerMethod.HANGUP_OTHERS)))
            .respond(200, read("groupcall.json"))
            .expectPath("/v1.0/groupcalls")
            .expectJsonBody("{\"source\":{\"type\":\"tel\",\"target\":\"+14155550100\"},"
                + "\"destinations\":[{\"type\":\"tel\",\"target\":\"+14155551234\"},"
                + "{\"type\":\"tel\",\"target\":\"+14155555678\"}],\"flow_id\":\"" + FLOW_ID + "\","
                + "\"ring_method\":\"ring_all\",\"answer_method\":\"hangup_others\"}"),
        OperationCase.of("listGroupcalls", apis -> apis.create(GroupcallsApi.class).listGroupcalls(null, null))
            .respond(200, "{\"result\":[" + read("groupcall.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/groupcalls"),
        OperationCase.of("getGroupcall", apis -> apis.create(GroupcallsApi.class).getGroupcall("gc-1"))
            .respond(200, read("groupcall.json"))
            .expectPath("/v1.0/groupcalls/gc-1"),
        OperationCase.of("deleteGroupcall", apis -> apis.create(GroupcallsApi.class).deleteGroupcall("gc-1"))
            .respond(200, read("groupcall.json"))
            .expectPath("/v1.0/groupcalls/gc-1"),
        OperationCase.of("hangupGroupcall", apis -> apis.create(GroupcallsApi.class).hangupGroupcall("gc-1"))
            .respond(200, read("groupcall.json"))
            .expectPath("/v1.0/groupcalls/gc-1/hangup"),

        // ---- Flows ----------------------------------------------------------------------------------------
        OperationCase.of("createFlow", apis -> apis.create(FlowsApi.class)
                .createFlow(new CreateFlowRequest().name("Inbound Call Handler").detail("Greets callers")
                    .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.ANSWER), talkAction()))))
            .respond(200, read("flow.json"))
            .expectPath("/v1.0/flows")
            .expectJsonBody("{\"name\":\"Inbound Call Handler\",\"detail\":\"Greets callers\","
                + "\"actions\":[{\"type\":\"answer\"}," + TALK_ACTION_JSON + "]}"),
        OperationCase.of("listFlows", apis -> apis.create(FlowsApi.class).listFlows(100, null))
            .respond(200, "{\"result\":[" + read("flow.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/flows")
            .expectQuery("page_size", "100"),
        OperationCase.of("getFlow", apis -> apis.create(FlowsApi.class).getFlow(FLOW_ID))
            .respond(200, read("flow.json"))
            .expectPath("/v1.0/flows/" + FLOW_ID),
        OperationCase.of("updateFlow", apis -> apis.create(FlowsApi.class)
                .updateFlow(FLOW_ID, new UpdateFlowRequest().name("Inbound Call Handler").detail("v2")
                    .actions(List.of(talkAction())).onCompleteFlowId("")))
            .respond(200, read("flow.json"))
            .expectPath("/v1.0/flows/" + FLOW_ID)
            .expectJsonBody("{\"name\":\"Inbound Call Handler\",\"detail\":\"v2\",\"actions\":[" + TALK_ACTION_JSON + "],"
                + "\"on_complete_flow_id\":\"\"}"),
        OperationCase.of("deleteFlow", apis -> apis.create(FlowsApi.class).deleteFlow(FLOW_ID))
            .respond(200, read("flow.json"))
            .expectPath("/v1.0/flows/" + FLOW_ID),
        OperationCase.of("regenerateFlowDirectHash", apis -> apis.create(FlowsApi.class).regenerateFlowDirectHash(FLOW_ID))
            .respond(200, read("flow.json"))
            .expectPath("/v1.0/flows/" + FLOW_ID + "/direct-hash-regenerate"),

        // ---- Activeflows ----------------------------------------------------------------------------------
        OperationCase.of("createActiveflow", apis -> apis.create(ActiveflowsApi.class)
                .createActiveflow(new CreateActiveflowRequest().id("d4e5f6a7-b8c9-0123-4567-890abcdef012")
                    .flowId(FLOW_ID).variables(Map.of("customer_name", "Jane Doe"))
                    .webhookUri("https://example.com/webhooks/activeflow").webhookMethod(WebhookMethod.POST)))
            .respond(200, read("activeflow.json"))
            .expectPath("/v1.0/activeflows")
            .expectJsonBody("{\"id\":\"d4e5f6a7-b8c9-0123-4567-890abcdef012\",\"flow_id\":\"" + FLOW_ID + "\","
                + "\"variables\":{\"customer_name\":\"Jane Doe\"},"
                + "\"webhook_uri\":\"https://example.com/webhooks/activeflow\",\"webhook_method\":\"POST\"}"),
        OperationCase.of("listActiveflows", apis -> apis.create(ActiveflowsApi.class).listActiveflows(10, PAGE_TOKEN))
            .respond(200, "{\"result\":[" + read("activeflow.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/activeflows")
            .expectQuery("page_size", "10")
            .expectQuery("page_token", PAGE_TOKEN),
        OperationCase.of("getActiveflow", apis -> apis.create(ActiveflowsApi.class).getActiveflow("af-1"))
            .respond(200, read("activeflow.json"))
            .expectPath("/v1.0/activeflows/af-1"),
        OperationCase.of("deleteActiveflow", apis -> apis.create(ActiveflowsApi.class).deleteActiveflow("af-1"))
            .respond(200, read("activeflow.json"))
            .expectPath("/v1.0/activeflows/af-1"),
        OperationCase.of("stopActiveflow", apis -> apis.create(ActiveflowsApi.class).stopActiveflow("af-1"))
            .respond(200, read("activeflow.json"))
            .expectPath("/v1.0/activeflows/af-1/stop"),

        // ---- Numbers --------------------------------------------------------------------------------------
        OperationCase.of("listAvailableNumbers", apis -> apis.create(NumbersApi.class)
                .listAvailableNumbers(5, "US", NumberType.NORMAL))
            .respond(200, read("available-number-list.json"))
            .expectPath("/v1.0/available_numbers")
            .expectQuery("page_size", "5")
            .expectQuery("country_code", "US")
            .expectQuery("type", "normal"),
        OperationCase.of("createNumber", apis -> apis.create(NumbersApi.class)
                .createNumber(new CreateNumberRequest().number("+14155551234").type(NumberType.NORMAL)
                    .callFlowId(FLOW_ID).messageFlowId("").name("Main Support Line").detail("Inbound support")))
            .respond(200, read("number.json"))
            .expectPath("/v1.0/numbers")
            .expectJsonBody("{\"number\":\"+14155551234\",\"type\":\"normal\",\"call_flow_id\":\"" + FLOW_ID + "\","
                + "\"message_flow_id\":\"\",\"name\":\"Main Support Line\",\"detail\":\"Inbound support\"}"),
        OperationCase.of("listNumbers", apis -> apis.create(NumbersApi.class).listNumbers(null, PAGE_TOKEN))
            .respond(200, "{\"result\":[" + read("number.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/numbers")
            .expectQuery("page_token", PAGE_TOKEN),
        OperationCase.of("getNumber", apis -> apis.create(NumbersApi.class).getNumber("nb-1"))
            .respond(200, read("number.json"))
            .expectPath("/v1.0/numbers/nb-1"),
        OperationCase.of("updateNumber", apis -> apis.create(NumbersApi.class)
                .updateNumber("nb-1", new UpdateNumberRequest().callFlowId(FLOW_ID).messageFlowId(FLOW_ID)
                    .name("Main Support Line").detail("Inbound support")))
            .respond(200, read("number.json"))
            .expectPath("/v1.0/numbers/nb-1")
            .expectJsonBody("{\"call_flow_id\":\"" + FLOW_ID + "\",\"message_flow_id\":\"" + FLOW_ID + "\","
                + "\"name\":\"Main Support Line\",\"detail\":\"Inbound support\"}"),
        OperationCase.of("deleteNumber", apis -> apis.create(NumbersApi.class).deleteNumber("nb-1"))
            .respond(200, read("number.json"))
            .expectPath("/v1.0/numbers/nb-1"),
        OperationCase.of("updateNumberFlowIds", apis -> apis.create(NumbersApi.class)
                .updateNumberFlowIds("nb-1", new UpdateNumberFlowIdsRequest().callFlowId(FLOW_ID).messageFlowId("")))
            .respond(200, read("number.json"))
            .expectPath("/v1.0/numbers/nb-1/flow_ids")
            .expectJsonBody("{\"call_flow_id\":\"" + FLOW_ID + "\",\"message_flow_id\":\"\"}"),

        // ---- Messages -------------------------------------------------------------------------------------
        OperationCase.of("createMessage", apis -> apis.create(MessagesApi.class)
                .createMessage(new CreateMessageRequest().source(tel("+14155550100"))
                    .destinations(List.of(tel("+14155551234"))).text("Your appointment is confirmed.")))
            .respond(200, read("message.json"))
            .expectPath("/v1.0/messages")
            .expectJsonBody("{\"source\":{\"type\":\"tel\",\"target\":\"+14155550100\"},"
                + "\"destinations\":[{\"type\":\"tel\",\"target\":\"+14155551234\"}],"
                + "\"text\":\"Your appointment is confirmed.\"}"),
        OperationCase.of("listMessages", apis -> apis.create(MessagesApi.class).listMessages(30, null))
            .respond(200, "{\"result\":[" + read("message.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/messages")
            .expectQuery("page_size", "30"),
        OperationCase.of("getMessage", apis -> apis.create(MessagesApi.class).getMessage("ms-1"))
            .respond(200, read("message.json"))
            .expectPath("/v1.0/messages/ms-1"),
        OperationCase.of("deleteMessage", apis -> apis.create(MessagesApi.class).deleteMessage("ms-1"))
            .respond(200, read("message.json"))
            .expectPath("/v1.0/messages/ms-1"),

        // ---- Recordings -----------------------------------------------------------------------------------
        OperationCase.of("listRecordings", apis -> apis.create(RecordingsApi.class).listRecordings(10, null))
            .respond(200, "{\"result\":[" + read("recording.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/recordings")
            .expectQuery("page_size", "10"),
        OperationCase.of("getRecording", apis -> apis.create(RecordingsApi.class).getRecording("rc-1"))
            .respond(200, read("recording.json"))
            .expectPath("/v1.0/recordings/rc-1"),
        OperationCase.of("deleteRecording", apis -> apis.create(RecordingsApi.class).deleteRecording("rc-1"))
            .respond(200, read("recording.json"))
            .expectPath("/v1.0/recordings/rc-1"),
        OperationCase.of("getRecordingFile", apis -> apis.create(RecordingsApi.class).getRecordingFile("rc-1"))
            .respond(new MockResponse.Builder().code(307)
                .setHeader("Location", "https://storage.example.test/recordings/rc-1.wav?sig=abc").build())
            .expectPath("/v1.0/recordingfiles/rc-1"),

        // ---- Ais ------------------------------------------------------------------------------------------
        OperationCase.of("createAi", apis -> apis.create(AisApi.class)
                .createAi(new CreateAiRequest().name("Customer Support Bot").detail("Answers questions")
                    .engineModel(AiEngineModel.OPENAI_GPT_5).parameter(Map.of()).engineKey("")
                    .initPrompt("You are a helpful customer support assistant.").ttsType("google")
                    .ttsVoiceId("en-US-Neural2-F").sttType("deepgram").toolNames(List.of(AiToolName.SEND_EMAIL))))
            .respond(200, read("ai.json"))
            .expectPath("/v1.0/ais")
            .expectJsonBody("{\"name\":\"Customer Support Bot\",\"detail\":\"Answers questions\","
                + "\"engine_model\":\"openai.gpt-5\",\"parameter\":{},\"engine_key\":\"\","
                + "\"init_prompt\":\"You are a helpful customer support assistant.\",\"tts_type\":\"google\","
                + "\"tts_voice_id\":\"en-US-Neural2-F\",\"stt_type\":\"deepgram\",\"tool_names\":[\"send_email\"]}"),
        OperationCase.of("listAis", apis -> apis.create(AisApi.class).listAis(10, null))
            .respond(200, "{\"result\":[" + read("ai.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/ais")
            .expectQuery("page_size", "10"),
        OperationCase.of("getAi", apis -> apis.create(AisApi.class).getAi("ai-1"))
            .respond(200, read("ai.json"))
            .expectPath("/v1.0/ais/ai-1"),
        OperationCase.of("updateAi", apis -> apis.create(AisApi.class)
                .updateAi("ai-1", new UpdateAiRequest().name("Customer Support Bot").detail("v2")
                    .engineModel(AiEngineModel.GEMINI_GEMINI_2_5_FLASH).parameter(Map.of("temperature", 0.2))
                    .engineKey("").initPrompt("Be brief.").ttsType("google").ttsVoiceId("en-US-Neural2-F")
                    .sttType("deepgram")))
            .respond(200, read("ai.json"))
            .expectPath("/v1.0/ais/ai-1")
            .expectJsonBody("{\"name\":\"Customer Support Bot\",\"detail\":\"v2\","
                + "\"engine_model\":\"gemini.gemini-2.5-flash\",\"parameter\":{\"temperature\":0.2},\"engine_key\":\"\","
                + "\"init_prompt\":\"Be brief.\",\"tts_type\":\"google\",\"tts_voice_id\":\"en-US-Neural2-F\","
                + "\"stt_type\":\"deepgram\"}"),
        OperationCase.of("deleteAi", apis -> apis.create(AisApi.class).deleteAi("ai-1"))
            .respond(200, read("ai.json"))
            .expectPath("/v1.0/ais/ai-1"),

        // ---- Aicalls --------------------------------------------------------------------------------------
        OperationCase.of("createAicall", apis -> apis.create(AicallsApi.class)
                .createAicall(new CreateAicallRequest().assistanceType(AicallAssistanceType.AI).assistanceId("ai-1")
                    .referenceType(AicallReferenceType.CALL).referenceId(CALL_ID)))
            .respond(200, read("aicall.json"))
            .expectPath("/v1.0/aicalls")
            .expectJsonBody("{\"assistance_type\":\"ai\",\"assistance_id\":\"ai-1\",\"reference_type\":\"call\","
                + "\"reference_id\":\"" + CALL_ID + "\"}"),
        OperationCase.of("listAicalls", apis -> apis.create(AicallsApi.class).listAicalls(null, null))
            .respond(200, "{\"result\":[" + read("aicall.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/aicalls"),
        OperationCase.of("getAicall", apis -> apis.create(AicallsApi.class).getAicall("ac-1"))
            .respond(200, read("aicall.json"))
            .expectPath("/v1.0/aicalls/ac-1"),
        OperationCase.of("deleteAicall", apis -> apis.create(AicallsApi.class).deleteAicall("ac-1"))
            .respond(200, read("aicall.json"))
            .expectPath("/v1.0/aicalls/ac-1"),
        OperationCase.of("terminateAicall", apis -> apis.create(AicallsApi.class).terminateAicall("ac-1"))
            .respond(200, read("aicall.json"))
            .expectPath("/v1.0/aicalls/ac-1/terminate"),

        // ---- Conferences ----------------------------------------------------------------------------------
        OperationCase.of("createConference", apis -> apis.create(ConferencesApi.class)
                .createConference(new CreateConferenceRequest().type(ConferenceType.CONFERENCE).name("Team Standup")
                    .detail("Daily").timeout(3600).data(Map.of("team", "support")).preFlowId("").postFlowId("")))
            .respond(200, read("conference.json"))
            .expectPath("/v1.0/conferences")
            .expectJsonBody("{\"type\":\"conference\",\"name\":\"Team Standup\",\"detail\":\"Daily\",\"timeout\":3600,"
                + "\"data\":{\"team\":\"support\"},\"pre_flow_id\":\"\",\"post_flow_id\":\"\"}"),
        OperationCase.of("listConferences", apis -> apis.create(ConferencesApi.class).listConferences(10, PAGE_TOKEN))
            .respond(200, "{\"result\":[" + read("conference.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/conferences")
            .expectQuery("page_size", "10")
            .expectQuery("page_token", PAGE_TOKEN),
        OperationCase.of("getConference", apis -> apis.create(ConferencesApi.class).getConference("cf-1"))
            .respond(200, read("conference.json"))
            .expectPath("/v1.0/conferences/cf-1"),
        OperationCase.of("updateConference", apis -> apis.create(ConferencesApi.class)
                .updateConference("cf-1", new UpdateConferenceRequest().name("Team Standup").detail("Weekly")
                    .data(Map.of()).timeout(0).preFlowId(FLOW_ID).postFlowId("")))
            .respond(200, read("conference.json"))
            .expectPath("/v1.0/conferences/cf-1")
            .expectJsonBody("{\"name\":\"Team Standup\",\"detail\":\"Weekly\",\"data\":{},\"timeout\":0,"
                + "\"pre_flow_id\":\"" + FLOW_ID + "\",\"post_flow_id\":\"\"}"),
        OperationCase.of("deleteConference", apis -> apis.create(ConferencesApi.class).deleteConference("cf-1"))
            .respond(200, read("conference.json"))
            .expectPath("/v1.0/conferences/cf-1"),
        OperationCase.of("startConferenceRecording", apis -> apis.create(ConferencesApi.class)
                .startConferenceRecording("cf-1", new StartConferenceRecordingRequest()
                    .format(StartConferenceRecordingRequest.FormatEnum.WAV).duration(0).onEndFlowId("")))
            .respond(200, read("conference.json"))
            .expectPath("/v1.0/conferences/cf-1/recording_start")
            .expectJsonBody("{\"format\":\"wav\",\"duration\":0,\"on_end_flow_id\":\"\"}"),
        OperationCase.of("stopConferenceRecording", apis -> apis.create(ConferencesApi.class).stopConferenceRecording("cf-1"))
            .respond(200, read("conference.json"))
            .expectPath("/v1.0/conferences/cf-1/recording_stop"),
        OperationCase.of("startConferenceTranscribe", apis -> apis.create(ConferencesApi.class)
                .startConferenceTranscribe("cf-1", new StartConferenceTranscribeRequest().language("en-US")))
            .respond(200, read("conference.json"))
            .expectPath("/v1.0/conferences/cf-1/transcribe_start")
            .expectJsonBody("{\"language\":\"en-US\"}"),
        OperationCase.of("stopConferenceTranscribe", apis -> apis.create(ConferencesApi.class).stopConferenceTranscribe("cf-1"))
            .respond(200, read("conference.json"))
            .expectPath("/v1.0/conferences/cf-1/transcribe_stop"),

        // ---- Campaigns ------------------------------------------------------------------------------------
        OperationCase.of("createCampaign", apis -> apis.create(CampaignsApi.class)
                .createCampaign(new CreateCampaignRequest().name("Q1 Outbound Campaign").detail("Outreach")
                    .type(CampaignType.CALL).serviceLevel(80).endHandle(CampaignEndHandle.STOP)
                    .actions(List.of(talkAction())).outplanId("op-1").outdialId("od-1").queueId("").nextCampaignId("")))
            .respond(200, read("campaign.json"))
            .expectPath("/v1.0/campaigns")
            .expectJsonBody("{\"name\":\"Q1 Outbound Campaign\",\"detail\":\"Outreach\",\"type\":\"call\","
                + "\"service_level\":80,\"end_handle\":\"stop\",\"actions\":[" + TALK_ACTION_JSON + "],"
                + "\"outplan_id\":\"op-1\",\"outdial_id\":\"od-1\",\"queue_id\":\"\",\"next_campaign_id\":\"\"}"),
        OperationCase.of("listCampaigns", apis -> apis.create(CampaignsApi.class).listCampaigns(10, null))
            .respond(200, "{\"result\":[" + read("campaign.json") + "],\"next_page_token\":\"" + PAGE_TOKEN + "\"}")
            .expectPath("/v1.0/campaigns")
            .expectQuery("page_size", "10"),
        OperationCase.of("getCampaign", apis -> apis.create(CampaignsApi.class).getCampaign("cp-1"))
            .respond(200, read("campaign.json"))
            .expectPath("/v1.0/campaigns/cp-1"),
        OperationCase.of("updateCampaign", apis -> apis.create(CampaignsApi.class)
                .updateCampaign("cp-1", new UpdateCampaignRequest().name("Q1 Outbound Campaign").detail("Outreach")
                    .type(CampaignType.FLOW).serviceLevel(90).endHandle(CampaignEndHandle.CONTINUE)))
            .respond(200, read("campaign.json"))
            .expectPath("/v1.0/campaigns/cp-1")
            .expectJsonBody("{\"name\":\"Q1 Outbound Campaign\",\"detail\":\"Outreach\",\"type\":\"flow\","
                + "\"service_level\":90,\"end_handle\":\"continue\"}"),
        OperationCase.of("deleteCampaign", apis -> apis.create(CampaignsApi.class).deleteCampaign("cp-1"))
            .respond(200, read("campaign.json"))
            .expectPath("/v1.0/campaigns/cp-1"),
        OperationCase.of("updateCampaignStatus", apis -> apis.create(CampaignsApi.class)
                .updateCampaignStatus("cp-1", new UpdateCampaignStatusRequest()
                    .status(UpdateCampaignStatusRequest.StatusEnum.RUN)))
            .respond(200, read("campaign.json"))
            .expectPath("/v1.0/campaigns/cp-1/status")
            .expectJsonBody("{\"status\":\"run\"}"),

        // ---- OutboundConfigs ------------------------------------------------------------------------------
        OperationCase.of("getOutboundConfig", apis -> apis.create(OutboundConfigsApi.class).getOutboundConfig())
            .respond(200, read("outbound-config.json"))
            .expectPath("/v1.0/outbound_config"),
        OperationCase.of("updateOutboundConfig", apis -> apis.create(OutboundConfigsApi.class)
                .updateOutboundConfig(new UpdateOutboundConfigRequest().name("production outbound config")
                    .destinationWhitelist(List.of("us", "gb")).codecs("PCMU,PCMA")))
            .respond(200, read("outbound-config.json"))
            .expectPath("/v1.0/outbound_config")
            .expectJsonBody("{\"name\":\"production outbound config\",\"destination_whitelist\":[\"us\",\"gb\"],"
                + "\"codecs\":\"PCMU,PCMA\"}"));
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

  @Test
  void authRoutesNeedNoCredentialMeRefusesAccessKeysAndEverythingElseTakesAnyOfTheThree() {
    Set<String> auth = Set.of("login", "signup", "verifyEmail", "boot", "forgotPassword", "resetPassword");
    for (String id : SPEC.operationIds()) {
      SpecOperations.SpecOperation operation = SPEC.operation(id);
      if (auth.contains(id)) {
        assertThat(operation.path()).as(id).startsWith("/auth/");
        assertThat(operation.security()).as(id).isEmpty();
      } else if (id.equals("getMe")) {
        assertThat(operation.security()).as(id).containsExactlyInAnyOrder("voipbinToken", "voipbinBearer");
      } else {
        assertThat(operation.path()).as(id).startsWith("/v1.0/");
        assertThat(operation.security())
            .as(id)
            .containsExactlyInAnyOrder("voipbinAccessKey", "voipbinToken", "voipbinBearer");
      }
    }
  }

  @Test
  void jsonOnlyOperationsGoWithoutAnAcceptHeaderAndTheAudioDownloadNamesWav() throws Exception {
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      apis.enqueue(200, "{\"id\":\"c-1\"}");
      apis.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "audio/wav").body("RIFF").build());

      apis.create(CallsApi.class).getCall("c-1").execute();
      apis.create(RecordingsApi.class).getRecordingFile("rc-1").execute().body().close();

      assertThat(apis.takeRequest().getHeaders().get("Accept")).isNull();
      assertThat(apis.takeRequest().getHeaders().get("Accept")).isEqualTo("audio/wav, application/json");
    }
  }

  @Test
  void recordingFileRedirectReachesTheCallerWithItsLocation() throws Exception {
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      apis.enqueue(new MockResponse.Builder().code(307)
          .setHeader("Location", "https://storage.example.test/recordings/rc-1.wav?sig=abc").build());

      Response<ResponseBody> response = apis.create(RecordingsApi.class).getRecordingFile("rc-1").execute();

      assertThat(response.code()).isEqualTo(307);
      assertThat(response.headers().get("Location")).isEqualTo("https://storage.example.test/recordings/rc-1.wav?sig=abc");
      response.errorBody().close();
    }
  }

  @Test
  void followedRecordingFileDownloadIsHandedOverAsRawAudio() throws Exception {
    byte[] riffHeader = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E'};
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      apis.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "audio/wav")
          .body(new okio.Buffer().write(riffHeader)).build());

      Response<ResponseBody> response = apis.create(RecordingsApi.class).getRecordingFile("rc-1").execute();

      try (ResponseBody body = response.body()) {
        assertThat(body).isNotNull();
        assertThat(body.bytes()).containsExactly(riffHeader);
      }
    }
  }

  @Test
  void errorEnvelopeOfAFailedCallParsesIntoTheNamedErrorModel() throws Exception {
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      apis.enqueue(403, "{\"error\":{\"status\":\"PERMISSION_DENIED\",\"reason\":\"AGENT_AUTH_REQUIRED\","
          + "\"message\":\"this endpoint needs an agent login\",\"request_id\":\"req_0123456789abcdef\"}}");

      Response<?> response = apis.create(AgentsApi.class).getMe().execute();
      ErrorResponse error =
          LenientJson.moshi().adapter(ErrorResponse.class).fromJson(response.errorBody().string());

      assertThat(response.code()).isEqualTo(403);
      assertThat(error.getError().getStatus()).isEqualTo(ErrorDetail.StatusEnum.PERMISSION_DENIED);
      assertThat(error.getError().getReason()).isEqualTo("AGENT_AUTH_REQUIRED");
      assertThat(error.getError().getRequestId()).isEqualTo("req_0123456789abcdef");
    }
  }
}
