package io.cpaaskit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.sandbox.VoipbinSandbox;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.vobiz.voice.api.CallsApi;
import io.cpaaskit.vobiz.voice.api.ConferencesApi;
import io.cpaaskit.vobiz.voice.api.NumbersApi;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.FlowsApi;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.CreateFlowRequest;
import io.cpaaskit.voipbin.model.Flow;
import io.cpaaskit.voipbin.model.FlowAction;
import io.cpaaskit.zipteams.ZipteamsCredentials;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input from the caller: null, blank, oversized and malformed arguments, invalid E.164 numbers, unknown enum
 * values, Unicode names. Each ends in a clear exception naming the argument before anything is sent (the server saw
 * no request), or in a request encoded correctly (checked on the recorded bytes, and by the sandbox's validator).
 */
class BadInputTest {
  private static final String AUTH_ID = "MA_ABCDEF1234";
  private static final String UNICODE = "José Müller 李雷 🚀";

  private final Harness harness = new Harness();
  private final MockWebServer server = new MockWebServer();
  private VobizClient vobiz;
  private VobizClient.CustomerScope acme;

  @BeforeEach
  void start() throws IOException {
    server.start();
    vobiz = VobizClient.builder().baseUrl(server.url("/").toString())
        .okHttpClient(harness.http(Duration.ofSeconds(5)))
        .credentials(VobizCredentials.customer(AUTH_ID, "bad-input-token-0001"))
        .retryPolicy(RetryPolicy.none())
        .build();
    acme = vobiz.customer();
  }

  @AfterEach
  void stop() {
    server.close();
    harness.close();
  }

  private void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build());
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  // ---- Credentials --------------------------------------------------------------------------------------------------

  /** One factory argument set wrong: which argument, and how to build with it. */
  private record Slot(String field, Function<String, Object> build) {}

  private static final List<Slot> SLOTS = List.of(
      new Slot("authToken", v -> VobizCredentials.partner("PA_XY123456", v)),
      new Slot("authId", v -> VobizCredentials.customer(v, "good-token-1")),
      new Slot("authToken", v -> VobizCredentials.customer("MA_ABCDEF1234", v)),
      new Slot("email", v -> VobizCredentials.partnerLogin("PA_XY123456", "good-token-1", v, "good-Passw0rd")),
      new Slot("password", v -> VobizCredentials.partnerLogin("PA_XY123456", "good-token-1", "ops@example.com", v)),
      new Slot("username", v -> VoipbinCredentials.password(v, "good-Passw0rd")),
      new Slot("password", v -> VoipbinCredentials.password("alice@example.com", v)),
      new Slot("accessKey", v -> VoipbinCredentials.accessKey(v)),
      new Slot("directHash", v -> VoipbinCredentials.directHash(v)),
      new Slot("apiKey", v -> ZipteamsCredentials.partner(v, "good-secret-1", "tenant1", "team1")),
      new Slot("apiSecret", v -> ZipteamsCredentials.partner("good-key-1", v, "tenant1", "team1")),
      new Slot("tenantId", v -> ZipteamsCredentials.partner("good-key-1", "good-secret-1", v, "team1")),
      new Slot("subTenantId", v -> ZipteamsCredentials.partner("good-key-1", "good-secret-1", "tenant1", v)),
      new Slot("apiKey", v -> ZipteamsCredentials.customer(v)));

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"<null>", "", "   ", " padded-SECRETVALUE ", "line\nbreak-SECRETVALUE", "tab\tSECRETVALUE",
      "nul\u0000SECRETVALUE", "José-SECRETVALUE"})
  void everyCredentialFactoryRefusesABadValueNamingTheFieldNeverTheValue(String value) {
    String bad = value.equals("<null>") ? null : value;
    boolean onlyHeaderUnsafe = bad != null && !bad.isBlank() && bad.strip().equals(bad);
    for (Slot slot : SLOTS) {
      if ((slot.field().equals("password") || slot.field().equals("username")) && onlyHeaderUnsafe) {
        continue; // VoIPBIN's username and both passwords travel JSON-escaped in a login body, never in a header
      }
      Throwable thrown = catchThrowable(() -> slot.build().apply(bad));
      assertThat(thrown).as("%s = %s", slot.field(), value).isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getMessage().toLowerCase(java.util.Locale.ROOT)).as("message names the field")
          .containsAnyOf(slot.field().toLowerCase(java.util.Locale.ROOT), split(slot.field()));
      if (bad != null && !bad.isBlank()) {
        assertThat(thrown.getMessage()).as("message never echoes the value").doesNotContain("SECRETVALUE");
      }
    }
  }

  private static String split(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void anOversizedTokenIsRefusedAtConstructionOrSentIntact() throws Exception {
    String huge = "T".repeat(64 * 1024);
    Throwable refused = catchThrowable(() -> VobizCredentials.customer(AUTH_ID, huge));
    if (refused != null) {
      assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authToken");
      return;
    }
    VobizClient client = VobizClient.builder().baseUrl(server.url("/").toString())
        .okHttpClient(harness.http(Duration.ofSeconds(5)))
        .credentials(VobizCredentials.customer(AUTH_ID, huge)).retryPolicy(RetryPolicy.none()).build();
    answer(200, "{\"conferences\":[]}");
    Harness.Outcome<?> outcome = Harness.bounded(Duration.ofSeconds(5),
        () -> client.execute(client.customer().create(ConferencesApi.class).listConferences(AUTH_ID)));
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    assertThat(taken().getHeaders().get("X-Auth-Token")).isEqualTo(huge);
  }

  // ---- Generated methods --------------------------------------------------------------------------------------------

  @Test
  void nullRequiredArgumentsFailBeforeAnythingIsSentNamingTheParameter() {
    assertThatThrownBy(() -> acme.create(ConferencesApi.class).getConference(AUTH_ID, null).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conference_name");
    assertThatThrownBy(() -> acme.create(CallsApi.class).makeCall(AUTH_ID, null).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Body");
    assertThatThrownBy(() -> acme.create(NumbersApi.class).getNumberHealth(AUTH_ID, null, null, null).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e164");
    assertThatThrownBy(() -> acme.create(ConferencesApi.class).getConference(null, "standup").execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auth_id");
    assertThat(server.getRequestCount()).isZero();
  }

  private io.cpaaskit.voipbin.VoipbinClient voipbinOnThisServer() {
    return VoipbinClient.builder().baseUrl(server.url("/").toString())
        .okHttpClient(harness.http(Duration.ofSeconds(5)))
        .credentials(VoipbinCredentials.accessKey("vb_badinputaccesskey0001")).retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void nullRequiredArgumentsToVoipbinMethodsFailBeforeAnythingIsSentNamingTheParameter() {
    VoipbinClient voipbin = voipbinOnThisServer();
    assertThatThrownBy(() -> voipbin.create(io.cpaaskit.voipbin.api.CallsApi.class).getCall(null).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"id\"");
    assertThatThrownBy(() -> voipbin.create(FlowsApi.class).createFlow(null).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Body");
    assertThat(server.getRequestCount()).isZero();
  }

  /**
   * A blank path argument would leave an empty segment: {@code DELETE …/Conference//}, which a server that merges
   * slashes reads as {@code DELETE …/Conference/}, hang up every conference.
   */
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n"})
  void aBlankPathArgumentIsRefusedByNameBeforeAnythingIsSent(String blank) {
    assertThatThrownBy(() -> acme.create(ConferencesApi.class).hangupConference(AUTH_ID, blank).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"conference_name\" is blank");
    assertThatThrownBy(() -> voipbinOnThisServer().create(io.cpaaskit.voipbin.api.CallsApi.class).getCall(blank).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"id\" is blank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anUnrecognizedEnumAsAQueryArgumentIsRefusedByNameInsteadOfGoingOutAsNull() {
    assertThatThrownBy(() -> voipbinOnThisServer().create(io.cpaaskit.voipbin.api.AgentsApi.class)
        .listAgents(null, null, null, io.cpaaskit.voipbin.model.AgentStatus.UNRECOGNIZED).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("query parameter \"status\" is UNRECOGNIZED");
    assertThat(server.getRequestCount()).isZero();
  }

  /** Oversized arguments are the server's to refuse: the client sends them whole and correctly encoded. */
  @Test
  void oversizedPathQueryAndBodyArgumentsGoOutWholeAndCorrectlyEncoded() throws Exception {
    String longName = "Zü".repeat(8 * 1024);    // 16,384 characters, 24 KiB once encoded
    String longToken = "té ".repeat(8 * 1024);  // 24,576 characters in the query
    String hugeName = "李".repeat(512 * 1024);   // 1.5 MB of UTF-8 in a body
    VoipbinClient voipbin = voipbinOnThisServer();
    answer(404, "{\"api_id\":\"x\",\"error\":\"not found\"}");
    assertThat(Harness.bounded(Duration.ofSeconds(10),
        () -> vobiz.execute(acme.create(ConferencesApi.class).getConference(AUTH_ID, longName))).failure())
        .isInstanceOf(io.cpaaskit.vobiz.errors.VobizApiException.NotFound.class);
    String path = taken().getUrl().encodedPath();
    assertThat(URLDecoder.decode(path.substring(path.indexOf("/Conference/") + 12, path.length() - 1), StandardCharsets.UTF_8))
        .isEqualTo(longName);

    answer(200, "{\"result\":[],\"next_page_token\":\"\"}");
    assertThat(Harness.bounded(Duration.ofSeconds(10), () -> VoipbinErrors.execute(
        voipbin.create(io.cpaaskit.voipbin.api.AgentsApi.class).listAgents(10, longToken, null, null))).succeeded()).isTrue();
    assertThat(taken().getUrl().queryParameter("page_token")).isEqualTo(longToken);

    answer(200, "{\"id\":\"f1\"}");
    assertThat(Harness.bounded(Duration.ofSeconds(10), () -> VoipbinErrors.execute(voipbin.create(FlowsApi.class)
        .createFlow(new CreateFlowRequest().name(hugeName).actions(List.of())))).succeeded()).isTrue();
    assertThat(LenientJson.moshi().adapter(CreateFlowRequest.class).fromJson(taken().getBody().utf8()).getName())
        .isEqualTo(hugeName);
  }

  @Test
  void zipteamsUnicodeNamesAreSentAsUtf8AndANullBatchFailsBeforeAnythingIsSent() throws Exception {
    io.cpaaskit.zipteams.ZipteamsClient zipteams = io.cpaaskit.zipteams.ZipteamsClient.builder()
        .baseUrl(server.url("/").toString()).customerIngestionUrl(server.url("/").toString())
        .okHttpClient(harness.http(Duration.ofSeconds(5))).retryPolicy(RetryPolicy.none())
        .credentials(ZipteamsCredentials.partner("bad-input-api-key", "bad-input-api-secret", "acme", "sales")).build();
    io.cpaaskit.zipteams.api.PartnerCallsApi calls = zipteams.create(io.cpaaskit.zipteams.api.PartnerCallsApi.class);
    assertThatThrownBy(() -> calls.ingestCallBatch(null).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Body");
    assertThat(server.getRequestCount()).isZero();

    io.cpaaskit.zipteams.model.BatchCallRequest batch = Harness.zipteamsBatch("call-ü-1");
    batch.getData().get(0).getAgent().name(UNICODE);
    answer(200, "{\"success\":true}");
    Harness.bounded(Duration.ofSeconds(5), () -> io.cpaaskit.zipteams.errors.ZipteamsErrors.execute(calls.ingestCallBatch(batch)));
    RecordedRequest sent = taken();
    assertThat(sent.getHeaders().get("Content-Type")).contains("application/json");
    assertThat(sent.getBody().utf8()).contains("\"name\":\"" + UNICODE + "\"").contains("call-ü-1");
  }

  @Test
  void anotherAccountsAuthIdFailsBeforeAnythingIsSent() {
    assertThatThrownBy(() -> vobiz.execute(acme.create(ConferencesApi.class).getConference("MA_SOMEONEELSE", "x")))
        .isInstanceOf(CredentialNotAcceptedException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void pathTraversalInAPathArgumentIsRefusedBeforeAnythingIsSent() {
    for (String name : List.of("..", ".")) {
      assertThatThrownBy(() -> acme.create(ConferencesApi.class).getConference(AUTH_ID, name).execute())
          .as(name).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path traversal");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void slashesQueriesAndUnicodeInAPathArgumentStayInsideOneSegment() throws Exception {
    for (String name : List.of("a/b", "room?x=1#frag", UNICODE, "100% sure", "../../etc/passwd", "../partner", "%2E%2E", "%2e.")) {
      answer(404, "{\"api_id\":\"x\",\"error\":\"not found\"}");
      int before = server.getRequestCount();
      Throwable thrown = catchThrowable(() -> vobiz.execute(acme.create(ConferencesApi.class).getConference(AUTH_ID, name)));
      if (thrown instanceof IllegalArgumentException) { // refused locally: nothing may have been sent
        assertThat(server.getRequestCount()).isEqualTo(before);
        continue;
      }
      String path = taken().getUrl().encodedPath();
      String prefix = "/api/v1/Account/" + AUTH_ID + "/Conference/";
      assertThat(path).startsWith(prefix).endsWith("/");
      String segment = path.substring(prefix.length(), path.length() - 1);
      assertThat(segment).as("one segment for %s", name).doesNotContain("/").doesNotContain("?").doesNotContain("#");
      assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(name);
    }
  }

  // ---- E.164 path parameters ----------------------------------------------------------------------------------------

  @Test
  void e164NumbersAreEncodedOnceAndInvalidOnesStayOneEncodedSegment() throws Exception {
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("+919876543210", "%2B919876543210");
    expected.put("%2B919876543210", "%2B919876543210");
    expected.put("%2b919876543210", "%2B919876543210");
    expected.put("919876543210", "919876543210");
    expected.put("+91 98765 43210", "%2B91%2098765%2043210");
    expected.put("+1/../../partner", "%2B1%2F..%2F..%2Fpartner");
    expected.put("+١٢٣", "%2B%D9%A1%D9%A2%D9%A3");
    expected.put("++44", "%2B%2B44");
    expected.put("+44?x=1", "%2B44%3Fx%3D1");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      answer(200, "{}");
      Harness.bounded(Duration.ofSeconds(5),
          () -> vobiz.execute(acme.create(NumbersApi.class).getNumberHealth(AUTH_ID, e.getKey(), null, null)));
      assertThat(taken().getUrl().encodedPath()).as("E.164 %s", e.getKey())
          .isEqualTo("/api/v1/account/" + AUTH_ID + "/numbers/" + e.getValue() + "/health");
    }
  }

  // ---- Enums --------------------------------------------------------------------------------------------------------

  @Test
  void anUnrecognizedEnumInARequestIsLeftOutOfTheBodyNeverSentAsNullOrItsJavaName() throws Exception {
    answer(201, "{\"api_id\":\"a\",\"message\":\"Call fired\",\"request_uuid\":\"u\"}");
    vobiz.execute(acme.create(CallsApi.class).makeCall(AUTH_ID, new MakeCallRequest().from("919876543210")
        .to("+14155550100").answerUrl("https://example.com/a").answerMethod(MakeCallRequest.AnswerMethodEnum.UNRECOGNIZED)));
    String body = taken().getBody().utf8();
    assertThat(body).contains("\"answer_url\"").doesNotContain("answer_method").doesNotContain("UNRECOGNIZED");
  }

  @Test
  void anUnknownEnumInAResponseIsUnrecognizedNotAnError() throws IOException {
    CallLeg call = LenientJson.moshi().adapter(CallLeg.class)
        .fromJson("{\"id\":\"c1\",\"status\":\"teleporting\",\"direction\":\"sideways\"}");
    assertThat(call.getStatus()).isEqualTo(CallLeg.StatusEnum.UNRECOGNIZED);
    assertThat(call.getDirection()).isEqualTo(CallLeg.DirectionEnum.UNRECOGNIZED);
  }

  // ---- Unicode ------------------------------------------------------------------------------------------------------

  @Test
  void unicodeInABodyIsSentAsUtf8() throws Exception {
    answer(201, "{\"api_id\":\"a\",\"message\":\"Call fired\",\"request_uuid\":\"u\"}");
    vobiz.execute(acme.create(CallsApi.class).makeCall(AUTH_ID, new MakeCallRequest().from("919876543210")
        .to("+14155550100").answerUrl("https://example.com/a?who=" + UNICODE).callerName(UNICODE)));
    RecordedRequest request = taken();
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json"); // JSON is UTF-8 (RFC 8259)
    byte[] utf8 = UNICODE.getBytes(StandardCharsets.UTF_8);
    assertThat(indexOf(request.getBody().toByteArray(), utf8)).as("the name's UTF-8 bytes in the body").isNotNegative();
  }

  @Test
  void unicodeNamesRoundTripThroughTheVoipbinSandboxWithoutViolations() throws IOException {
    try (VoipbinSandbox sandbox = VoipbinSandbox.start()) {
      VoipbinClient client = VoipbinClient.builder().baseUrl(sandbox.baseUrl())
          .okHttpClient(harness.http(Duration.ofSeconds(5)))
          .credentials(VoipbinCredentials.accessKey(sandbox.accessKey())).build();
      FlowsApi flows = client.create(FlowsApi.class);
      Flow created = VoipbinErrors.execute(flows.createFlow(new CreateFlowRequest().name(UNICODE).detail("détail 🚀\u200d")
          .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.TALK).option(Map.of("text", UNICODE))))));
      Flow read = VoipbinErrors.execute(flows.getFlow(created.getId()));
      assertThat(read.getName()).isEqualTo(UNICODE);
      assertThat(read.getDetail()).isEqualTo("détail 🚀\u200d");
      assertThat(sandbox.traffic().violations()).isEmpty();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
