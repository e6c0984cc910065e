package io.cpaaskit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The four ways a caller meets a vendor's typed HTTP error: the raw Retrofit response mapped with the vendor's
 * {@code …Errors.from}, or its body-or-throw helpers, each synchronous and asynchronous. Error tests run on all four.
 */
public enum ErrorRoute {
  /** {@code execute()}, then {@code …Errors.from(response)}. */
  RAW_SYNC {
    @Override
    public <E extends RuntimeException> E fail(Call<?> call, Clock clock, Helpers<E> vendor) throws Exception {
      return raw(CallMode.SYNC.run(call), clock, vendor);
    }
  },
  /** {@code enqueue()}, then {@code …Errors.from(response)}. */
  RAW_ASYNC {
    @Override
    public <E extends RuntimeException> E fail(Call<?> call, Clock clock, Helpers<E> vendor) throws Exception {
      return raw(CallMode.ASYNC.run(call), clock, vendor);
    }
  },
  /** {@code …Errors.execute(call)}, which throws. */
  HELPER_SYNC {
    @Override
    public <E extends RuntimeException> E fail(Call<?> call, Clock clock, Helpers<E> vendor) {
      E thrown = catchThrowableOfType(vendor.type(), () -> vendor.execute(call, clock));
      assertThat(thrown).as("execute threw the typed exception").isNotNull();
      return thrown;
    }
  },
  /** {@code …Errors.enqueue(call)}, whose future fails. */
  HELPER_ASYNC {
    @Override
    public <E extends RuntimeException> E fail(Call<?> call, Clock clock, Helpers<E> vendor) {
      ExecutionException failed =
          catchThrowableOfType(ExecutionException.class, () -> vendor.enqueue(call, clock).get(20, TimeUnit.SECONDS));
      assertThat(failed).as("the future failed").isNotNull();
      assertThat(failed.getCause()).isInstanceOf(vendor.type());
      return vendor.type().cast(failed.getCause());
    }
  };

  /**
   * Runs the call, which must fail with an error answer, and returns the typed exception this route produces.
   *
   * @param call the call
   * @param clock the clock {@code Retry-After} dates are measured against
   * @param vendor the vendor's helpers
   * @param <E> the vendor's exception type
   * @return the exception
   * @throws Exception if the call fails otherwise
   */
  public abstract <E extends RuntimeException> E fail(Call<?> call, Clock clock, Helpers<E> vendor) throws Exception;

  private static <E extends RuntimeException> E raw(Response<?> response, Clock clock, Helpers<E> vendor) {
    assertThat(response.isSuccessful()).as("an error answer").isFalse();
    return vendor.from(response, clock);
  }

  /**
   * A vendor's public error helpers, e.g. {@code VoipbinErrors.from/execute/enqueue}.
   *
   * @param <E> the vendor's exception type
   */
  public interface Helpers<E extends RuntimeException> {
    /**
     * Returns the vendor's exception type.
     *
     * @return the type
     */
    Class<E> type();

    /**
     * Calls the vendor's {@code from(response, clock)}.
     *
     * @param response the failed response
     * @param clock the clock
     * @return the exception
     */
    E from(Response<?> response, Clock clock);

    /**
     * Calls the vendor's {@code execute(call, clock)}.
     *
     * @param call the call
     * @param clock the clock
     * @return the body
     * @throws IOException on a transport failure
     */
    Object execute(Call<?> call, Clock clock) throws IOException;

    /**
     * Calls the vendor's {@code enqueue(call, clock)}.
     *
     * @param call the call
     * @param clock the clock
     * @return the future body
     */
    CompletableFuture<?> enqueue(Call<?> call, Clock clock);
  }
}
