package io.cpaaskit.zipteams.errors;

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
 * The four ways a caller meets a Zipteams error: the raw Retrofit response mapped with {@link ZipteamsErrors#from},
 * or the body-or-throw helpers, each synchronous and asynchronous. Every error test runs on all four.
 */
enum Route {
  RAW_SYNC {
    @Override
    ZipteamsApiException fail(Call<?> call, Clock clock) throws IOException {
      return raw(CallMode.SYNC.run(call), clock);
    }
  },
  RAW_ASYNC {
    @Override
    ZipteamsApiException fail(Call<?> call, Clock clock) throws IOException {
      return raw(CallMode.ASYNC.run(call), clock);
    }
  },
  HELPER_SYNC {
    @Override
    ZipteamsApiException fail(Call<?> call, Clock clock) {
      ZipteamsApiException thrown = catchThrowableOfType(ZipteamsApiException.class, () -> ZipteamsErrors.execute(call, clock));
      assertThat(thrown).as("execute threw the typed exception").isNotNull();
      return thrown;
    }
  },
  HELPER_ASYNC {
    @Override
    ZipteamsApiException fail(Call<?> call, Clock clock) throws Exception {
      ExecutionException failed =
          catchThrowableOfType(
              ExecutionException.class, () -> ZipteamsErrors.enqueue(call, clock).get(20, TimeUnit.SECONDS));
      assertThat(failed).as("the future failed").isNotNull();
      assertThat(failed.getCause()).isInstanceOf(ZipteamsApiException.class);
      return (ZipteamsApiException) failed.getCause();
    }
  };

  /** Runs the call, which must fail with an error answer, and returns the typed exception this route produces. */
  abstract ZipteamsApiException fail(Call<?> call, Clock clock) throws Exception;

  private static ZipteamsApiException raw(Response<?> response, Clock clock) {
    assertThat(response.isSuccessful()).as("an error answer").isFalse();
    return ZipteamsErrors.from(response, clock);
  }
}
