package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.sandbox.internal.Json;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.AccesskeysApi;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.api.AicallsApi;
import io.cpaaskit.voipbin.api.AisApi;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.api.FlowsApi;
import io.cpaaskit.voipbin.errors.VoipbinApiException;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import io.cpaaskit.voipbin.model.Accesskey;
import io.cpaaskit.voipbin.model.Address;
import io.cpaaskit.voipbin.model.Ai;
import io.cpaaskit.voipbin.model.AiEngineModel;
import io.cpaaskit.voipbin.model.Aicall;
import io.cpaaskit.voipbin.model.AicallAssistanceType;
import io.cpaaskit.voipbin.model.AicallReferenceType;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.CallList;
import io.cpaaskit.voipbin.model.CreateAccesskeyRequest;
import io.cpaaskit.voipbin.model.CreateAiRequest;
import io.cpaaskit.voipbin.model.CreateAicallRequest;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.CreateFlowRequest;
import io.cpaaskit.voipbin.model.Customer;
import io.cpaaskit.voipbin.model.EmailVerifyRequest;
import io.cpaaskit.voipbin.model.Flow;
import io.cpaaskit.voipbin.model.FlowAction;
import io.cpaaskit.voipbin.model.FlowList;
import io.cpaaskit.voipbin.model.SignupRequest;
import io.cpaaskit.voipbin.model.SignupResult;
import io.cpaaskit.voipbin.model.UpdateFlowRequest;
import io.cpaaskit.voipbin.paging.VoipbinPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The VoIPBIN sandbox driven by the real {@code VoipbinClient} with each kind of credential, and by raw OkHttp where
 * the wire itself is the point (empty 400 bodies, JWT claims, spec violations). No test sleeps: token lifetimes run on
 * a {@link FakeClock}, and retry waits go to a recording sleeper.
 */
class VoipbinSandboxTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final FakeClock clock = new FakeClock(START);
  private final OkHttpClient http = new OkHttpClient();
  private VoipbinSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = VoipbinSandbox.builder().clock(clock).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  // ---- Password login ----------------------------------------------------------------------------------------------

  @Test
  void passwordLoginPlacesListsHangsUpAndDeletesACall() throws IOException {
    CallsApi calls = passwordClient(clock).create(CallsApi.class);

    CallLeg placed = VoipbinErrors.execute(calls.createCall(callTo("+14155551234"))).getCalls().get(0);
    assertThat(placed.getStatus()).isEqualTo(CallLeg.StatusEnum.DIALING);
    assertThat(VoipbinErrors.execute(calls.getCall(placed.getId())).getDestination().getTarget()).isEqualTo("+14155551234");
    assertThat(VoipbinErrors.execute(calls.listCalls(10, null)).getResult()).extracting(CallLeg::getId).containsExactly(placed.getId());

    CallLeg hungUp = VoipbinErrors.execute(calls.hangupCall(placed.getId()));
    assertThat(hungUp.getStatus()).isEqualTo(CallLeg.StatusEnum.HANGUP);
    assertThat(hungUp.getHangupBy()).isEqualTo(CallLeg.HangupByEnum.LOCAL);
    assertThat(VoipbinErrors.execute(calls.getCall(placed.getId())).getStatus()).isEqualTo(CallLeg.StatusEnum.HANGUP);
    assertThatThrownBy(() -> VoipbinErrors.execute(calls.hangupCall(placed.getId())))
        .isInstanceOfSatisfying(VoipbinApiException.Conflict.class,
            e -> assertThat(e.reason()).isEqualTo("CALL_ALREADY_HANGUP"));

    VoipbinErrors.execute(calls.deleteCall(placed.getId()));
    assertThatThrownBy(() -> VoipbinErrors.execute(calls.getCall(placed.getId())))
        .isInstanceOfSatisfying(VoipbinApiException.NotFound.class, e -> {
          assertThat(e.errorStatus()).isEqualTo("NOT_FOUND");
          assertThat(e.reason()).isEqualTo("RESOURCE_NOT_FOUND");
          assertThat(e.requestId()).startsWith("req_");
        });

    assertThat(sandbox.traffic().logins()).isEqualTo(1);
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void passwordLoginManagesFlowsAndRegeneratesTheirDirectHash() throws IOException {
    FlowsApi flows = passwordClient(clock).create(FlowsApi.class);
    Flow created = VoipbinErrors.execute(flows.createFlow(new CreateFlowRequest().name("greeting").detail("says hello")
        .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.ANSWER), new FlowAction().type(FlowAction.TypeEnum.TALK)
            .option(Map.of("text", "Hello", "language", "en-US"))))));
    assertThat(created.getActions()).extracting(FlowAction::getId).doesNotContainNull();

    Flow updated = VoipbinErrors.execute(flows.updateFlow(created.getId(), new UpdateFlowRequest().name("greeting v2")
        .detail("says hello twice").actions(created.getActions())));
    assertThat(updated.getName()).isEqualTo("greeting v2");
    assertThat(VoipbinErrors.execute(flows.getFlow(created.getId())).getDetail()).isEqualTo("says hello twice");
    FlowList listed = VoipbinErrors.execute(flows.listFlows(null, null));
    assertThat(listed.getResult()).extracting(Flow::getId).containsExactly(created.getId());

    String first = VoipbinErrors.execute(flows.regenerateFlowDirectHash(created.getId())).getDirectHash();
    String second = VoipbinErrors.execute(flows.regenerateFlowDirectHash(created.getId())).getDirectHash();
    assertThat(first).startsWith("direct.");
    assertThat(second).startsWith("direct.").isNotEqualTo(first);

    VoipbinErrors.execute(flows.deleteFlow(created.getId()));
    assertThatThrownBy(() -> VoipbinErrors.execute(flows.getFlow(created.getId())))
        .isInstanceOf(VoipbinApiException.NotFound.class);
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void getMeAnswersTheLoggedInAgentAndRefusesAnAccessKeyWith403() throws IOException {
    assertThat(VoipbinErrors.execute(passwordClient(clock).create(AgentsApi.class).getMe()).getUsername())
        .isEqualTo(sandbox.username());

    // The client refuses before sending; on the wire the server's own answer is 403 AGENT_AUTH_REQUIRED.
    assertThatThrownBy(() -> accessKeyClient(sandbox.accessKey()).create(AgentsApi.class).getMe().execute())
        .isInstanceOf(CredentialNotAcceptedException.class);
    try (Response response = get("/v1.0/me?accesskey=" + sandbox.accessKey(), null)) {
      assertThat(response.code()).isEqualTo(403);
      assertThat(error(response)).containsEntry("status", "PERMISSION_DENIED").containsEntry("reason", "AGENT_AUTH_REQUIRED");
    }
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void loginTokenIsAnHs256JwtWithVoipbinsExpireClaimAndNoExp() throws IOException {
    String token = rawLogin(sandbox.username(), sandbox.password());

    String[] parts = token.split("\\.");
    assertThat(parts).hasSize(3);
    assertThat(decode(parts[0])).containsEntry("alg", "HS256");
    Map<String, Object> claims = decode(parts[1]);
    assertThat(claims).doesNotContainKeys("exp", "iat").containsEntry("type", "agent");
    // 2026-01-01T00:00:00Z plus the default 7 days, in VoIPBIN's fixed six-digit layout.
    assertThat(claims.get("expire")).isEqualTo("2026-01-08T00:00:00.000000Z");
    assertThat(asMap(claims.get("agent"))).containsEntry("username", sandbox.username()).containsKeys("id", "customer_id");

    try (Response accepted = get("/v1.0/calls", "Bearer " + token)) {
      assertThat(accepted.code()).isEqualTo(200);
    }
    // The signature covers the claims: a later expire with the old signature is refused, as is a changed signature.
    String longerLived = Base64.getUrlEncoder().withoutPadding().encodeToString(
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("2026-01-08", "2027-01-08").getBytes(StandardCharsets.UTF_8));
    String flipped = parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);
    for (String forged : List.of(parts[0] + "." + longerLived + "." + parts[2], parts[0] + "." + parts[1] + "." + flipped)) {
      try (Response refused = get("/v1.0/calls", "Bearer " + forged)) {
        assertThat(refused.code()).isEqualTo(401);
        assertThat(error(refused)).containsEntry("reason", "INVALID_CREDENTIALS");
      }
    }
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void clientLogsInAgainBeforeSendingOnceTheTokenLifetimeHasPassed() throws IOException {
    CallsApi calls = passwordClient(clock).create(CallsApi.class);
    VoipbinErrors.execute(calls.listCalls(10, null));
    assertThat(sandbox.traffic().logins()).isEqualTo(1);

    clock.advance(Duration.ofDays(7).plusMinutes(1));
    VoipbinErrors.execute(calls.listCalls(10, null));

    assertThat(sandbox.traffic().logins()).isEqualTo(2);
    assertThat(sandbox.traffic().unauthorized()).isZero();
    assertThat(sandbox.traffic().expiredTokens()).isZero();
  }

  @Test
  void anExpiredTokenSentIntoAnInjectedFaultIsCountedToo() throws IOException {
    CallsApi calls = passwordClient(new FakeClock(START)).create(CallsApi.class);
    VoipbinErrors.execute(calls.listCalls(10, null));

    clock.advance(Duration.ofDays(8));
    sandbox.faults().on("listCalls").serverErrors(1);
    assertThatThrownBy(() -> VoipbinErrors.execute(calls.listCalls(10, null)))
        .isInstanceOf(VoipbinApiException.ServerFailure.class);

    assertThat(sandbox.traffic().expiredTokens()).as("the 503 did not hide the expired token").isEqualTo(1);
    assertThat(sandbox.traffic().unauthorized()).isZero();
  }

  @Test
  void sandboxRefusesATokenPastItsExpireAndTheClientRecoversWithOneLogin() throws IOException {
    // The client's clock stands still while the server's moves on: only the server can tell the token expired.
    CallsApi calls = passwordClient(new FakeClock(START)).create(CallsApi.class);
    VoipbinErrors.execute(calls.listCalls(10, null));

    clock.advance(Duration.ofDays(8));
    CallList page = VoipbinErrors.execute(calls.listCalls(10, null));

    assertThat(page.getResult()).isEmpty();
    assertThat(sandbox.traffic().expiredTokens()).isEqualTo(1);
    assertThat(sandbox.traffic().unauthorized()).isEqualTo(1);
    assertThat(sandbox.traffic().logins()).isEqualTo(2);
  }

  @Test
  void revokeTokensCausesExactlyOne401ThenTheClientLogsInAgainAndRecovers() throws IOException {
    CallsApi calls = passwordClient(clock).create(CallsApi.class);
    VoipbinErrors.execute(calls.listCalls(10, null));

    sandbox.revokeTokens();
    VoipbinErrors.execute(calls.listCalls(10, null));
    VoipbinErrors.execute(calls.listCalls(10, null));

    assertThat(sandbox.traffic().unauthorized()).isEqualTo(1);
    assertThat(sandbox.traffic().logins()).isEqualTo(2);
    assertThat(sandbox.traffic().count("listCalls")).isEqualTo(4);
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void wrongPasswordIsTheClientsInvalidCredentialsAndABareEmpty400OnTheWire() throws IOException {
    VoipbinClient wrong = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).clock(clock)
        .credentials(VoipbinCredentials.password(sandbox.username(), "not-the-password")).build();
    assertThatThrownBy(() -> wrong.create(CallsApi.class).listCalls(10, null).execute())
        .isInstanceOf(InvalidCredentialsException.class);

    try (Response response = post("/auth/login", "{\"username\":\"" + sandbox.username() + "\",\"password\":\"nope\"}")) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).isEmpty();
      assertThat(response.header("Content-Type")).isNull();
    }
    assertThat(sandbox.traffic().logins()).isZero();
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  // ---- Access keys -------------------------------------------------------------------------------------------------

  @Test
  void accessKeyCreatedThroughTheApiAuthenticatesUntilItIsDeleted() throws IOException {
    AccesskeysApi keys = accessKeyClient(sandbox.accessKey()).create(AccesskeysApi.class);
    Accesskey created = VoipbinErrors.execute(keys.createAccesskey(new CreateAccesskeyRequest().name("ci").expire(86_400)));
    assertThat(created.getToken()).startsWith("vb_");
    assertThat(created.getTokenPrefix()).isEqualTo(created.getToken().substring(0, 11));
    assertThat(created.getTmExpire().toInstant()).isEqualTo(START.plus(Duration.ofDays(1)));

    CallsApi withNewKey = accessKeyClient(created.getToken()).create(CallsApi.class);
    assertThat(VoipbinErrors.execute(withNewKey.listCalls(10, null)).getResult()).isEmpty();
    // The raw key is shown once: reads carry only the prefix.
    assertThat(VoipbinErrors.execute(keys.getAccesskey(created.getId())).getToken()).isNull();
    assertThat(VoipbinErrors.execute(keys.listAccesskeys(null, null)).getResult())
        .extracting(Accesskey::getToken).containsOnlyNulls();

    VoipbinErrors.execute(keys.deleteAccesskey(created.getId()));
    assertThatThrownBy(() -> withNewKey.listCalls(10, null).execute()).isInstanceOf(InvalidApiKeyException.class);
    assertThatThrownBy(() -> VoipbinErrors.execute(keys.getAccesskey(created.getId())))
        .isInstanceOfSatisfying(VoipbinApiException.Conflict.class, e -> assertThat(e.reason()).isEqualTo("STATE_INVALID"));
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void accessKeyWithALifetimeUnderOneDayIsRefusedWithTheInvalidArgumentEnvelope() {
    // The spec declares the one-day minimum, so the refusal is also listed as the client's spec violation.
    AccesskeysApi keys = accessKeyClient(sandbox.accessKey()).create(AccesskeysApi.class);
    assertThatThrownBy(() -> VoipbinErrors.execute(keys.createAccesskey(new CreateAccesskeyRequest().expire(86_399))))
        .isInstanceOfSatisfying(VoipbinApiException.BadRequest.class, e -> {
          assertThat(e.errorStatus()).isEqualTo("INVALID_ARGUMENT");
          assertThat(e.reason()).isEqualTo("INVALID_ARGUMENT");
          assertThat(e.vendorMessage()).contains("expire");
        });
    assertThat(sandbox.traffic().violations()).singleElement()
        .satisfies(v -> assertThat(v.operationId()).isEqualTo("createAccesskey"));
  }

  @Test
  void accessKeyIsReadOnlyFromTheQueryNeverAsBearer() throws IOException {
    try (Response asBearer = get("/v1.0/calls", "Bearer " + sandbox.accessKey())) {
      assertThat(asBearer.code()).isEqualTo(401);
      assertThat(error(asBearer)).containsEntry("status", "UNAUTHENTICATED").containsEntry("reason", "INVALID_CREDENTIALS");
    }
    try (Response none = get("/v1.0/calls", null)) {
      assertThat(none.code()).isEqualTo(401);
      assertThat(error(none)).containsEntry("reason", "AUTHENTICATION_REQUIRED");
    }
    try (Response inQuery = get("/v1.0/calls?accesskey=" + sandbox.accessKey(), null)) {
      assertThat(inQuery.code()).isEqualTo(200);
      assertThat(inQuery.header("X-Request-Id")).startsWith("req_");
    }
  }

  // ---- Direct hash -------------------------------------------------------------------------------------------------

  @Test
  void directHashOfAnAiBootsAFourHourTokenThatReachesOnlyAiCalls() throws IOException {
    Ai ai = VoipbinErrors.execute(accessKeyClient(sandbox.accessKey()).create(AisApi.class).createAi(newAi()));
    assertThat(ai.getDirectHash()).startsWith("direct.");

    VoipbinClient widget = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).clock(clock)
        .retryPolicy(RetryPolicy.none()).credentials(VoipbinCredentials.directHash(ai.getDirectHash())).build();
    AicallsApi aicalls = widget.create(AicallsApi.class);
    Aicall started = VoipbinErrors.execute(aicalls.createAicall(new CreateAicallRequest()
        .assistanceType(AicallAssistanceType.AI).assistanceId(ai.getId())
        .referenceType(AicallReferenceType.CALL).referenceId("3f2c7a9e-0000-4000-8000-000000000001")));
    assertThat(VoipbinErrors.execute(aicalls.listAicalls(null, null)).getResult()).extracting(Aicall::getId)
        .containsExactly(started.getId());
    assertThat(VoipbinErrors.execute(aicalls.terminateAicall(started.getId())).getStatus())
        .isEqualTo(Aicall.StatusEnum.TERMINATED);

    assertThatThrownBy(() -> VoipbinErrors.execute(widget.create(CallsApi.class).getCall(started.getId())))
        .isInstanceOfSatisfying(VoipbinApiException.Forbidden.class,
            e -> assertThat(e.reason()).isEqualTo("DIRECT_ACCESS_NOT_SUPPORTED"));
    assertThat(sandbox.traffic().logins()).isEqualTo(1);

    try (Response boot = post("/auth/boot", "{\"direct_hash\":\"" + ai.getDirectHash() + "\"}")) {
      Map<String, Object> body = asMap(Json.read(boot.body().string()));
      assertThat(body).containsEntry("type", "direct").containsEntry("resource_type", "ai")
          .containsEntry("resource_id", ai.getId());
      // Four hours after the frozen clock; tokens issued within one microsecond are kept distinct by the sandbox.
      assertThat((String) body.get("expire")).matches("2026-01-01T04:00:00\\.00000\\dZ");
      Map<String, Object> claims = decode(((String) body.get("token")).split("\\.")[1]);
      assertThat(claims).containsEntry("type", "direct").containsEntry("expire", body.get("expire"));
    }
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void bootRefusesAFlowsDirectHashBecauseVoipbinBootsOnlyAiAndWidgetHashes() throws IOException {
    FlowsApi flows = accessKeyClient(sandbox.accessKey()).create(FlowsApi.class);
    Flow flow = VoipbinErrors.execute(flows.createFlow(new CreateFlowRequest().name("f").detail("d")
        .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.ANSWER)))));
    String hash = VoipbinErrors.execute(flows.regenerateFlowDirectHash(flow.getId())).getDirectHash();

    VoipbinClient withFlowHash = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).clock(clock)
        .credentials(VoipbinCredentials.directHash(hash)).build();
    assertThatThrownBy(() -> withFlowHash.create(AicallsApi.class).listAicalls(null, null).execute())
        .isInstanceOf(InvalidCredentialsException.class);
    try (Response response = post("/auth/boot", "{\"direct_hash\":\"" + hash + "\"}")) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).isEmpty();
    }
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  // ---- Sign-up -----------------------------------------------------------------------------------------------------

  @Test
  void signupCreatesAnIsolatedCustomerWithAWorkingKeyAndAReusedEmailGetsAnEmptyObject() throws IOException {
    VoipbinErrors.execute(accessKeyClient(sandbox.accessKey()).create(CallsApi.class).createCall(callTo("+14155550000")));
    AuthApi auth = accessKeyClient(sandbox.accessKey()).create(AuthApi.class);

    SignupResult result = VoipbinErrors.execute(auth.signup(new SignupRequest().email("new@acme.test").acceptedTos(true)));
    assertThat(result.getCustomer().getStatus()).isEqualTo(Customer.StatusEnum.INITIAL);
    assertThat(result.getAccesskey().getName()).isEqualTo("default");
    assertThat(result.getAccesskey().getToken()).startsWith("vb_");
    // The new customer sees its own (empty) call list, not the seeded customer's call.
    assertThat(VoipbinErrors.execute(accessKeyClient(result.getAccesskey().getToken()).create(CallsApi.class)
        .listCalls(null, null)).getResult()).isEmpty();

    SignupResult again = VoipbinErrors.execute(auth.signup(new SignupRequest().email("new@acme.test").acceptedTos(true)));
    assertThat(again.getCustomer()).isNull();
    assertThat(again.getAccesskey()).isNull();

    assertThatThrownBy(() -> VoipbinErrors.execute(auth.verifyEmail(new EmailVerifyRequest().token("0".repeat(64)))))
        .isInstanceOfSatisfying(VoipbinApiException.BadRequest.class, e -> assertThat(e.reason()).isNull());
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  // ---- Paging ------------------------------------------------------------------------------------------------------

  @Test
  void voipbinPagesWalksEveryCallPageByPageNewestFirst() throws IOException {
    CallsApi calls = accessKeyClient(sandbox.accessKey()).create(CallsApi.class);
    List<String> placed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      placed.add(VoipbinErrors.execute(calls.createCall(callTo("+1415555000" + i))).getCalls().get(0).getId());
    }

    List<String> walked = new ArrayList<>();
    for (CallLeg call : VoipbinPages.iterate(2, calls::listCalls, CallList::getResult, CallList::getNextPageToken)) {
      walked.add(call.getId());
    }

    List<String> newestFirst = IntStream.range(0, 5).mapToObj(i -> placed.get(4 - i)).collect(Collectors.toList());
    assertThat(walked).containsExactlyElementsOf(newestFirst);
    // Pages of 2, 2 and 1, then the empty page with which VoIPBIN ends every list (it sends a token on the last
    // non-empty page too).
    assertThat(sandbox.traffic().count("listCalls")).isEqualTo(4);
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  // ---- Faults and spec violations ----------------------------------------------------------------------------------

  @Test
  void injected429IsTheTypedRateLimitedErrorOnAPostAndIsWaitedOutOnAGet() throws IOException {
    List<Duration> waited = new ArrayList<>();
    VoipbinClient client = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).clock(clock)
        .credentials(VoipbinCredentials.accessKey(sandbox.accessKey()))
        .retryPolicy(RetryPolicy.builder().sleeper(waited::add).build())
        .build();
    CallsApi calls = client.create(CallsApi.class);

    sandbox.faults().rateLimit(1, Duration.ofSeconds(2));
    assertThatThrownBy(() -> VoipbinErrors.execute(calls.createCall(callTo("+14155551234"))))
        .isInstanceOfSatisfying(VoipbinApiException.RateLimited.class, e -> {
          assertThat(e.reason()).isEqualTo("RATE_LIMIT_EXCEEDED");
          assertThat(e.errorStatus()).isEqualTo("RESOURCE_EXHAUSTED");
          assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
          assertThat(e.limitedBy()).isEqualTo("customer");
        });
    assertThat(waited).isEmpty(); // placing a call is never sent twice

    sandbox.faults().rateLimit(1, Duration.ofSeconds(1));
    assertThat(VoipbinErrors.execute(calls.listCalls(10, null)).getResult()).isEmpty();
    assertThat(waited).containsExactly(Duration.ofSeconds(1));
    assertThat(sandbox.traffic().rateLimited()).isEqualTo(2);
  }

  @Test
  void requestThatBreaksTheSpecGets400NamingTheViolationAndIsListed() throws IOException {
    try (Response response = post("/v1.0/calls?accesskey=" + sandbox.accessKey(), "{\"destinations\":\"+14155551234\"}")) {
      assertThat(response.code()).isEqualTo(400);
      Map<String, Object> error = error(response);
      assertThat(error).containsEntry("status", "INVALID_ARGUMENT");
      assertThat((String) error.get("message")).contains("destinations");
    }
    // Under /auth the same refusal is VoIPBIN's bare 400; the sandbox names the violation in a header instead.
    try (Response response = post("/auth/login", "{\"username\":42,\"password\":\"x\"}")) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).isEmpty();
      assertThat(response.header("X-Sandbox-Violation")).contains("username");
    }

    assertThat(sandbox.traffic().violations()).hasSize(2).allSatisfy(v -> assertThat(v.inResponse()).isFalse());
    assertThat(sandbox.traffic().violations()).extracting(SandboxTraffic.Violation::operationId)
        .containsExactly("createCall", "login");
    assertThat(sandbox.traffic().count("createCall")).isEqualTo(1);
  }

  @Test
  void toStringNamesTheUserButNeverThePasswordOrTheAccessKey() {
    assertThat(sandbox.toString()).contains(sandbox.username())
        .doesNotContain(sandbox.password()).doesNotContain(sandbox.accessKey());
  }

  // ---- Helpers -----------------------------------------------------------------------------------------------------

  private VoipbinClient passwordClient(Clock clientClock) {
    return VoipbinClient.builder().baseUrl(sandbox.baseUrl()).clock(clientClock).retryPolicy(RetryPolicy.none())
        .credentials(VoipbinCredentials.password(sandbox.username(), sandbox.password())).build();
  }

  private VoipbinClient accessKeyClient(String key) {
    return VoipbinClient.builder().baseUrl(sandbox.baseUrl()).clock(clock).retryPolicy(RetryPolicy.none())
        .credentials(VoipbinCredentials.accessKey(key)).build();
  }

  private static CreateCallRequest callTo(String number) {
    return new CreateCallRequest()
        .source(new Address().type(Address.TypeEnum.TEL).target("+14155550100"))
        .destinations(List.of(new Address().type(Address.TypeEnum.TEL).target(number)))
        .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.TALK).option(Map.of("text", "hi"))));
  }

  private static CreateAiRequest newAi() {
    return new CreateAiRequest().name("support").detail("answers").engineModel(AiEngineModel.OPENAI_GPT_5)
        .parameter(Map.of()).engineKey("").initPrompt("Be helpful.").ttsType("google").ttsVoiceId("en-US-Neural2-F")
        .sttType("deepgram");
  }

  private String rawLogin(String username, String password) throws IOException {
    try (Response response = post("/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")) {
      assertThat(response.code()).isEqualTo(200);
      return (String) asMap(Json.read(response.body().string())).get("token");
    }
  }

  private Response get(String path, String authorization) throws IOException {
    Request.Builder request = new Request.Builder().url(sandbox.baseUrl() + path.substring(1));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.newCall(request.build()).execute();
  }

  private Response post(String path, String json) throws IOException {
    return http.newCall(new Request.Builder().url(sandbox.baseUrl() + path.substring(1))
        .post(RequestBody.create(json, JSON)).build()).execute();
  }

  private static Map<String, Object> error(Response response) throws IOException {
    return asMap(asMap(Json.read(response.body().string())).get("error"));
  }

  private static Map<String, Object> decode(String base64Url) throws IOException {
    return asMap(Json.read(new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
