package io.cpaaskit.core.errors;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs a generated call and returns its body, or throws the vendor's typed exception. The raw Retrofit
 * {@link Call} stays available for callers who prefer to read {@link Response} themselves.
 */
public final class ApiCalls {
  private ApiCalls() {}

  /**
   * Executes the call on this thread.
   *
   * @param call the call
   * @param errors the vendor's error mapper
   * @param clock the clock {@code Retry-After} dates are measured against
   * @param <T> the body type
   * @return the body ({@code null} for a bodiless success)
   * @throws ApiException (the vendor's subclass) for an error answer
   * @throws IOException for a transport failure
   */
  public static <T> T execute(Call<T> call, ErrorMapper<?> errors, Clock clock) throws IOException {
    Objects.requireNonNull(errors, "errors == null");
    return bodyOrThrow(call.execute(), errors, clock);
  }

  /**
   * Enqueues the call; the future completes with the body, or exceptionally with the vendor's typed exception or
   * the transport's {@link IOException}.
   *
   * @param call the call
   * @param errors the vendor's error mapper
   * @param clock the clock {@code Retry-After} dates are measured against
   * @param <T> the body type
   * @return the future body
   */
  public static <T> CompletableFuture<T> enqueue(Call<T> call, ErrorMapper<?> errors, Clock clock) {
    Objects.requireNonNull(errors, "errors == null");
    CompletableFuture<T> future = new CompletableFuture<>();
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            try {
              future.complete(bodyOrThrow(response, errors, clock));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call<T> c, Throwable t) {
            future.completeExceptionally(t);
          }
        });
    return future;
  }

  /**
   * Returns the body of a successful response, or throws the mapped exception for an error answer.
   *
   * @param response the response
   * @param errors the vendor's error mapper
   * @param clock the clock {@code Retry-After} dates are measured against
   * @param <T> the body type
   * @return the body
   * @throws ApiException (the vendor's subclass) for an error answer
   */
  public static <T> T bodyOrThrow(Response<T> response, ErrorMapper<?> errors, Clock clock) {
    if (response.isSuccessful()) {
      return response.body();
    }
    throw errors.toException(ErrorResponse.capture(response, clock));
  }
}
