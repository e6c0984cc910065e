package io.cpaaskit.core.errors;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Turns a captured error answer into a vendor's typed exception; each vendor has one. The default methods are the
 * body-or-throw helpers every vendor offers, written once.
 *
 * @param <E> the vendor's exception base type
 */
@FunctionalInterface
public interface ErrorMapper<E extends ApiException> {
  /**
   * Maps the answer; must not fail, whatever the body holds.
   *
   * @param response the captured answer
   * @return the exception to throw
   */
  E toException(ErrorResponse response);

  /**
   * Returns the typed exception for a failed response (its error body is read and closed).
   *
   * @param response a response whose {@link Response#isSuccessful()} is {@code false}
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   * @return the exception, to throw
   * @throws IllegalArgumentException if the response was successful
   */
  default E toException(Response<?> response, Clock clock) {
    Objects.requireNonNull(response, "response == null");
    Objects.requireNonNull(clock, "clock == null");
    if (response.isSuccessful()) {
      throw new IllegalArgumentException("response is successful (HTTP " + response.code() + "): there is no error to map");
    }
    return toException(ErrorResponse.capture(response, clock));
  }

  /**
   * Executes the call on this thread and returns its body.
   *
   * @param call a generated call
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   * @param <T> the body type
   * @return the body ({@code null} for a bodiless success)
   * @throws IOException for a transport or authentication failure
   */
  default <T> T execute(Call<T> call, Clock clock) throws IOException {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(clock, "clock == null");
    return ApiCalls.execute(call, this, clock);
  }

  /**
   * Enqueues the call; the future completes with the body, or exceptionally with the typed exception or the
   * {@link IOException} of a transport or authentication failure.
   *
   * @param call a generated call
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   * @param <T> the body type
   * @return the future body
   */
  default <T> CompletableFuture<T> enqueue(Call<T> call, Clock clock) {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(clock, "clock == null");
    return ApiCalls.enqueue(call, this, clock);
  }
}
