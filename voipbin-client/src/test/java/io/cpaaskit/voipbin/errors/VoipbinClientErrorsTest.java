package io.cpaaskit.voipbin.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static io.cpaaskit.voipbin.errors.VoipbinErrorsTest.answer;
import static io.cpaaskit.voipbin.errors.VoipbinErrorsTest.envelope;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.CallList;
import io.cpaaskit.voipbin.paging.VoipbinPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Typed errors through a real {@link VoipbinClient}: its credentials stay masked, its layers keep their jobs. */
class VoipbinClientErrorsTest {
  private static final String ACCESS_KEY = "vb_CANARY-key-7f3a";

  private final MockWebServer server = new MockWebServer();
  private final FakeClock clock = new FakeClock();
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private VoipbinClient client(RetryPolicy retryPolicy) {
    return VoipbinClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(VoipbinCredentials.accessKey(ACCESS_KEY))
        .clock(clock)
        .retryPolicy(retryPolicy)
        .build();
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void masksTheAccessKeyInTheUrlAndMessage(Route route) throws Exception {
    server.enqueue(answer(404, envelope("NOT_FOUND", "CALL_NOT_FOUND", "No call.", "req_1")).build());

    VoipbinApiException e = route.fail(client(RetryPolicy.none()).create(CallsApi.class).getCall("c-1"), clock);

    assertThat(e).isInstanceOf(VoipbinApiException.NotFound.class);
    assertThat(e.url()).contains("accesskey=***").doesNotContain("CANARY");
    assertThat(e.getMessage()).contains("accesskey=***").doesNotContain("CANARY");
    assertThat(e.toString()).doesNotContain("CANARY");
  }

  @Test
  void reachesTheCallerAfterTheRetryLayerGaveUp() throws Exception {
    RetryPolicy retries = RetryPolicy.builder()
        .maxRetries(2)
        .random(() -> 0.5)
        .sleeper(d -> {
          sleeps.add(d);
          clock.advance(d);
        })
        .build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(503, envelope("UNAVAILABLE", "SERVICE_UNAVAILABLE", "Later.", "req_" + i))
          .setHeader("Retry-After", "1")
          .build());
    }

    VoipbinApiException e = Route.HELPER_SYNC.fail(client(retries).create(CallsApi.class).getCall("c-1"), clock);

    assertThat(server.getRequestCount()).as("one layer retries, the mapper does not").isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(e).isInstanceOf(VoipbinApiException.ServerFailure.class);
    assertThat(e.requestId()).isEqualTo("req_2");
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void leavesA401ToAnAccessKeyToTheAuthLayerAsAnIOException() {
    server.enqueue(answer(401, envelope("UNAUTHENTICATED", "INVALID_CREDENTIALS", "Bad key.", "req_k")).build());
    CallsApi calls = client(RetryPolicy.none()).create(CallsApi.class);

    Throwable thrown = catchThrowable(() -> VoipbinErrors.execute(calls.getCall("c-1"), clock));

    assertThat(thrown).isInstanceOf(InvalidApiKeyException.class).isInstanceOf(IOException.class);
    assertThat(String.valueOf(thrown)).doesNotContain("CANARY");
  }

  @Test
  void surfacesPagingErrorsAsTheTypedException() {
    server.enqueue(answer(403, envelope("PERMISSION_DENIED", "PERMISSION_DENIED", "No.", "req_p")).build());
    CallsApi calls = client(RetryPolicy.none()).create(CallsApi.class);

    Throwable thrown = catchThrowable(
        () -> VoipbinPages.stream(10, calls::listCalls, CallList::getResult, CallList::getNextPageToken).findFirst());

    assertThat(thrown).isInstanceOf(VoipbinApiException.Forbidden.class).isNotInstanceOf(UncheckedIOException.class);
  }
}
