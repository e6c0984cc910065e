package io.cpaaskit.voipbin;

import io.cpaaskit.testing.CallMode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.auth.TokenPolicy;
import io.cpaaskit.testing.FakeClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import mockwebserver3.RecordedRequest;
import retrofit2.Call;
import retrofit2.Response;

/** Shared test helpers: sync/async calls, hand-made JWTs, deterministic policies and the secret-canary check. */
final class TestKit {
  /** Every secret in these tests contains this marker; nothing a user can see may. */
  static final String CANARY = "CANARY";

  static final String ACCESS_KEY = "vb_CANARY-key-7f3a";
  static final String USERNAME = "alice@example.com";
  static final String PASSWORD = "CANARY-password-7f3a";
  static final String DIRECT_HASH = "direct.CANARY-hash-7f3a";

  /** VoIPBIN's fixed {@code expire} layout: UTC, microseconds. */
  private static final DateTimeFormatter EXPIRE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private TestKit() {}

  /** Runs {@code call} with {@code execute()} or, when {@code async}, with {@code enqueue()} and a latch. */
  static <T> Response<T> send(Call<T> call, boolean async) throws IOException {
    return (async ? CallMode.ASYNC : CallMode.SYNC).run(call);
  }

  /** A JWT as VoIPBIN issues it: no {@code exp}/{@code iat}, a custom {@code expire} string; the signature is not checked. */
  static String jwt(String type, Instant expire, String signature) {
    String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    String payload = "{\"type\":\"" + type + "\",\"agent\":{\"username\":\"" + USERNAME + "\"},\"expire\":\"" + EXPIRE.format(expire) + "\"}";
    return b64(header) + "." + b64(payload) + "." + signature;
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Refresh exactly at the window's start, so tests know when a login happens. */
  static TokenPolicy policy() {
    return TokenPolicy.builder().jitter(false).build();
  }

  /** Retries whose waits advance the fake clock (and are recorded) instead of sleeping. */
  static LoginRetry retry(FakeClock clock, List<Duration> sleeps) {
    return LoginRetry.builder()
        .sleeper(d -> {
          sleeps.add(d);
          clock.advance(d);
        })
        .random(() -> 0.5)
        .build();
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
  }

  /** Asserts that no secret appears in the text a user can see: toString, messages and causes, log lines. */
  static void assertNoSecrets(Object... seen) {
    List<String> texts = new ArrayList<>();
    for (Object o : seen) {
      if (o instanceof Iterable) {
        ((Iterable<?>) o).forEach(item -> texts.add(String.valueOf(item)));
      } else if (o instanceof Throwable) {
        for (Throwable t = (Throwable) o; t != null; t = t.getCause()) {
          texts.add(t.toString());
          texts.add(String.valueOf(t.getMessage()));
        }
      } else {
        texts.add(String.valueOf(o));
      }
    }
    for (String text : texts) {
      assertThat(text).doesNotContain(CANARY);
    }
  }
}
