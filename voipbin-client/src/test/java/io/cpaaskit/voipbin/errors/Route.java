package io.cpaaskit.voipbin.errors;

import io.cpaaskit.testing.ErrorRoute;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Response;

/** {@link ErrorRoute} bound to {@link VoipbinErrors}: every error test runs on all four ways a caller meets an error. */
enum Route {
  RAW_SYNC,
  RAW_ASYNC,
  HELPER_SYNC,
  HELPER_ASYNC;

  private static final ErrorRoute.Helpers<VoipbinApiException> HELPERS =
      new ErrorRoute.Helpers<>() {
        @Override
        public Class<VoipbinApiException> type() {
          return VoipbinApiException.class;
        }

        @Override
        public VoipbinApiException from(Response<?> response, Clock clock) {
          return VoipbinErrors.from(response, clock);
        }

        @Override
        public Object execute(Call<?> call, Clock clock) throws IOException {
          return VoipbinErrors.execute(call, clock);
        }

        @Override
        public CompletableFuture<?> enqueue(Call<?> call, Clock clock) {
          return VoipbinErrors.enqueue(call, clock);
        }
      };

  /** Runs the call, which must fail with an error answer, and returns the typed exception this route produces. */
  VoipbinApiException fail(Call<?> call, Clock clock) throws Exception {
    return ErrorRoute.valueOf(name()).fail(call, clock, HELPERS);
  }
}
