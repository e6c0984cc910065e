package io.cpaaskit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.auth.TokenPolicy;
import io.cpaaskit.core.errors.ApiException;
import io.cpaaskit.sandbox.VobizSandbox;
import io.cpaaskit.sandbox.VoipbinSandbox;
import io.cpaaskit.sandbox.ZipteamsSandbox;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.partner.api.PartnersApi;
import io.cpaaskit.vobiz.partner.model.CreateCustomerRequest;
import io.cpaaskit.vobiz.partner.model.CreatedCustomer;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.AgentsApi;
import io.cpaaskit.voipbin.api.AicallsApi;
import io.cpaaskit.voipbin.api.AisApi;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import io.cpaaskit.voipbin.model.Address;
import io.cpaaskit.voipbin.model.Ai;
import io.cpaaskit.voipbin.model.AiEngineModel;
import io.cpaaskit.voipbin.model.CreateAiRequest;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.FlowAction;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.ZipteamsCredentials;
import io.cpaaskit.zipteams.api.CustomerContactsApi;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.errors.ZipteamsErrors;
import io.cpaaskit.zipteams.model.CustomerSyncRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The secret canary across every module: each vendor client, at every {@link HttpLogging.Level}, goes through its
 * flows and its failure paths (wrong credentials, 401, 403, 429, 5xx, cut bodies, transport errors, login down) with
 * every secret a unique canary: the sandboxes' random partner tokens, passwords, access keys and API keys, the wrong
 * values we try, the direct hash and the customer pair the sandboxes hand out, and every JWT or token that went over
 * the wire (captured by a network interceptor, never printed). No canary may appear in a log line, in the message or
 * {@code toString()} of any exception (causes and suppressed included), in an {@link ApiException}'s raw body or URL,
 * or in the {@code toString()} of credentials, clients, scopes or sandboxes. The inbound side too: Vobiz's signature
 * verifier ({@code vobiz-callbacks}) and VoIPBIN's webhook verifier, on every refusal, never show their signing
 * secret or the signature they expected.
 */
class SecretCanaryEverywhereTest {
  private final Harness harness = new Harness();
  private final Set<String> canaries = Collections.synchronizedSet(new LinkedHashSet<>());
  private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
  private int failures;

  @AfterEach
  void stop() {
    harness.close();
  }

  private static String canary(String kind) {
    return "CANARY-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A client that records every credential it sends: Authorization bearer values and token/accesskey parameters. */
  private OkHttpClient capturing() {
    Interceptor capture = chain -> {
      Request request = chain.request();
      String authorization = request.header("Authorization");
      if (authorization != null && authorization.startsWith("Bearer ")) {
        canaries.add(authorization.substring("Bearer ".length()));
      }
      HttpUrl url = request.url();
      for (String name : List.of("token", "accesskey")) {
        String value = url.queryParameter(name);
        if (value != null) {
          canaries.add(value);
        }
      }
      return chain.proceed(request);
    };
    return harness.http(Duration.ofSeconds(5)).newBuilder().addNetworkInterceptor(capture).build();
  }

  private HttpLogging logging(HttpLogging.Level level) {
    return HttpLogging.level(level).sink(logLines::add);
  }

  /** Runs a call that may fail; records what a caller could print of the failure. */
  private void probe(Harness.Call<?> call) {
    Harness.Outcome<?> outcome = Harness.bounded(Duration.ofSeconds(15), call);
    if (outcome.value() != null) {
      seen.add(String.valueOf(outcome.value()));
    }
    if (outcome.failure() != null) {
      failures++;
      record(outcome.failure(), Collections.newSetFromMap(new IdentityHashMap<>()));
    }
  }

  private void record(Throwable t, Set<Throwable> visited) {
    if (t == null || !visited.add(t)) {
      return;
    }
    seen.add(t.toString());
    seen.add(String.valueOf(t.getMessage()));
    seen.add(String.valueOf(t.getLocalizedMessage()));
    if (t instanceof ApiException api) {
      seen.add(String.valueOf(api.rawBody()));
      seen.add(String.valueOf(api.url()));
      seen.add(String.valueOf(api.requestId()));
    }
    record(t.getCause(), visited);
    for (Throwable s : t.getSuppressed()) {
      record(s, visited);
    }
  }

  private void assertNoCanaryAnywhere(HttpLogging.Level level, int minimumFailures) {
    assertNoCanaryAnywhere(level, minimumFailures, 6);
  }

  private void assertNoCanaryAnywhere(HttpLogging.Level level, int minimumFailures, int minimumSecrets) {
    assertThat(failures).as("failure paths driven").isGreaterThanOrEqualTo(minimumFailures);
    if (level != HttpLogging.Level.NONE) {
      assertThat(logLines).as("log lines at %s", level).isNotEmpty();
    } else {
      assertThat(logLines).isEmpty();
    }
    List<String> everything = new ArrayList<>(logLines);
    everything.addAll(seen);
    List<String> secrets = new ArrayList<>(canaries);
    System.out.printf("canary %s: %d secrets planted or captured, %d log lines, %d failure paths, %d strings checked%n",
        level, secrets.size(), logLines.size(), failures, seen.size());
    assertThat(secrets).as("canaries planted").hasSizeGreaterThanOrEqualTo(minimumSecrets);
    for (String secret : secrets) {
      long hits = everything.stream().filter(line -> line != null && line.contains(secret)).count();
      // Never the value in the message: only which kind of canary and how many lines.
      assertThat(hits).as("lines holding a %s-character secret (%s…)", secret.length(),
          secret.startsWith("CANARY-") ? secret.substring(0, secret.lastIndexOf('-')) : "a sandbox or issued secret").isZero();
    }
  }

  private static String closedPortUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }
  }

  // ---- VoIPBIN ------------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(HttpLogging.Level.class)
  void voipbin(HttpLogging.Level level) throws Exception {
    try (VoipbinSandbox sandbox = VoipbinSandbox.start()) {
      canaries.add(sandbox.password());
      canaries.add(sandbox.accessKey());
      String wrongPassword = canary("voipbin-wrong-password");
      String wrongKey = "vb_" + canary("voipbin-wrong-key");
      canaries.add(wrongPassword);
      canaries.add(wrongKey);
      RetryPolicy retries = RetryPolicy.builder().sleeper(d -> { }).build();
      LoginRetry loginRetry = LoginRetry.builder().sleeper(d -> { }).build();

      VoipbinClient password = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries).loginRetry(loginRetry)
          .credentials(VoipbinCredentials.password(sandbox.username(), sandbox.password())).build();
      CallsApi calls = password.create(CallsApi.class);
      probe(() -> VoipbinErrors.execute(calls.createCall(new CreateCallRequest()
          .source(new Address().type(Address.TypeEnum.TEL).target("+14155550100"))
          .destinations(List.of(new Address().type(Address.TypeEnum.TEL).target("+14155550101")))
          .actions(List.of(new FlowAction().type(FlowAction.TypeEnum.TALK).option(Map.of("text", "hi")))))));
      probe(() -> VoipbinErrors.execute(calls.listCalls(10, null)));
      probe(() -> VoipbinErrors.execute(password.create(AgentsApi.class).getMe()));
      sandbox.revokeTokens();
      probe(() -> VoipbinErrors.execute(calls.listCalls(10, null)));                       // 401, re-login, retry
      sandbox.faults().on("listCalls").rateLimit(3, Duration.ofSeconds(1));
      probe(() -> VoipbinErrors.execute(calls.listCalls(10, null)));                       // 429 to the end
      sandbox.faults().on("listCalls").serverErrors(3);
      probe(() -> VoipbinErrors.execute(calls.listCalls(10, null)));                       // 5xx to the end
      sandbox.faults().on("listCalls").malformedBodies(1);
      probe(() -> VoipbinErrors.execute(calls.listCalls(10, null)));                       // cut body
      probe(() -> VoipbinErrors.execute(calls.getCall(UUID.randomUUID().toString())));     // 404

      String engineKey = canary("voipbin-engine-key"); // the AI vendor's key: the spec marks engine_key a secret
      canaries.add(engineKey);
      Ai ai = VoipbinErrors.execute(password.create(AisApi.class).createAi(new CreateAiRequest().name("support")
          .detail("answers").engineModel(AiEngineModel.OPENAI_GPT_5).parameter(Map.of()).engineKey(engineKey)
          .initPrompt("Be helpful.").ttsType("google").ttsVoiceId("en-US-Neural2-F").sttType("deepgram")));
      canaries.add(ai.getDirectHash());
      seen.add(ai.toString());
      VoipbinClient direct = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries)
          .credentials(VoipbinCredentials.directHash(ai.getDirectHash())).build();
      probe(() -> VoipbinErrors.execute(direct.create(AicallsApi.class).listAicalls(null, null)));
      probe(() -> VoipbinErrors.execute(direct.create(CallsApi.class).listCalls(10, null)));     // 403 for a direct token

      VoipbinClient key = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries)
          .credentials(VoipbinCredentials.accessKey(sandbox.accessKey())).build();
      probe(() -> VoipbinErrors.execute(key.create(CallsApi.class).listCalls(10, null)));
      probe(() -> VoipbinErrors.execute(key.create(AgentsApi.class).getMe()));              // not accepted, nothing sent
      VoipbinClient badKey = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries).credentials(VoipbinCredentials.accessKey(wrongKey)).build();
      probe(() -> VoipbinErrors.execute(badKey.create(CallsApi.class).listCalls(10, null))); // 401
      VoipbinClient badPassword = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries).loginRetry(loginRetry)
          .credentials(VoipbinCredentials.password(sandbox.username(), wrongPassword)).build();
      probe(() -> VoipbinErrors.execute(badPassword.create(CallsApi.class).listCalls(10, null))); // bare 400

      sandbox.faults().loginDown();
      VoipbinClient down = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).loginRetry(loginRetry)
          .credentials(VoipbinCredentials.password(sandbox.username(), sandbox.password())).build();
      probe(() -> VoipbinErrors.execute(down.create(CallsApi.class).listCalls(10, null)));  // login 503s
      sandbox.faults().clear();
      VoipbinClient stalled = VoipbinClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).loginRetry(loginRetry)
          .tokenPolicy(TokenPolicy.builder().waitTimeout(Duration.ofMillis(200)).build())
          .credentials(VoipbinCredentials.password(sandbox.username(), sandbox.password())).build();
      sandbox.faults().loginStall(Duration.ofMillis(600));
      probe(() -> VoipbinErrors.execute(stalled.create(CallsApi.class).listCalls(10, null))); // AuthTimeout

      String nowhere = closedPortUrl();
      VoipbinClient unreachable = VoipbinClient.builder().baseUrl(nowhere).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries).loginRetry(loginRetry)
          .credentials(VoipbinCredentials.password(sandbox.username(), sandbox.password())).build();
      probe(() -> VoipbinErrors.execute(unreachable.create(CallsApi.class).listCalls(10, null)));
      VoipbinClient unreachableKey = VoipbinClient.builder().baseUrl(nowhere).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries)
          .credentials(VoipbinCredentials.accessKey(sandbox.accessKey())).build();
      probe(() -> VoipbinErrors.execute(unreachableKey.create(CallsApi.class).listCalls(10, null)));

      for (Object o : List.of(password, direct, key, badKey, badPassword, sandbox,
          VoipbinCredentials.password(sandbox.username(), sandbox.password()), VoipbinCredentials.accessKey(wrongKey),
          VoipbinCredentials.directHash(ai.getDirectHash()), logging(level), Secret.of("password", wrongPassword))) {
        seen.add(o.toString());
      }
      sandbox.faults().clear();
      assertNoCanaryAnywhere(level, 10);
    }
  }

  // ---- Vobiz --------------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(HttpLogging.Level.class)
  void vobiz(HttpLogging.Level level) throws Exception {
    String seededToken = canary("vobiz-customer-token");
    try (VobizSandbox sandbox = VobizSandbox.builder().customer("MA_CANARY0001", seededToken).start()) {
      canaries.add(seededToken);
      canaries.add(sandbox.partnerAuthToken());
      canaries.add(sandbox.partnerPassword());
      String wrongPassword = canary("vobiz-wrong-password");
      String wrongToken = canary("vobiz-wrong-token");
      String customerPassword = "Str0ng!" + canary("vobiz-customer-password");
      canaries.add(wrongPassword);
      canaries.add(wrongToken);
      canaries.add(customerPassword);
      RetryPolicy retries = RetryPolicy.builder().sleeper(d -> { }).build();
      LoginRetry loginRetry = LoginRetry.builder().sleeper(d -> { }).build();

      VobizClient partner = VobizClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries).loginRetry(loginRetry)
          .credentials(VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(),
              sandbox.partnerEmail(), sandbox.partnerPassword())).build();
      PartnersApi partners = partner.partner().create(PartnersApi.class);
      CustomersApi customers = partner.partner().create(CustomersApi.class);
      probe(() -> partner.execute(partners.getPartnerProfile()));                             // JWT
      CreatedCustomer created = partner.execute(customers.createCustomer(new CreateCustomerRequest().name("canary")
          .email("canary@clinic.example").password(customerPassword).country("IN").phone("+919876543210")));
      canaries.add(created.getAuthToken());
      seen.add(created.toString());
      probe(() -> partner.execute(customers.listCustomers(1, 20, null)));                    // header pair
      probe(() -> partner.execute(customers.getCustomer("MA_NOSUCHONE1")));                    // 404
      sandbox.revokeTokens();
      probe(() -> partner.execute(partners.getPartnerProfile()));                             // 401, re-login
      sandbox.faults().on("listCustomers").rateLimit(3, Duration.ofSeconds(1));
      probe(() -> partner.execute(customers.listCustomers(1, 20, null)));
      sandbox.faults().on("listCustomers").serverErrors(3);
      probe(() -> partner.execute(customers.listCustomers(1, 20, null)));
      sandbox.faults().on("listCustomers").malformedBodies(1);
      probe(() -> partner.execute(customers.listCustomers(1, 20, null)));

      VobizClient.CustomerScope fresh = partner.customer(VobizCredentials.customer(created.getAuthId(), created.getAuthToken()));
      MakeCallRequest call = new MakeCallRequest().from("919876543210").to("+14155550100")
          .answerUrl("https://example.com/answer").answerMethod(MakeCallRequest.AnswerMethodEnum.POST);
      probe(() -> partner.execute(fresh.create(io.cpaaskit.vobiz.voice.api.CallsApi.class).makeCall(fresh.authId(), call))); // 402
      VobizClient.CustomerScope seeded = partner.customer(VobizCredentials.customer("MA_CANARY0001", seededToken));
      probe(() -> partner.execute(seeded.create(io.cpaaskit.vobiz.voice.api.CallsApi.class).makeCall(seeded.authId(), call)));
      VobizClient.CustomerScope wrong = partner.customer(VobizCredentials.customer("MA_CANARY0001", wrongToken));
      probe(() -> partner.execute(wrong.create(io.cpaaskit.vobiz.voice.api.CallsApi.class).makeCall(wrong.authId(), call))); // 401
      probe(() -> partner.execute(wrong.create(io.cpaaskit.vobiz.voice.api.CallsApi.class).makeCall("MA_SOMEONE0002", call))); // not accepted

      VobizClient badLogin = VobizClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries).loginRetry(loginRetry)
          .credentials(VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(),
              sandbox.partnerEmail(), wrongPassword)).build();
      probe(() -> badLogin.execute(badLogin.partner().create(PartnersApi.class).getPartnerProfile()));
      VobizClient badPair = VobizClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries)
          .credentials(VobizCredentials.partner(sandbox.partnerAuthId(), wrongToken)).build();
      probe(() -> badPair.execute(badPair.partner().create(CustomersApi.class).listCustomers(1, 20, null)));

      sandbox.faults().loginDown();
      VobizClient down = VobizClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).loginRetry(loginRetry)
          .credentials(VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(),
              sandbox.partnerEmail(), sandbox.partnerPassword())).build();
      probe(() -> down.execute(down.partner().create(PartnersApi.class).getPartnerProfile()));
      sandbox.faults().clear();

      VobizClient unreachable = VobizClient.builder().baseUrl(closedPortUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries).loginRetry(loginRetry)
          .credentials(VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(),
              sandbox.partnerEmail(), sandbox.partnerPassword())).build();
      probe(() -> unreachable.execute(unreachable.partner().create(PartnersApi.class).getPartnerProfile()));
      probe(() -> unreachable.execute(unreachable.partner().create(CustomersApi.class).listCustomers(1, 20, null)));

      for (Object o : List.of(partner, partner.partner(), fresh, seeded, wrong, badLogin, badPair, sandbox,
          VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(), sandbox.partnerEmail(),
              sandbox.partnerPassword()), VobizCredentials.customer("MA_CANARY0001", seededToken))) {
        seen.add(o.toString());
      }
      assertNoCanaryAnywhere(level, 10);
    }
  }

  // ---- Zipteams -----------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(HttpLogging.Level.class)
  void zipteams(HttpLogging.Level level) throws Exception {
    try (ZipteamsSandbox sandbox = ZipteamsSandbox.start()) {
      canaries.add(sandbox.apiKey());
      canaries.add(sandbox.apiSecret());
      canaries.add(sandbox.customerApiKey());
      String wrongSecret = canary("zipteams-wrong-secret");
      String wrongKey = canary("zipteams-wrong-key");
      canaries.add(wrongSecret);
      canaries.add(wrongKey);
      RetryPolicy retries = RetryPolicy.builder().sleeper(d -> { }).build();

      ZipteamsClient partner = ZipteamsClient.builder().baseUrl(sandbox.baseUrl())
          .customerIngestionUrl(sandbox.customerIngestionUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries)
          .credentials(ZipteamsCredentials.partner(sandbox.apiKey(), sandbox.apiSecret(), "acme", "sales")).build();
      DashboardTokensApi tokens = partner.create(DashboardTokensApi.class);
      String dashboardToken = ZipteamsErrors.execute(tokens.getDashboardToken()).getData().getToken();
      canaries.add(dashboardToken);
      probe(() -> ZipteamsErrors.execute(tokens.getDashboardToken()));
      sandbox.faults().on("getDashboardToken").rateLimit(3, Duration.ofSeconds(1));
      probe(() -> ZipteamsErrors.execute(tokens.getDashboardToken()));
      sandbox.faults().on("getDashboardToken").serverErrors(3);
      probe(() -> ZipteamsErrors.execute(tokens.getDashboardToken()));
      sandbox.faults().on("getDashboardToken").malformedBodies(1);
      probe(() -> ZipteamsErrors.execute(tokens.getDashboardToken()));
      probe(() -> ZipteamsErrors.execute(partner.create(CustomerContactsApi.class)
          .syncCustomer(new CustomerSyncRequest().agentEmail("meera@example.test").phoneNumber("+919876543210"))));

      ZipteamsClient badSecret = ZipteamsClient.builder().baseUrl(sandbox.baseUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries)
          .credentials(ZipteamsCredentials.partner(sandbox.apiKey(), wrongSecret, "acme", "sales")).build();
      probe(() -> ZipteamsErrors.execute(badSecret.create(DashboardTokensApi.class).getDashboardToken())); // 403

      ZipteamsClient customer = ZipteamsClient.builder().baseUrl(sandbox.baseUrl())
          .customerIngestionUrl(sandbox.customerIngestionUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries)
          .credentials(ZipteamsCredentials.customer(sandbox.customerApiKey())).build();
      probe(() -> ZipteamsErrors.execute(customer.create(CustomerContactsApi.class)
          .syncCustomer(new CustomerSyncRequest().agentEmail("meera@example.test").phoneNumber("+919876543210"))));
      ZipteamsClient badCustomer = ZipteamsClient.builder().baseUrl(sandbox.baseUrl())
          .customerIngestionUrl(sandbox.customerIngestionUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries).credentials(ZipteamsCredentials.customer(wrongKey)).build();
      probe(() -> ZipteamsErrors.execute(badCustomer.create(CustomerContactsApi.class)
          .syncCustomer(new CustomerSyncRequest().agentEmail("meera@example.test").phoneNumber("+919876543210"))));

      ZipteamsClient unreachable = ZipteamsClient.builder().baseUrl(closedPortUrl()).okHttpClient(capturing())
          .httpLogging(logging(level)).retryPolicy(retries)
          .credentials(ZipteamsCredentials.partner(sandbox.apiKey(), sandbox.apiSecret(), "acme", "sales")).build();
      probe(() -> ZipteamsErrors.execute(unreachable.create(DashboardTokensApi.class).getDashboardToken()));

      for (Object o : List.of(partner, badSecret, customer, badCustomer, sandbox,
          ZipteamsCredentials.partner(sandbox.apiKey(), sandbox.apiSecret(), "acme", "sales"),
          ZipteamsCredentials.customer(sandbox.customerApiKey()))) {
        seen.add(o.toString());
      }
      sandbox.faults().clear();
      assertNoCanaryAnywhere(level, 6);
    }
  }

  // ---- Inbound: webhook verifiers (vobiz-callbacks, VoIPBIN webhooks) -----------------------------------------------

  @org.junit.jupiter.api.Test
  void webhookVerifiersNeverShowTheSigningSecretOrTheSignatureTheyExpected() throws Exception {
    String vobizToken = canary("vobiz-webhook-auth-token");
    String voipbinSecret = canary("voipbin-webhook-secret");
    canaries.add(vobizToken);
    canaries.add(voipbinSecret);
    byte[] body = "{\"event\":\"kyc.verified\",\"data\":{\"account\":\"SA_QRST5678\"}}".getBytes(StandardCharsets.UTF_8);
    // The signatures a verifier computes for these inputs: printing one would let anyone forge that request.
    canaries.add(hmacHex(vobizToken, body));
    canaries.add(hmacHex(voipbinSecret, body));

    io.cpaaskit.vobiz.webhook.VobizSignatureVerifier vobiz = io.cpaaskit.vobiz.webhook.VobizSignatureVerifier.create(vobizToken);
    String url = "https://app.example.com/vobiz/answer";
    // What the voice-callback schemes compute for the nonces below (V3: URL "." nonce; V2: URL nonce), base64.
    canaries.add(java.util.Base64.getEncoder().encodeToString(
        hmac(vobizToken, (url + ".12345678901234567890").getBytes(StandardCharsets.UTF_8))));
    canaries.add(java.util.Base64.getEncoder().encodeToString(hmac(vobizToken, (url + "1").getBytes(StandardCharsets.UTF_8))));
    String forged = "sha256=" + "ab".repeat(32);
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> inbound = List.of(
        () -> vobiz.verifyCallback(url, Map.of()),
        () -> vobiz.verifyCallback(url, Map.of("X-Vobiz-Signature-V3", List.of("Zm9yZ2Vk"))),
        () -> vobiz.verifyCallback(url, Map.of("X-Vobiz-Signature-V3", List.of("Zm9yZ2Vk"),
            "X-Vobiz-Signature-V3-Nonce", List.of("12345678901234567890"))),
        () -> vobiz.verifyCallback(url, Map.of("X-Vobiz-Signature-V2", List.of("not base64 !"),
            "X-Vobiz-Signature-V2-Nonce", List.of("1"))),
        () -> vobiz.verifyKycWebhook(Map.of(), body),
        () -> vobiz.verifyKycWebhook(Map.of("X-Vobiz-Signature", List.of(forged)), body),
        () -> vobiz.verifyKycWebhook(Map.of("X-Vobiz-Signature", List.of("sha1=abc")), body),
        () -> io.cpaaskit.voipbin.webhook.VoipbinWebhooks.create(voipbinSecret).verify(forged, body),
        () -> io.cpaaskit.voipbin.webhook.VoipbinWebhooks.create(voipbinSecret).verify(null, body),
        () -> io.cpaaskit.voipbin.webhook.VoipbinWebhooks.create(voipbinSecret).verifyAndParse("sha256=zz", body),
        () -> io.cpaaskit.vobiz.webhook.VobizSignatureVerifier.create(" " + vobizToken),
        () -> io.cpaaskit.voipbin.webhook.VoipbinWebhooks.create(voipbinSecret + "\n"));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : inbound) {
      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(call);
      assertThat(failure).as("a refused signature or secret").isInstanceOf(RuntimeException.class);
      failures++;
      record(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
      java.io.StringWriter trace = new java.io.StringWriter();
      failure.printStackTrace(new java.io.PrintWriter(trace));
      seen.add(trace.toString());
    }
    seen.add(vobiz.toString());
    seen.add(io.cpaaskit.voipbin.webhook.VoipbinWebhooks.create(voipbinSecret).toString());
    assertNoCanaryAnywhere(HttpLogging.Level.NONE, inbound.size(), 6);
  }

  private static String hmacHex(String key, byte[] data) throws Exception {
    return java.util.HexFormat.of().formatHex(hmac(key, data));
  }

  private static byte[] hmac(String key, byte[] data) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(data);
  }
}
