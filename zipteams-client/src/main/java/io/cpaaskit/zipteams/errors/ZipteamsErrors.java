package io.cpaaskit.zipteams.errors;

import io.cpaaskit.core.errors.ApiCalls;
import io.cpaaskit.core.errors.ErrorKind;
import io.cpaaskit.core.errors.ErrorMapper;
import io.cpaaskit.core.errors.ErrorResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Turns Zipteams' error answers into {@link ZipteamsApiException}s. Generated calls stay plain Retrofit
 * {@link Call}s; use them raw and map a failed {@link Response} yourself, or let the helpers here return the body or
 * throw.
 *
 * <pre>{@code
 * // Raw: read the Response, map it only when it failed.
 * Response<SuccessResponse> response = partnerCalls.ingestCallBatch(batch).execute();
 * if (!response.isSuccessful()) {
 *   throw ZipteamsErrors.from(response);
 * }
 *
 * // Helper: the body, or the typed exception.
 * SuccessResponse queued = ZipteamsErrors.execute(partnerCalls.ingestCallBatch(batch));
 * CompletableFuture<SuccessResponse> later = ZipteamsErrors.enqueue(partnerCalls.ingestCallBatch(batch));
 * }</pre>
 *
 * <p>Transport failures stay {@link IOException}s ({@code execute}) or complete the future exceptionally with one
 * ({@code enqueue}). Methods without a {@link Clock} measure an HTTP-date {@code Retry-After} on the system clock.
 */
public final class ZipteamsErrors {
  /** The mapper, for {@link ApiCalls} and other code written against {@link ErrorMapper}; it never throws. */
  public static final ErrorMapper<ZipteamsApiException> MAPPER = ZipteamsErrors::toException;

  private ZipteamsErrors() {}

  /**
   * Returns the typed exception for a failed response (its error body is read and closed).
   *
   * @param response a response whose {@link Response#isSuccessful()} is {@code false}
   * @return the exception, to throw
   * @throws IllegalArgumentException if the response was successful
   */
  public static ZipteamsApiException from(Response<?> response) {
    return from(response, Clock.systemUTC());
  }

  /**
   * Returns the typed exception for a failed response, measuring an HTTP-date {@code Retry-After} on {@code clock}.
   *
   * @param response a response whose {@link Response#isSuccessful()} is {@code false}
   * @param clock the clock
   * @return the exception, to throw
   * @throws IllegalArgumentException if the response was successful
   */
  public static ZipteamsApiException from(Response<?> response, Clock clock) {
    return MAPPER.toException(response, clock);
  }

  /**
   * Executes the call on this thread and returns its body.
   *
   * @param call a generated call
   * @param <T> the body type
   * @return the body ({@code null} for a bodiless success)
   * @throws ZipteamsApiException (a subclass) for an error answer
   * @throws IOException for a transport or authentication failure
   */
  public static <T> T execute(Call<T> call) throws IOException {
    return execute(call, Clock.systemUTC());
  }

  /**
   * Executes the call on this thread and returns its body, measuring an HTTP-date {@code Retry-After} on
   * {@code clock}.
   *
   * @param call a generated call
   * @param clock the clock
   * @param <T> the body type
   * @return the body ({@code null} for a bodiless success)
   * @throws ZipteamsApiException (a subclass) for an error answer
   * @throws IOException for a transport or authentication failure
   */
  public static <T> T execute(Call<T> call, Clock clock) throws IOException {
    return MAPPER.execute(call, clock);
  }

  /**
   * Enqueues the call; the future completes with the body, or exceptionally with a {@link ZipteamsApiException} or the
   * {@link IOException} of a transport or authentication failure.
   *
   * @param call a generated call
   * @param <T> the body type
   * @return the future body
   */
  public static <T> CompletableFuture<T> enqueue(Call<T> call) {
    return enqueue(call, Clock.systemUTC());
  }

  /**
   * Enqueues the call, measuring an HTTP-date {@code Retry-After} on {@code clock}.
   *
   * @param call a generated call
   * @param clock the clock
   * @param <T> the body type
   * @return the future body
   */
  public static <T> CompletableFuture<T> enqueue(Call<T> call, Clock clock) {
    return MAPPER.enqueue(call, clock);
  }

  private static ZipteamsApiException toException(ErrorResponse response) {
    ErrorFields fields;
    try {
      fields = ErrorFields.parse(response.body());
    } catch (RuntimeException e) {
      fields = ErrorFields.NONE; // parsing is written not to throw; a mapper that did would hide the real error
    }
    // The one place a status picks the class: ErrorKind.of, exhaustively: a kind without a subclass fails to compile.
    return switch (ErrorKind.of(response.status())) {
      case BAD_REQUEST -> new ZipteamsApiException.BadRequest(response, fields);
      case UNAUTHORIZED -> new ZipteamsApiException.Unauthorized(response, fields);
      case PAYMENT_REQUIRED -> new ZipteamsApiException.PaymentRequired(response, fields);
      case FORBIDDEN -> new ZipteamsApiException.Forbidden(response, fields);
      case NOT_FOUND -> new ZipteamsApiException.NotFound(response, fields);
      case CONFLICT -> new ZipteamsApiException.Conflict(response, fields);
      case UNPROCESSABLE -> new ZipteamsApiException.Unprocessable(response, fields);
      case RATE_LIMITED -> new ZipteamsApiException.RateLimited(response, fields);
      case SERVER_ERROR -> new ZipteamsApiException.ServerFailure(response, fields);
      case OTHER -> new ZipteamsApiException.UnexpectedStatus(response, fields);
    };
  }
}
