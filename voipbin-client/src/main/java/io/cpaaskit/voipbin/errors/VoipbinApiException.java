package io.cpaaskit.voipbin.errors;

import io.cpaaskit.core.errors.ApiException;
import io.cpaaskit.core.errors.ErrorKind;
import io.cpaaskit.core.errors.ErrorResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An error answer from VoIPBIN: unchecked, with one subclass per {@link ErrorKind}, chosen from the status by
 * {@link VoipbinErrors} and nowhere else. Transport failures stay {@link java.io.IOException}s, and so do
 * authentication failures ({@link io.cpaaskit.auth.AuthenticationException}).
 *
 * <pre>{@code
 * try {
 *   CallLeg call = VoipbinErrors.execute(calls.getCall(id));
 * } catch (VoipbinApiException.NotFound e) {
 *   // e.reason() is "CALL_NOT_FOUND"
 * } catch (VoipbinApiException.RateLimited e) {
 *   // wait e.retryAfter(); e.limitedBy() is "ip" or "customer"
 * } catch (VoipbinApiException e) {
 *   log.warn("{} (request {})", e.getMessage(), e.requestId());
 * }
 * }</pre>
 *
 * <p>The fields come from VoIPBIN's envelope {@code {"error":{"status","reason","message","request_id","details"}}}.
 * Branch on {@link #reason()}, the stable machine-readable code; {@link #vendorMessage()} is for people. Answers
 * without the envelope (the empty-body 400s of {@code /auth/*}, an HTML page from a proxy, truncated JSON) give the
 * same typed exception with these fields {@code null}; {@link #rawBody()} keeps what was sent (at most
 * {@value ErrorResponse#BODY_LIMIT} bytes, secret members masked).
 *
 * <table>
 *   <caption>Subclasses</caption>
 *   <tr><th>Status</th><th>Class</th><th>VoIPBIN {@code status}</th></tr>
 *   <tr><td>400</td><td>{@link BadRequest}</td><td>{@code INVALID_ARGUMENT}, or an empty body</td></tr>
 *   <tr><td>401</td><td>{@link Unauthorized}</td><td>{@code UNAUTHENTICATED}</td></tr>
 *   <tr><td>402</td><td>{@link PaymentRequired}</td><td>{@code PAYMENT_REQUIRED}</td></tr>
 *   <tr><td>403</td><td>{@link Forbidden}</td><td>{@code PERMISSION_DENIED}</td></tr>
 *   <tr><td>404</td><td>{@link NotFound}</td><td>{@code NOT_FOUND}</td></tr>
 *   <tr><td>409</td><td>{@link Conflict}</td><td>{@code ALREADY_EXISTS}, {@code FAILED_PRECONDITION}</td></tr>
 *   <tr><td>422</td><td>{@link Unprocessable}</td><td>—</td></tr>
 *   <tr><td>429</td><td>{@link RateLimited}</td><td>{@code RESOURCE_EXHAUSTED}</td></tr>
 *   <tr><td>5xx</td><td>{@link ServerFailure}</td><td>{@code INTERNAL}, {@code UNAVAILABLE}</td></tr>
 *   <tr><td>other</td><td>{@link UnexpectedStatus}</td><td>—</td></tr>
 * </table>
 */
public abstract sealed class VoipbinApiException extends ApiException {
  private static final long serialVersionUID = 1L;
  private static final String VENDOR = "VoIPBIN";
  private static final int MESSAGE_LIMIT = 300;

  private final String errorStatus;
  private final String reason;
  private final String vendorMessage;
  private final String requestId;
  private final transient List<Map<String, Object>> details;

  private VoipbinApiException(ErrorResponse response, ErrorFields fields) {
    super(describe(response, fields), response);
    this.errorStatus = fields.status();
    this.reason = fields.reason();
    this.vendorMessage = fields.message();
    // Every VoIPBIN answer carries X-Request-Id; the envelope repeats it, and the header covers empty bodies.
    this.requestId = fields.requestId() != null ? fields.requestId() : response.headers().get("X-Request-Id");
    this.details = fields.details();
  }

  /**
   * Returns VoIPBIN's coarse error class, e.g. {@code INVALID_ARGUMENT} or {@code RESOURCE_EXHAUSTED}, as sent (a
   * value this client does not know yet is kept too).
   *
   * @return the envelope's {@code status}, or {@code null} without the envelope
   */
  public String errorStatus() {
    return errorStatus;
  }

  /**
   * Returns the stable machine-readable code to branch on, e.g. {@code CALL_NOT_FOUND}, {@code INSUFFICIENT_BALANCE},
   * {@code ACCOUNT_FROZEN} or {@code RATE_LIMIT_EXCEEDED}.
   *
   * @return the envelope's {@code reason}, or {@code null} without the envelope
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns VoIPBIN's human-readable explanation; show or log it, do not parse it.
   *
   * @return the envelope's {@code message}, or {@code null}
   */
  public String vendorMessage() {
    return vendorMessage;
  }

  /**
   * Returns the request id to quote to VoIPBIN support: the envelope's {@code request_id}, else the
   * {@code X-Request-Id} header.
   *
   * @return the request id, or {@code null} if the answer carried neither
   */
  @Override
  public String requestId() {
    return requestId;
  }

  /**
   * Returns the structured facts some reasons carry, e.g. {@code limited_by} on {@code RATE_LIMIT_EXCEEDED} or the
   * deletion schedule on {@code ACCOUNT_FROZEN}. JSON numbers are {@link Double}s, as Moshi reads them.
   *
   * @return the envelope's {@code details}, unmodifiable; empty when there were none
   */
  public List<Map<String, Object>> details() {
    return details == null ? List.of() : details;
  }

  private static String describe(ErrorResponse response, ErrorFields fields) {
    String vendorText = fields.reason();
    if (fields.message() != null) {
      vendorText = vendorText == null ? fields.message() : vendorText + " " + fields.message();
    }
    if (vendorText != null && vendorText.length() > MESSAGE_LIMIT) {
      // The whole text stays in vendorMessage(); an exception message ends up in logs.
      vendorText = vendorText.substring(0, MESSAGE_LIMIT) + "…";
    }
    String message = message(VENDOR, response, vendorText);
    return fields.requestId() != null ? message + " [request " + fields.requestId() + "]" : message;
  }

  /** 400: a malformed request ({@code INVALID_ARGUMENT}), or one of {@code /auth/*}'s empty-body refusals. */
  public static final class BadRequest extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    BadRequest(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 401: no credential, or an invalid, expired or deleted one ({@code UNAUTHENTICATED}). */
  public static final class Unauthorized extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    Unauthorized(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 402: {@code PAYMENT_REQUIRED}, e.g. {@code INSUFFICIENT_BALANCE}. */
  public static final class PaymentRequired extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    PaymentRequired(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /**
   * 403: {@code PERMISSION_DENIED}, e.g. {@code ACCOUNT_FROZEN}, {@code DIRECT_ACCESS_NOT_SUPPORTED} or
   * {@code AGENT_AUTH_REQUIRED}.
   */
  public static final class Forbidden extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    Forbidden(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 404: {@code NOT_FOUND}, e.g. {@code RESOURCE_NOT_FOUND}, {@code ROUTE_NOT_FOUND} or {@code CALL_NOT_FOUND}. */
  public static final class NotFound extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    NotFound(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 409: {@code ALREADY_EXISTS} or {@code FAILED_PRECONDITION}, e.g. {@code STATE_INVALID}. */
  public static final class Conflict extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    Conflict(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 422: the request was understood but not acceptable. */
  public static final class Unprocessable extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    Unprocessable(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /**
   * 429: {@code RESOURCE_EXHAUSTED} ({@code RATE_LIMIT_EXCEEDED}). The client's retry layer already waited where it
   * could; this reaches you when the wait asked for was longer than its cap or the retries ran out.
   */
  public static final class RateLimited extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    RateLimited(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }

    /**
     * Returns how long VoIPBIN asked to wait ({@code Retry-After}, in seconds or as an HTTP-date).
     *
     * @return the wait, or {@code null} if the answer had no readable {@code Retry-After}
     */
    @Override
    public Duration retryAfter() {
      return super.retryAfter();
    }

    /**
     * Returns what the limit was counted on.
     *
     * @return {@code details[0].limited_by}: {@code "ip"} or {@code "customer"}, or {@code null}
     */
    public String limitedBy() {
      for (Map<String, Object> detail : details()) {
        Object limitedBy = detail.get("limited_by");
        if (limitedBy instanceof String) {
          return (String) limitedBy;
        }
      }
      return null;
    }
  }

  /** 5xx: {@code INTERNAL} or {@code UNAVAILABLE}, or a proxy's error page in front of VoIPBIN. */
  public static final class ServerFailure extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    ServerFailure(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** Any other status: another 4xx, or a 3xx that was not followed. */
  public static final class UnexpectedStatus extends VoipbinApiException {
    private static final long serialVersionUID = 1L;

    UnexpectedStatus(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }
}
