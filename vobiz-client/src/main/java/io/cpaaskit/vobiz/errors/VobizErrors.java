package io.cpaaskit.vobiz.errors;

import io.cpaaskit.core.errors.ErrorMapper;
import io.cpaaskit.core.errors.ErrorResponse;
import java.time.Clock;
import retrofit2.Response;

/**
 * Turns a Vobiz error answer into its {@link VobizApiException}. It never fails: whatever the body holds (any of
 * Vobiz's error shapes, an HTML page, nothing, truncated JSON), the result is the subclass of the status's kind.
 *
 * <p>{@code VobizClient.execute(call)} and {@code enqueue(call)} use it for you; with a raw {@link Response} in hand:
 *
 * <pre>{@code
 * Response<ConferenceDetail> response = conferences.getConference(acme.authId(), "standup").execute();
 * if (!response.isSuccessful()) {
 *   throw VobizErrors.from(response);
 * }
 * }</pre>
 */
public final class VobizErrors implements ErrorMapper<VobizApiException> {
  /** The mapper, for {@code io.cpaaskit.core.errors.ApiCalls} and other code written against {@link ErrorMapper}. */
  public static final VobizErrors MAPPER = new VobizErrors();

  private VobizErrors() {}

  /**
   * Returns the typed exception for a failed response (its error body is read and closed).
   *
   * @param response a response whose {@link Response#isSuccessful()} is {@code false}
   * @return the exception, to throw
   * @throws IllegalArgumentException if the response was successful
   */
  public static VobizApiException from(Response<?> response) {
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
  public static VobizApiException from(Response<?> response, Clock clock) {
    return MAPPER.toException(response, clock);
  }

  /**
   * Maps a captured answer to the subclass of {@code ErrorKind.of(response.status())}, with the vendor fields of its
   * body.
   *
   * @param response the captured answer
   * @return the exception to throw
   */
  @Override
  public VobizApiException toException(ErrorResponse response) {
    return VobizApiException.create(response);
  }

  @Override
  public String toString() {
    return "VobizErrors.MAPPER";
  }
}
