package io.cpaaskit.voipbin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.AmbiguousCredentialMintException;
import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.core.retrofit.SpecRetrofit;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.voipbin.api.AuthApi;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * How the boot classifies failures the loopback server cannot produce on demand: a connect timeout (nothing sent,
 * retried) against a read timeout and unusable 2xx answers (the hash may be spent, never sent again).
 */
class DirectHashBootTest {
  private static final Secret HASH = Secret.of("directHash", "direct.CANARY-hash-7f3a");

  private final FakeClock clock = new FakeClock();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final AtomicInteger attempts = new AtomicInteger();

  /** One scripted outcome per attempt: an exception to throw before anything is sent, or a response. */
  private final Deque<Object> script = new ArrayDeque<>();

  private DirectHashBoot boot() {
    Interceptor scripted =
        chain -> {
          attempts.incrementAndGet();
          Object next = script.removeFirst();
          if (next instanceof IOException) {
            throw (IOException) next;
          }
          return new Response.Builder()
              .request(chain.request())
              .protocol(Protocol.HTTP_1_1)
              .code(200)
              .message("OK")
              .body(ResponseBody.create((String) next, MediaType.get("application/json")))
              .build();
        };
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(scripted).build();
    AuthApi auth = SpecRetrofit.newBuilder("http://voipbin.invalid/", client).build().create(AuthApi.class);
    LoginRetry retry =
        LoginRetry.builder()
            .sleeper(d -> {
              sleeps.add(d);
              clock.advance(d);
            })
            .random(() -> 0.5)
            .build();
    return new DirectHashBoot(auth, HASH, clock, retry, TokenListener.NONE);
  }

  @Test
  void aConnectTimeoutSentNothingAndIsRetried() throws IOException {
    script.add(new SocketTimeoutException("Connect timed out")); // JDK 17's wording
    script.add(new SocketTimeoutException("connect timed out")); // older JDKs'
    script.add("{\"token\":\"boot-token\",\"expire\":\"2026-01-01T01:00:00.000000Z\"}");

    AccessToken token = boot().login();

    assertThat(token.value().reveal()).isEqualTo("boot-token");
    assertThat(token.lifetime()).isEqualTo(Duration.ofHours(1).minus(Duration.ofMillis(1500)));
    assertThat(attempts).hasValue(3);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void aReadTimeoutIsAmbiguousAndNeverRetried() {
    script.add(new SocketTimeoutException("Read timed out"));

    DirectHashBoot boot = boot();
    AmbiguousCredentialMintException ambiguous = catchThrowableOfType(AmbiguousCredentialMintException.class, boot::login);

    // Remembering it for good is TokenManager's job (VoipbinDirectHashTest proves it end to end).
    assertThat(ambiguous).hasMessageContaining("only a failure to connect").hasMessageNotContaining("CANARY");
    assertThat(attempts).hasValue(1);
    assertThat(sleeps).isEmpty();
    assertThat(boot.toString()).doesNotContain("CANARY");
  }

  @Test
  void aSuccessWithoutATokenIsAmbiguous() {
    script.add("{\"type\":\"direct\"}");

    assertThat(catchThrowableOfType(AmbiguousCredentialMintException.class, boot()::login))
        .hasMessageContaining("without a token");
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aSuccessWithAnUnreadableBodyIsAmbiguous() {
    script.add("{\"token\":\"boot-token\",\"expire\":\"not a time\"}");

    assertThat(catchThrowableOfType(AmbiguousCredentialMintException.class, boot()::login))
        .hasMessageContaining("unreadable body");
    assertThat(attempts).hasValue(1);
  }
}
