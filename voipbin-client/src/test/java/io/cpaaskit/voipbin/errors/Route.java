package io.cpaaskit.voipbin.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.testing.CallMode;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The four ways a caller meets a VoIPBIN error: the raw Retrofit response mapped with {@link VoipbinErrors#from},
 * or the body-or-throw helpers, each synchronous and asynchronous. Every error test runs on all four.
 */
enum Route {
  RAW_SYNC {
    @Override
    VoipbinApiException fail(Call<?> call, Clock clock) throws IOException {
      return raw(CallMode.SYNC.run(call), clock);
    }
  },
  RAW_ASYNC {
    @Override
    VoipbinApiException fail(Call<?> call, Clock clock) throws IOException {
      return raw(CallMode.ASYNC.run(call), clock);
    }
  },
  HELPER_SYNC {
    @Override
    VoipbinApiException fail(Call<?> call, Clock clock) {
      VoipbinApiException thrown = catchThrowableOfType(VoipbinApiException.class, () -> VoipbinErrors.execute(call, clock));
      assertThat(thrown).as("execute threw the typed exception").isNotNull();
      return thrown;
    }
  },
  HELPER_ASYNC {
    @Override
    VoipbinApiException fail(Call<?> call, Clock clock) throws Exception {
      ExecutionException failed =
          catchThrowableOfType(
              ExecutionException.class, () -> VoipbinErrors.enqueue(call, clock).get(20, TimeUnit.SECONDS));
      assertThat(failed).as("the future failed").isNotNull();
      assertThat(failed.getCause()).isInstanceOf(VoipbinApiException.class);
      return (VoipbinApiException) failed.getCause();
    }
  };

  /** Runs the call, which must fail with an error answer, and returns the typed exception this route produces. */
  abstract VoipbinApiException fail(Call<?> call, Clock clock) throws Exception;

  private static VoipbinApiException raw(Response<?> response, Clock clock) {
    assertThat(response.isSuccessful()).as("an error answer").isFalse();
    return VoipbinErrors.from(response, clock);
  }
}
