package io.cpaaskit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.vobiz.partner.model.PartnerLoginResponse;
import io.cpaaskit.vobiz.webhook.KycEvent;
import io.cpaaskit.vobiz.webhook.VoiceCallback;
import io.cpaaskit.voipbin.model.LoginResponse;
import io.cpaaskit.voipbin.webhook.VoipbinWebhooks;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What {@link PayloadFuzzTest} does for the response examples, for what reaches a user's server or login from the
 * other side: Vobiz KYC webhooks ({@code vobiz-callbacks}), Vobiz voice callbacks (form bodies), VoIPBIN webhook
 * events, and the two login answers (VoIPBIN's and Vobiz's partner login). Every mutant parses, or fails with the one
 * exception the parser documents ({@link IllegalArgumentException} for the inbound parsers, Moshi's for the login
 * models); a parsed value answers every public accessor and {@code toString()} without throwing. Never an NPE, a
 * {@code ClassCastException}, a {@code DateTimeParseException} from an accessor, or a hang.
 */
class InboundPayloadFuzzTest {
  private static final Duration PER_PARSE = Duration.ofSeconds(1);

  private static final List<String> KYC_EVENTS = List.of(
      "{\"event\":\"kyc.completed\",\"session_id\":\"b6a1f3c2-7a44-4e2b-9c11-000000000001\","
          + "\"account_auth_id\":\"MA_ABCDEF1234\",\"status\":\"kyc_completed\",\"kyc_type\":\"individual\","
          + "\"flow_type\":\"email\",\"timestamp\":\"2026-09-29T10:01:10Z\","
          + "\"metadata\":{\"your_ref\":\"crm-42\",\"attempt\":2,\"tags\":[\"vip\"]},"
          + "\"verified_data\":{\"pan_type\":\"P\",\"pan_number\":\"ABCPE1234F\",\"pan_name\":\"ASHA RAO\","
          + "\"pan_name_match\":true,\"completed_steps\":[\"pan\",\"aadhaar\"],\"gender\":\"F\","
          + "\"masked_aadhaar\":\"XXXX-XXXX-1234\",\"aadhaar_dob\":\"1990-01-31\"}}",
      "{\"event_type\":\"kyc.failed\",\"event_id\":\"evt_1\",\"occurred_at\":\"2026-09-29T10:01:10+05:30\","
          + "\"data\":{\"session_id\":\"ks_01J9\",\"account_auth_id\":\"SA_QRST5678\",\"status\":\"failed\","
          + "\"failure_reason\":\"pan_mismatch\"}}",
      "{\"type\":\"kyc.session.expired\",\"id\":\"evt_2\",\"session\":{\"id\":\"ks_01J9\",\"status\":\"expired\"}}");
  private static final List<String> VOIPBIN_EVENTS = List.of(
      "{\"type\":\"call_hangup\",\"data\":{\"id\":\"a1b2\",\"status\":\"hangup\",\"hangup_by\":\"remote\"},"
          + "\"timestamp\":\"2026-01-01T10:00:00.000000Z\"}",
      "{\"type\":\"message_created\",\"data\":{\"id\":\"m1\",\"targets\":[{\"destination\":{\"type\":\"tel\","
          + "\"target\":\"+14155550100\"},\"status\":\"sent\"}]},\"timestamp\":\"2026-01-01T10:00:00.000000Z\"}");
  private static final List<String> VOICE_CALLBACKS = List.of(
      "CallUUID=3f2b8a1e-9c4d-4e55-8a6f-0d1e2f3a4b5c&From=%2B919876543210&To=%2B14155550100&CallStatus=completed"
          + "&Direction=outbound&Duration=35&BillDuration=60&HangupCause=NORMAL_CLEARING&StartTime=2026-09-29+10%3A15%3A00",
      "CallUUID=u1&Digits=1234%23&From=919876543210&CallerName=Jos%C3%A9+M%C3%BCller&Event=StartApp");
  private static final String VOIPBIN_LOGIN = "{\"username\":\"agent\",\"token\":\"eyJhbGciOiJIUzI1NiJ9.e30.c2ln\"}";
  private static final String VOBIZ_LOGIN =
      "{\"tokens\":{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.e30.c2ln\",\"token_type\":\"Bearer\",\"expires_in\":3600},"
          + "\"user\":{\"email\":\"ops@resellerco.example\"}}";

  @Test
  void kycWebhooksParseOrFailWithIllegalArgumentException() throws Exception {
    fuzz("Vobiz KYC webhook", KYC_EVENTS, PayloadFuzzTest::mutants, KycEvent::parse, List.of(IllegalArgumentException.class));
  }

  @Test
  void voipbinWebhookEventsParseOrFailWithIllegalArgumentException() throws Exception {
    fuzz("VoIPBIN webhook event", VOIPBIN_EVENTS, PayloadFuzzTest::mutants,
        json -> VoipbinWebhooks.parse(json.getBytes(StandardCharsets.UTF_8)), List.of(IllegalArgumentException.class));
  }

  @Test
  void vobizVoiceCallbacksParseOrFailWithIllegalArgumentException() throws Exception {
    fuzz("Vobiz voice callback", VOICE_CALLBACKS, InboundPayloadFuzzTest::formMutants, VoiceCallback::parse,
        List.of(IllegalArgumentException.class));
  }

  @Test
  void loginAnswersParseOrFailWithMoshisDocumentedExceptions() throws Exception {
    JsonAdapter<LoginResponse> voipbin = LenientJson.moshi().adapter(LoginResponse.class);
    JsonAdapter<PartnerLoginResponse> vobiz = LenientJson.moshi().adapter(PartnerLoginResponse.class);
    fuzz("VoIPBIN login answer", List.of(VOIPBIN_LOGIN), PayloadFuzzTest::mutants, json -> fromJson(voipbin, json),
        List.of(IOException.class, JsonDataException.class));
    fuzz("Vobiz partner login answer", List.of(VOBIZ_LOGIN), PayloadFuzzTest::mutants, json -> fromJson(vobiz, json),
        List.of(IOException.class, JsonDataException.class));
  }

  private static <T> T fromJson(JsonAdapter<T> adapter, String json) {
    try {
      return adapter.fromJson(json);
    } catch (IOException e) {
      throw new WrappedIo(e);
    }
  }

  /** Carries a checked parse failure out of a {@link Function}; unwrapped before it is classified. */
  private static final class WrappedIo extends RuntimeException {
    WrappedIo(IOException cause) {
      super(cause);
    }
  }

  interface Mutator {
    List<String> mutants(String original, Random random) throws IOException;
  }

  private static void fuzz(String what, List<String> seeds, Mutator mutator, Function<String, ?> parser,
      List<Class<? extends Exception>> documented) throws Exception {
    Random random = new Random(what.hashCode());
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int mutants = 0;
    for (String seed : seeds) {
      assertThat(outcome(parser, seed, documented)).as("the seed itself parses: %s", seed).isEqualTo("parsed");
      for (String mutant : mutator.mutants(seed, random)) {
        mutants++;
        String outcome = outcome(parser, mutant, documented);
        outcomes.merge(outcome.startsWith("FAIL") ? "FAIL" : outcome, 1, Integer::sum);
        if (outcome.startsWith("FAIL") && failures.size() < 20) {
          failures.add(outcome + "\n    mutant: " + (mutant.length() > 300 ? mutant.substring(0, 300) + "…" : mutant));
        }
      }
    }
    System.out.printf("fuzz %s: %d seeds, %d mutants, outcomes %s%n", what, seeds.size(), mutants, outcomes);
    assertThat(failures).as("undocumented failures of the %s parser", what).isEmpty();
    assertThat(mutants).isGreaterThan(50 * seeds.size());
  }

  private static String outcome(Function<String, ?> parser, String input, List<Class<? extends Exception>> documented) {
    String[] stage = {"parse"};
    try {
      return assertTimeoutPreemptively(PER_PARSE.multipliedBy(5), () -> {
        Object value;
        try {
          value = parser.apply(input);
        } catch (RuntimeException e) {
          Throwable thrown = e instanceof WrappedIo ? e.getCause() : e;
          for (Class<? extends Exception> type : documented) {
            if (type.isInstance(thrown)) {
              return thrown instanceof JsonEncodingException ? "JsonEncodingException" : type.getSimpleName();
            }
          }
          return "FAIL in parse: " + thrown;
        }
        if (value == null) {
          return "null";
        }
        stage[0] = "accessors";
        try {
          exerciseAccessors(value, 0);
        } catch (AssertionError e) {
          return "FAIL in accessors: " + e.getMessage();
        }
        return "parsed";
      });
    } catch (AssertionError timeout) {
      return "FAIL in " + stage[0] + ": no end within " + PER_PARSE.multipliedBy(5).toSeconds() + " s";
    } catch (Throwable t) {
      return "FAIL in " + stage[0] + ": " + t;
    }
  }

  /** Calls every public no-argument method (and those of what they return from our packages), then toString. */
  private static void exerciseAccessors(Object value, int depth) throws Exception {
    value.toString();
    value.hashCode();
    if (depth > 3) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
          || method.getDeclaringClass() == Object.class || method.getReturnType() == void.class) {
        continue;
      }
      Object result;
      try {
        result = method.invoke(value);
      } catch (InvocationTargetException e) {
        throw new AssertionError(method.getName() + "() threw " + e.getCause(), e.getCause());
      }
      if (result instanceof java.util.Optional<?> optional) {
        result = optional.orElse(null);
      }
      if (result != null && result.getClass().getName().startsWith("io.cpaaskit.")) {
        exerciseAccessors(result, depth + 1);
      }
    }
  }

  /** Mutants of a form body: cuts, noise among the characters a form gives meaning to, and broken escapes. */
  static List<String> formMutants(String original, Random random) {
    List<String> out = new ArrayList<>();
    char[] noise = {'%', '&', '=', '+', '\u0000', '\n', '9', 'G', '#', '?'};
    for (int i = 0; i < 40; i++) {
      StringBuilder s = new StringBuilder(original);
      s.setCharAt(random.nextInt(s.length()), noise[random.nextInt(noise.length)]);
      out.add(s.toString());
    }
    for (int i = 0; i < 20; i++) {
      out.add(original.substring(0, random.nextInt(original.length())));
    }
    for (String escape : List.of("%", "%2", "%G1", "%%", "%C3", "%C3%28", "%FF%FE", "%00", "%2B%2B", "&&&", "===", "a=%")) {
      int at = random.nextInt(original.length());
      out.add(original.substring(0, at) + escape + original.substring(at));
    }
    out.add("");
    out.add("&");
    out.add("=");
    out.add("CallUUID=" + "x".repeat(100_000));
    out.add("a=1&".repeat(10_000));
    return out;
  }
}
