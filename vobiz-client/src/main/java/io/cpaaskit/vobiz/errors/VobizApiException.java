package io.cpaaskit.vobiz.errors;

import io.cpaaskit.core.errors.ApiException;
import io.cpaaskit.core.errors.ErrorKind;
import io.cpaaskit.core.errors.ErrorResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * An error answer from Vobiz: unchecked, with one nested subclass per {@link ErrorKind}, chosen from the status by
 * {@link ErrorKind#of(int)} and nowhere else. Transport failures are not this exception: they stay
 * {@link java.io.IOException}s (authentication failures included, see {@code io.cpaaskit.auth}).
 *
 * <table>
 *   <caption>Subclasses</caption>
 *   <tr><th>Status</th><th>Subclass</th><th>Typical Vobiz cause</th></tr>
 *   <tr><td>400</td><td>{@link BadRequest}</td><td>bad parameters, insufficient partner balance on a transfer</td></tr>
 *   <tr><td>401</td><td>{@link Unauthorized}</td><td>wrong login (header-pair 401s are
 *       {@code InvalidApiKeyException} from auth-core)</td></tr>
 *   <tr><td>402</td><td>{@link PaymentRequired}</td><td>insufficient balance for a call or purchase</td></tr>
 *   <tr><td>403</td><td>{@link Forbidden}</td><td>wrong scope, capability disabled, not the parent account</td></tr>
 *   <tr><td>404</td><td>{@link NotFound}</td><td>unknown resource, not yours, wrong base path</td></tr>
 *   <tr><td>409</td><td>{@link Conflict}</td><td>number in cool-off ({@link #coolOffRemaining()}), application in
 *       use, KYC session already final</td></tr>
 *   <tr><td>422</td><td>{@link Unprocessable}</td><td>validation failure</td></tr>
 *   <tr><td>429</td><td>{@link RateLimited}</td><td>CPS or concurrency limit; see {@link #retryAfter()}</td></tr>
 *   <tr><td>5xx</td><td>{@link ServerFailure}</td><td>outage; on money-moving calls the outcome is unknown</td></tr>
 *   <tr><td>other</td><td>{@link UnexpectedStatus}</td><td>another status, or a 2xx whose body is an error (the conference
 *       lookup's {@code 200 {"api_id":…,"error":"failed"}})</td></tr>
 * </table>
 *
 * <p>Vobiz sends its errors in several body shapes; every one is read into the same accessors, and a field a shape
 * does not carry is {@code null}:
 *
 * <table>
 *   <caption>Body shapes</caption>
 *   <tr><th>Body</th><th>Read as</th></tr>
 *   <tr><td>{@code {status, error{code, message, details}, timestamp, requestId}}</td><td>{@link #code()},
 *       {@link #vendorMessage()}, {@link #details()}, {@link #errorStatus()}, {@link #timestamp()},
 *       {@link #requestId()}</td></tr>
 *   <tr><td>{@code {api_id, error, message}}, {@code {error, api_id}}</td><td>{@link #apiId()}, {@link #code()}
 *       (the {@code error} string), {@link #vendorMessage()}</td></tr>
 *   <tr><td>{@code {status, message}}</td><td>{@link #errorStatus()}, {@link #vendorMessage()}</td></tr>
 *   <tr><td>{@code {error: "invalid_credentials", message}}</td><td>{@link #code()}, {@link #vendorMessage()}</td></tr>
 *   <tr><td>{@code {error: "did_cool_off_in_effect", cool_off_until, cool_off_remaining_seconds}}</td><td>
 *       {@link #code()}, {@link #coolOffUntil()}, {@link #coolOffRemaining()}</td></tr>
 *   <tr><td>{@code {error, message, current_balance, requested_amount}}</td><td>{@link #code()},
 *       {@link #currentBalance()}, {@link #requestedAmount()}</td></tr>
 * </table>
 *
 * <p>Every member, known or not, is also in {@link #fields()}; the raw body (capped, secrets masked) is in
 * {@link #rawBody()}. A body that is not JSON (an HTML 502 page), an empty body or truncated JSON gives the same typed
 * exception with its status and no vendor fields.
 *
 * <pre>{@code
 * try {
 *   vobiz.execute(numbers.purchaseNumber(acme.authId(), new PurchaseNumberRequest().e164(number).currency("INR")));
 * } catch (VobizApiException.Conflict e) {
 *   log.warn("{} is cooling off for {} more", number, e.coolOffRemaining());
 * } catch (VobizApiException e) {
 *   log.error("Vobiz {} {} (request {})", e.status(), e.code(), e.requestId());
 * }
 * }</pre>
 */
public abstract class VobizApiException extends ApiException {
  private static final long serialVersionUID = 1L;
  private static final String VENDOR = "Vobiz";

  private final transient ErrorBody body;

  private VobizApiException(ErrorResponse response, ErrorBody body) {
    super(message(VENDOR, response, body.summary()), response);
    this.body = body;
  }

  /** The one place a kind becomes a subclass; the kind itself comes from {@link ErrorKind#of(int)}. */
  static VobizApiException create(ErrorResponse response) {
    Objects.requireNonNull(response, "response == null");
    ErrorBody body = ErrorBody.of(response);
    switch (response.kind()) {
      case BAD_REQUEST:
        return new BadRequest(response, body);
      case UNAUTHORIZED:
        return new Unauthorized(response, body);
      case PAYMENT_REQUIRED:
        return new PaymentRequired(response, body);
      case FORBIDDEN:
        return new Forbidden(response, body);
      case NOT_FOUND:
        return new NotFound(response, body);
      case CONFLICT:
        return new Conflict(response, body);
      case UNPROCESSABLE:
        return new Unprocessable(response, body);
      case RATE_LIMITED:
        return new RateLimited(response, body);
      case SERVER_ERROR:
        return new ServerFailure(response, body);
      case OTHER:
      default:
        return new UnexpectedStatus(response, body);
    }
  }

  /**
   * Returns Vobiz's error code: {@code error.code} of the envelope shape (e.g. {@code INSUFFICIENT_BALANCE}), or
   * the {@code error} string of the other shapes (e.g. {@code not found}, {@code invalid_credentials},
   * {@code did_cool_off_in_effect}, {@code failed}).
   *
   * @return the code, or {@code null}
   */
  public String code() {
    return body.code;
  }

  /**
   * Returns Vobiz's human-readable message: {@code error.message}, else the top-level {@code message}.
   *
   * @return the message, or {@code null}
   */
  public String vendorMessage() {
    return body.message;
  }

  /**
   * Returns {@code error.details} of the envelope shape (e.g. {@code required} and {@code available} amounts).
   * Numbers are {@link BigDecimal}s, nested objects maps, arrays lists.
   *
   * @return the details, unmodifiable, empty when absent
   */
  public Map<String, Object> details() {
    return body.details;
  }

  /**
   * Returns the body's {@code status} member ({@code error}, {@code forbidden}, {@code failed}, …).
   *
   * @return the status text, or {@code null}
   */
  public String errorStatus() {
    return body.errorStatus;
  }

  /**
   * Returns the {@code api_id} of Plivo-style bodies.
   *
   * @return the api_id, or {@code null}
   */
  public String apiId() {
    return body.apiId;
  }

  /**
   * Returns the request id to quote to Vobiz support: the body's {@code requestId}, else an {@code X-Request-Id}
   * header, else the body's {@code api_id}.
   *
   * @return the request id, or {@code null}
   */
  @Override
  public String requestId() {
    return body.requestId;
  }

  /**
   * Returns the envelope's {@code timestamp}.
   *
   * @return the time Vobiz recorded the error, or {@code null}
   */
  public OffsetDateTime timestamp() {
    return body.timestamp;
  }

  /**
   * Returns when a released number's cool-off ends ({@code cool_off_until} of {@code did_cool_off_in_effect}).
   *
   * @return the end of the cool-off, or {@code null}
   */
  public OffsetDateTime coolOffUntil() {
    return body.coolOffUntil;
  }

  /**
   * Returns how long a released number's cool-off still runs ({@code cool_off_remaining_seconds}).
   *
   * @return the remaining cool-off, or {@code null}
   */
  public Duration coolOffRemaining() {
    return body.coolOffRemaining;
  }

  /**
   * Returns the partner balance a refused balance transfer found ({@code current_balance}).
   *
   * @return the balance, digits as sent, or {@code null}
   */
  public BigDecimal currentBalance() {
    return body.currentBalance;
  }

  /**
   * Returns the amount a refused balance transfer asked for ({@code requested_amount}).
   *
   * @return the amount, digits as sent, or {@code null}
   */
  public BigDecimal requestedAmount() {
    return body.requestedAmount;
  }

  /**
   * Returns every top-level member of the body, including those no accessor reads. Numbers are {@link BigDecimal}s,
   * nested objects maps, arrays lists.
   *
   * @return the members, unmodifiable; empty when the body was not a JSON object
   */
  public Map<String, Object> fields() {
    return body.fields;
  }

  /** 400: bad parameters; also Vobiz's insufficient partner balance or currency mismatch on a transfer. */
  public static final class BadRequest extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private BadRequest(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /**
   * 401. Calls signed with a Vobiz header pair never get here: auth-core reports their 401 as
   * {@code InvalidApiKeyException}, an {@link java.io.IOException}. This one comes from calls that carry no
   * credential (the partner login operation) and from a partner JWT refused again after its one re-login.
   */
  public static final class Unauthorized extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private Unauthorized(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /** 402: insufficient balance for a call or a purchase. */
  public static final class PaymentRequired extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private PaymentRequired(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /** 403: wrong scope, a capability flag off, not the parent of a sub-account, an admin-only option. */
  public static final class Forbidden extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private Forbidden(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /** 404: unknown resource, one that belongs to another account, or a wrong base path. */
  public static final class NotFound extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private NotFound(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /**
   * 409: an application with numbers attached, a number in its cool-off ({@link #coolOffUntil()},
   * {@link #coolOffRemaining()}), a KYC session already final, a trunk with active calls, a duplicate username.
   */
  public static final class Conflict extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private Conflict(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /** 422: the request was well-formed but failed validation. */
  public static final class Unprocessable extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private Unprocessable(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /**
   * 429: a CPS or concurrency limit, or a KYC resend cooldown. {@link #retryAfter()} is the parsed
   * {@code Retry-After} (seconds or HTTP-date). The client's retry policy has already waited and retried where the
   * call was safe to repeat; this is what was left.
   */
  public static final class RateLimited extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private RateLimited(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /**
   * 5xx. On a call that moves money (purchase, transfer) the outcome is unknown: read the state back before trying
   * again.
   */
  public static final class ServerFailure extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private ServerFailure(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }

  /**
   * Any other status, and a 2xx whose body is an error: the conference lookup answers
   * {@code 200 {"api_id":…,"error":"failed"}} when it could not read the room, and that is thrown as this (status
   * 200, {@link #code()} {@code failed}) rather than returned as an empty conference.
   */
  public static final class UnexpectedStatus extends VobizApiException {
    private static final long serialVersionUID = 1L;

    private UnexpectedStatus(ErrorResponse response, ErrorBody body) {
      super(response, body);
    }
  }
}
