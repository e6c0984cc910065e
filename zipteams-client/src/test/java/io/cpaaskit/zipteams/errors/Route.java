package io.cpaaskit.zipteams.errors;

import io.cpaaskit.testing.ErrorRoute;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Response;

/** {@link ErrorRoute} bound to {@link ZipteamsErrors}: every error test runs on all four ways a caller meets an error. */
enum Route {
  RAW_SYNC,
  RAW_ASYNC,
  HELPER_SYNC,
  HELPER_ASYNC;

  private static final ErrorRoute.Helpers<ZipteamsApiException> HELPERS =
      new ErrorRoute.Helpers<>() {
        @Override
        public Class<ZipteamsApiException> type() {
          return ZipteamsApiException.class;
        }

        @Override
        public ZipteamsApiException from(Response<?> response, Clock clock) {
          return ZipteamsErrors.from(response, clock);
        }

        @Override
        public Object execute(Call<?> call, Clock clock) throws IOException {
          return ZipteamsErrors.execute(call, clock);
        }

        @Override
        public CompletableFuture<?> enqueue(Call<?> call, Clock clock) {
          return ZipteamsErrors.enqueue(call, clock);
        }
      };

  /** Runs the call, which must fail with an error answer, and returns the typed exception this route produces. */
  ZipteamsApiException fail(Call<?> call, Clock clock) throws Exception {
    return ErrorRoute.valueOf(name()).fail(call, clock, HELPERS);
  }
}
