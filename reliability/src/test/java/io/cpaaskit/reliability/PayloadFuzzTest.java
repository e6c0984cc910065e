package io.cpaaskit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.testing.ExamplePayloads;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutates every documented example payload of every vendor (drop each member, replace values with wrong types, huge
 * numbers such as {@code 1e400} and {@code 2^80}, nulls, unknown members, truncation, stray bytes) with a seeded
 * {@link Random}, and parses each mutant into its model with the clients' {@link LenientJson} Moshi. A parse may end
 * in a model or in {@link JsonDataException}, {@link JsonEncodingException} or another {@link IOException}; never in a
 * {@code NullPointerException}, a {@code ClassCastException} or any other exception, and never take longer than a
 * second. A model that parsed must also print ({@code toString}), hash and write back without failing.
 *
 * <p>The file-to-model table is the one the vendors' {@code *ExamplePayloadsTest}s use; a completeness check fails
 * when an example file is added without a row here.
 */
class PayloadFuzzTest {
  private static final long SEED = 0x5EED_C0DEL;
  private static final int RANDOM_REPLACEMENTS = 60;
  private static final int TRUNCATIONS = 8;
  private static final int BYTE_NOISE = 8;
  private static final Duration PER_PARSE = Duration.ofSeconds(1);
  private static final String HUGE_EXPONENT = "e999999999";
  private static final JsonAdapter<Object> TREE = LenientJson.moshi().adapter(Object.class);
  private static final String RAW = "\u0000raw:";
  private static final List<String> RAW_VALUES = List.of(
      "1e400", "-1e400", "1208925819614629174706176", "-1208925819614629174706176", "1e-400", "0.1" + HUGE_EXPONENT,
      "9223372036854775808", "-0", "true", "false", "[]", "{}", "[null]", "\"\"", "\"\\u0000\"", "\"🚀 José 李雷\"",
      "\"not-a-date\"", "\"2026-13-45T99:99:99Z\"", "\"UNKNOWN_ENUM_VALUE\"", "1.5", "\"" + "x".repeat(10_000) + "\"",
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

  /** One value of each JSON kind, put in place of every member and element in turn (with null). */
  private static final List<String> EVERY_KIND = List.of("1e400", "true", "\"not-a-date\"", "[]", "{}");

  static Stream<Arguments> vendors() {
    return Stream.of(
        Arguments.of("Vobiz", "/examples/vobiz/", vobiz()),
        Arguments.of("VoIPBIN", "/examples/voipbin/", voipbin()),
        Arguments.of("Zipteams", "/examples/zipteams/", zipteams()));
  }

  private static Map<String, String> vobiz() {
    Map<String, String> m = new LinkedHashMap<>();
    String p = "io.cpaaskit.vobiz.partner.model.";
    String v = "io.cpaaskit.vobiz.voice.model.";
    for (String[] row : new String[][] {
        {"partner/analytics.json", p + "PartnerAnalytics"},
        {"partner/create-customer-request.json", p + "CreateCustomerRequest"},
        {"partner/create-customer-response.json", p + "CreatedCustomer"},
        {"partner/create-kyc-session-redirect-response.json", p + "CreatedKycSession"},
        {"partner/create-kyc-session-request.json", p + "CreateKycSessionRequest"},
        {"partner/create-kyc-session-response.json", p + "CreatedKycSession"},
        {"partner/customer-balance.json", p + "CustomerBalance"},
        {"partner/customer-cdr.json", p + "CdrDetail"},
        {"partner/customer-cdrs.json", p + "CdrPage"},
        {"partner/customer-list.json", p + "CustomerPage"},
        {"partner/customer-numbers.json", p + "CustomerNumberPage"},
        {"partner/customer-transactions.json", p + "TransactionLedger"},
        {"partner/customer.json", p + "Customer"},
        {"partner/dashboard-flat.json", p + "PartnerDashboard"},
        {"partner/dashboard.json", p + "PartnerDashboard"},
        {"partner/error-api.json", p + "VobizError"},
        {"partner/error-cool-off.json", p + "VobizError"},
        {"partner/error-envelope.json", p + "VobizError"},
        {"partner/error-status-message.json", p + "VobizError"},
        {"partner/kyc-session.json", p + "KycSession"},
        {"partner/kyc-sessions.json", p + "KycSessionPage"},
        {"partner/login-error.json", p + "VobizError"},
        {"partner/login-request.json", p + "PartnerLoginRequest"},
        {"partner/login-response.json", p + "PartnerLoginResponse"},
        {"partner/partner-profile.json", p + "PartnerProfile"},
        {"partner/revoke-kyc-session-request.json", p + "RevokeKycSessionRequest"},
        {"partner/transfer-balance-insufficient.json", p + "VobizError"},
        {"partner/transfer-balance-request.json", p + "TransferBalanceRequest"},
        {"partner/transfer-balance-response.json", p + "BalanceTransfer"},
        {"partner/transfer-balance-result.json", p + "BalanceTransfer"},
        {"voice/application-created.json", v + "ApplicationCreated"},
        {"voice/applications.json", v + "ApplicationPage"},
        {"voice/auth-me.json", v + "AccountProfile"},
        {"voice/balance.json", v + "Balance"},
        {"voice/cdr-detail.json", v + "CdrDetail"},
        {"voice/cdr-search.json", v + "CdrSearchPage"},
        {"voice/cdrs.json", v + "CdrPage"},
        {"voice/channel-pricing-preview.json", v + "ChannelPricingPreview"},
        {"voice/channel-subscription-request.json", v + "ChannelSubscriptionRequest"},
        {"voice/channel-subscription.json", v + "ChannelSubscription"},
        {"voice/concurrency.json", v + "Concurrency"},
        {"voice/conference-failed.json", v + "ConferenceDetail"},
        {"voice/conference.json", v + "ConferenceDetail"},
        {"voice/conferences.json", v + "ConferenceNameList"},
        {"voice/create-application-request.json", v + "CreateApplicationRequest"},
        {"voice/create-endpoint-request.json", v + "CreateEndpointRequest"},
        {"voice/create-kyc-session-request.json", v + "CreateKycSessionRequest"},
        {"voice/create-origination-uri-request.json", v + "CreateOriginationUriRequest"},
        {"voice/create-sip-credential-request.json", v + "CreateSipCredentialRequest"},
        {"voice/create-sub-account-request.json", v + "CreateSubAccountRequest"},
        {"voice/create-trunk-request.json", v + "CreateTrunkRequest"},
        {"voice/endpoints.json", v + "EndpointPage"},
        {"voice/error-api.json", v + "VobizError"},
        {"voice/error-cool-off.json", v + "VobizError"},
        {"voice/error-envelope.json", v + "VobizError"},
        {"voice/error-insufficient-balance.json", v + "VobizError"},
        {"voice/error-not-found.json", v + "VobizError"},
        {"voice/error-status-message.json", v + "VobizError"},
        {"voice/inventory-numbers.json", v + "InventoryNumberPage"},
        {"voice/ip-acls.json", v + "IpAclPage"},
        {"voice/kyc-session.json", v + "KycSession"},
        {"voice/kyc-status.json", v + "KycStatus"},
        {"voice/kyc-verification-result.json", v + "KycVerificationResult"},
        {"voice/live-call.json", v + "LiveCall"},
        {"voice/live-calls.json", v + "CallUuidList"},
        {"voice/make-call-request.json", v + "MakeCallRequest"},
        {"voice/make-call-response.json", v + "MakeCallResponse"},
        {"voice/number-application-binding.json", v + "NumberApplicationBinding"},
        {"voice/number-health.json", v + "NumberHealth"},
        {"voice/number-release-cancellation.json", v + "NumberReleaseCancellation"},
        {"voice/number-release.json", v + "NumberRelease"},
        {"voice/numbers.json", v + "NumberPage"},
        {"voice/origination-uri.json", v + "OriginationUri"},
        {"voice/purchase-number-request.json", v + "PurchaseNumberRequest"},
        {"voice/queued-call.json", v + "QueuedCall"},
        {"voice/recent-cdrs.json", v + "RecentCdrList"},
        {"voice/recording-export-request.json", v + "RecordingExportRequest"},
        {"voice/recordings.json", v + "RecordingPage"},
        {"voice/sip-credential.json", v + "SipCredential"},
        {"voice/start-stream-request.json", v + "StartStreamRequest"},
        {"voice/stream-started.json", v + "StreamStarted"},
        {"voice/streams.json", v + "StreamPage"},
        {"voice/sub-account-created.json", v + "SubAccountCreated"},
        {"voice/sub-accounts.json", v + "SubAccountPage"},
        {"voice/transaction-reference-types.json", v + "TransactionReferenceTypes"},
        {"voice/transactions.json", v + "TransactionPage"},
        {"voice/transfer-call-request.json", v + "TransferCallRequest"},
        {"voice/transfer-call-response.json", v + "TransferCallResponse"},
        {"voice/trunk-legacy.json", v + "Trunk"},
        {"voice/trunks.json", v + "TrunkPage"}}) {
      m.put(row[0], row[1]);
    }
    return m;
  }

  private static Map<String, String> voipbin() {
    Map<String, String> m = new LinkedHashMap<>();
    String p = "io.cpaaskit.voipbin.model.";
    for (String[] row : new String[][] {
        {"accesskey.json", "Accesskey"}, {"accesskey-list.json", "AccesskeyList"}, {"customer.json", "Customer"},
        {"billing-account.json", "BillingAccount"}, {"billing.json", "Billing"}, {"agent.json", "Agent"},
        {"call.json", "CallLeg"}, {"call-list.json", "CallList"}, {"create-call-result.json", "CreateCallResult"},
        {"groupcall.json", "Groupcall"}, {"flow.json", "Flow"}, {"activeflow.json", "Activeflow"},
        {"number.json", "PhoneNumber"}, {"available-number-list.json", "AvailableNumberList"},
        {"message.json", "Message"}, {"recording.json", "Recording"}, {"ai.json", "Ai"}, {"aicall.json", "Aicall"},
        {"conference.json", "Conference"}, {"campaign.json", "Campaign"}, {"outbound-config.json", "OutboundConfig"},
        {"boot-response.json", "BootResponse"}, {"signup-result.json", "SignupResult"},
        {"email-verify-result.json", "EmailVerifyResult"}, {"error-response.json", "ErrorResponse"},
        {"signup-request.json", "SignupRequest"}, {"boot-request.json", "BootRequest"},
        {"email-verify-request.json", "EmailVerifyRequest"}, {"password-forgot-request.json", "PasswordForgotRequest"},
        {"password-reset-request.json", "PasswordResetRequest"}, {"create-call-request.json", "CreateCallRequest"},
        {"create-groupcall-request.json", "CreateGroupcallRequest"},
        {"create-activeflow-request.json", "CreateActiveflowRequest"},
        {"create-agent-request.json", "CreateAgentRequest"}, {"create-ai-request.json", "CreateAiRequest"},
        {"update-outbound-config-request.json", "UpdateOutboundConfigRequest"}}) {
      m.put(row[0], p + row[1]);
    }
    return m;
  }

  private static Map<String, String> zipteams() {
    Map<String, String> m = new LinkedHashMap<>();
    String p = "io.cpaaskit.zipteams.model.";
    for (String[] row : new String[][] {
        {"dashboard-token-200.json", "DashboardTokenResponse"}, {"ingest-success-200.json", "SuccessResponse"},
        {"batch-call-request.json", "BatchCallRequest"}, {"disposition-status-request.json", "DispositionStatusRequest"},
        {"partner-error-400-tenant-id-required.json", "ErrorResponse"},
        {"partner-error-400-subtenant-id-required.json", "ErrorResponse"},
        {"partner-error-403-forbidden.json", "ErrorResponse"},
        {"partner-error-404-customer-not-found.json", "ErrorResponse"},
        {"partner-error-422-batch-call.json", "ErrorResponse"},
        {"partner-error-422-disposition-status.json", "ErrorResponse"},
        {"partner-error-429-rate-limit.json", "ErrorResponse"}, {"partner-error-500-internal.json", "ErrorResponse"},
        {"call-analysis-callback.json", "CallAnalysisCallback"},
        {"call-analysis-callback-empty.json", "CallAnalysisCallback"},
        {"call-analysis-callback-draft-2025-05.json", "CallAnalysisCallback"},
        {"customer-call-sync-request.json", "CustomerIngestionRequest"},
        {"customer-disposition-request.json", "CustomerIngestionRequest"},
        {"customer-ingestion-200.json", "CustomerIngestionAck"},
        {"customer-ingestion-400-no-body.json", "CustomerIngestionError"},
        {"customer-ingestion-400-invalid-json.json", "CustomerIngestionError"},
        {"customer-ingestion-401-incorrect-api-key.json", "CustomerIngestionError"},
        {"customer-ingestion-403-no-authorization-header.json", "CustomerIngestionError"},
        {"customer-sync-request.json", "CustomerSyncRequest"}, {"customer-sync-200.json", "CustomerSyncResponse"},
        {"customer-sync-400-bad-request.json", "CustomerApiError"},
        {"customer-sync-400-agent-has-no-workspace.json", "CustomerApiError"},
        {"customer-sync-403-forbidden.json", "CustomerApiError"},
        {"customer-sync-404-agent-not-found.json", "CustomerApiError"},
        {"customer-sync-500-creation-failed.json", "CustomerApiError"},
        {"call-summary-callback.json", "CallSummaryCallback"},
        {"customer-summary-callback.json", "CustomerSummaryCallback"}}) {
      m.put(row[0], p + row[1]);
    }
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vendors")
  void everyMutantOfEveryExampleParsesOrFailsWithADocumentedException(String vendor, String dir,
      Map<String, String> table) throws Exception {
    assertThat(exampleFiles(dir)).as("every %s example file has a model in the table", vendor)
        .containsExactlyInAnyOrderElementsOf(table.keySet());

    Random random = new Random(SEED ^ vendor.hashCode());
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long[] slowest = {0};
    int mutants = 0;
    long start = System.nanoTime();
    for (Map.Entry<String, String> row : table.entrySet()) {
      String original = ExamplePayloads.load(dir + row.getKey());
      Class<?> model = Class.forName(row.getValue());
      JsonAdapter<Object> adapter = adapter(model);
      for (String mutant : mutants(original, random)) {
        mutants++;
        String outcome = parse(adapter, mutant, slowest);
        outcomes.merge(outcome.startsWith("FAIL") ? "FAIL" : outcome, 1, Integer::sum);
        if (outcome.startsWith("FAIL") && failures.size() < 20) {
          failures.add(row.getKey() + " -> " + outcome + "\n    mutant: " + abbreviate(mutant));
        }
      }
    }
    System.out.printf("fuzz %s: %d payloads, %d mutants, %d ms, slowest parse %d ms, outcomes %s%n", vendor,
        table.size(), mutants, (System.nanoTime() - start) / 1_000_000, slowest[0] / 1_000_000, outcomes);
    assertThat(failures).as("undocumented exceptions").isEmpty();
    assertThat(slowest[0]).as("slowest parse, ns").isLessThan(PER_PARSE.toNanos());
    assertThat(mutants).isGreaterThan(1000 * (vendor.equals("Vobiz") ? 3 : 1));
  }

  /**
   * Decimals with a huge exponent: {@code 1e400} (401 digits in plain form) is kept and written back; {@code 1e100000}
   * is refused on read with {@link JsonDataException} naming the path, at once. (The reliability fuzzing found that
   * such a value parsed and then made the write-back spell out every digit: {@code 0.1e999999999} ran for minutes.)
   */
  @org.junit.jupiter.api.Test
  void aDecimalWithAHugeExponentIsRefusedOnReadAndAModerateOneRoundTrips() throws IOException {
    JsonAdapter<Object> balance = adapter(io.cpaaskit.vobiz.voice.model.Balance.class);
    Object moderate = balance.fromJson("{\"available_balance\":1e400}");
    String written = assertTimeoutPreemptively(PER_PARSE, () -> balance.toJson(moderate));
    assertThat(written.length()).isBetween(400, 500);
    for (String huge : List.of("1e100000", "0.1" + HUGE_EXPONENT, "-1e1001")) {
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> assertTimeoutPreemptively(PER_PARSE,
          () -> balance.fromJson("{\"available_balance\":" + huge + "}"))))
          .as(huge).isInstanceOf(JsonDataException.class).hasMessageContaining("$.available_balance");
    }
  }

  @SuppressWarnings("unchecked")
  private static JsonAdapter<Object> adapter(Class<?> model) {
    return (JsonAdapter<Object>) LenientJson.moshi().adapter(model);
  }

  /** Parses one mutant under a time bound and names the outcome; anything undocumented starts with FAIL. */
  private static String parse(JsonAdapter<Object> adapter, String json, long[] slowest) {
    String[] stage = {"fromJson"};
    long t0 = System.nanoTime();
    try {
      return assertTimeoutPreemptively(PER_PARSE.multipliedBy(5), () -> {
        try {
          Object value = adapter.fromJson(json);
          if (value != null) {
            // A model that parsed must be usable: printed, hashed, compared, written back.
            stage[0] = "toString";
            value.toString();
            stage[0] = "hashCode";
            value.hashCode();
            stage[0] = "equals";
            assertThat(value).isEqualTo(value);
            stage[0] = "toJson";
            adapter.toJson(value);
          }
          return value == null ? "null" : "parsed";
        } catch (JsonEncodingException e) {
          return "JsonEncodingException";
        } catch (JsonDataException e) {
          return "JsonDataException";
        } catch (IOException e) {
          return e.getClass().getSimpleName();
        } catch (RuntimeException | StackOverflowError e) {
          return "FAIL in " + stage[0] + ": " + e;
        }
      });
    } catch (AssertionError timeout) {
      return "FAIL in " + stage[0] + ": no end within " + PER_PARSE.multipliedBy(5).toSeconds() + " s";
    } finally {
      slowest[0] = Math.max(slowest[0], System.nanoTime() - t0);
    }
  }

  // ---- Mutations ----------------------------------------------------------------------------------------------------

  /**
   * Deterministic mutants of one payload: every member dropped; every member and element replaced by null and by a
   * value of each JSON kind; random replacements from a wider set; unknown members; cuts; noise.
   */
  static List<String> mutants(String original, Random random) throws IOException {
    Object tree = TREE.fromJson(original);
    List<List<Object>> paths = new ArrayList<>();
    collect(tree, new ArrayList<>(), paths);
    List<String> out = new ArrayList<>();
    for (List<Object> path : paths) {
      if (path.get(path.size() - 1) instanceof String) {
        out.add(write(mutate(tree, path, null, true)));
      }
      // Every member and element gets a null and one value of every other JSON kind, a huge number among them.
      out.add(write(mutate(tree, path, null, false)));
      for (String kind : EVERY_KIND) {
        out.add(write(mutate(tree, path, RAW + kind, false)));
      }
    }
    for (int i = 0; i < RANDOM_REPLACEMENTS && !paths.isEmpty(); i++) {
      List<Object> path = paths.get(random.nextInt(paths.size()));
      Object replacement = random.nextInt(4) == 0 ? null : RAW + RAW_VALUES.get(random.nextInt(RAW_VALUES.size()));
      out.add(write(mutate(tree, path, replacement, false)));
    }
    out.add(write(withUnknownMembers(tree)));
    out.add("null");
    out.add(original.strip().startsWith("{") ? "[]" : "{}");
    for (int i = 0; i < TRUNCATIONS; i++) {
      out.add(original.substring(0, random.nextInt(Math.max(1, original.length()))));
    }
    char[] noise = {'"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', 'x', '9', '\n'};
    for (int i = 0; i < BYTE_NOISE; i++) {
      StringBuilder s = new StringBuilder(original);
      int at = random.nextInt(s.length());
      s.setCharAt(at, noise[random.nextInt(noise.length)]);
      out.add(s.toString());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, List<Object> path, List<List<Object>> paths) {
    if (node instanceof Map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) node).entrySet()) {
        List<Object> child = new ArrayList<>(path);
        child.add(e.getKey());
        paths.add(child);
        collect(e.getValue(), child, paths);
      }
    } else if (node instanceof List) {
      List<Object> list = (List<Object>) node;
      for (int i = 0; i < list.size(); i++) {
        List<Object> child = new ArrayList<>(path);
        child.add(i);
        paths.add(child);
        collect(list.get(i), child, paths);
      }
    }
  }

  /** A deep copy of {@code tree} with the node at {@code path} dropped or replaced. */
  @SuppressWarnings("unchecked")
  private static Object mutate(Object tree, List<Object> path, Object replacement, boolean drop) {
    Object copy = deepCopy(tree);
    Object parent = copy;
    for (int i = 0; i < path.size() - 1; i++) {
      Object key = path.get(i);
      parent = key instanceof String ? ((Map<String, Object>) parent).get(key) : ((List<Object>) parent).get((Integer) key);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof String) {
      if (drop) {
        ((Map<String, Object>) parent).remove(last);
      } else {
        ((Map<String, Object>) parent).put((String) last, replacement);
      }
    } else {
      ((List<Object>) parent).set((Integer) last, replacement);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Object withUnknownMembers(Object tree) {
    Object copy = deepCopy(tree);
    List<List<Object>> paths = new ArrayList<>();
    paths.add(List.of());
    collect(copy, new ArrayList<>(), paths);
    for (List<Object> path : paths) {
      Object node = copy;
      for (Object key : path) {
        node = key instanceof String ? ((Map<String, Object>) node).get(key) : ((List<Object>) node).get((Integer) key);
      }
      if (node instanceof Map) {
        ((Map<String, Object>) node).put("x_unknown_member", Map.of("nested", List.of(1, "two", Map.of())));
      }
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Object deepCopy(Object node) {
    if (node instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) node).forEach((k, v) -> copy.put(k, deepCopy(v)));
      return copy;
    }
    if (node instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) node).forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return node;
  }

  /** Writes a tree, splicing raw JSON tokens (1e400 cannot live in a tree) in place of their markers. */
  private static String write(Object tree) {
    com.squareup.moshi.JsonAdapter<Object> nullsToo = TREE.serializeNulls();
    String json = nullsToo.toJson(tree);
    StringBuilder out = new StringBuilder(json.length());
    String marker = "\"\\u0000raw:";
    int from = 0;
    int at;
    while ((at = json.indexOf(marker, from)) >= 0) {
      out.append(json, from, at);
      int end = closingQuote(json, at + marker.length());
      out.append(unescape(json.substring(at + marker.length(), end)));
      from = end + 1;
    }
    return out.append(json.substring(from)).toString();
  }

  private static int closingQuote(String json, int from) {
    for (int i = from; i < json.length(); i++) {
      if (json.charAt(i) == '\\') {
        i++;
      } else if (json.charAt(i) == '"') {
        return i;
      }
    }
    throw new IllegalStateException("unterminated marker");
  }

  private static String unescape(String escaped) {
    try {
      return (String) TREE.fromJson("\"" + escaped + "\"");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }

  /** The example files of one vendor directory in the test-jar (or the test-classes folder). */
  private static List<String> exampleFiles(String dir) throws IOException, URISyntaxException {
    Enumeration<URL> roots = PayloadFuzzTest.class.getClassLoader().getResources(dir.substring(1));
    TreeSet<String> files = new TreeSet<>();
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      if (root.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          String prefix = dir.substring(1);
          for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(prefix) && name.endsWith(".json")) {
              files.add(name.substring(prefix.length()));
            }
          }
        }
      } else {
        Path base = Path.of(root.toURI());
        try (Stream<Path> walk = Files.walk(base)) {
          walk.filter(f -> f.toString().endsWith(".json"))
              .forEach(f -> files.add(base.relativize(f).toString().replace('\\', '/')));
        }
      }
    }
    return new ArrayList<>(files);
  }
}
