package io.cpaaskit.zipteams.errors;

import io.cpaaskit.core.errors.ApiException;
import io.cpaaskit.core.errors.ErrorKind;
import io.cpaaskit.core.errors.ErrorResponse;
import java.time.Duration;
import java.util.List;

/**
 * An error answer from Zipteams: unchecked, with one subclass per {@link ErrorKind}, chosen from the status by
 * {@link ZipteamsErrors} and nowhere else. Transport failures stay {@link java.io.IOException}s, and so do
 * authentication failures: a 401 to a {@code ZipteamsClient} is an {@link io.cpaaskit.auth.InvalidApiKeyException}
 * before any mapping happens.
 *
 * <pre>{@code
 * try {
 *   ZipteamsErrors.execute(partnerCalls.ingestCallBatch(batch));
 * } catch (ZipteamsApiException.Unprocessable e) {
 *   e.errors().forEach(error -> log.warn("{}: {}", error.field(), error.message()));
 * } catch (ZipteamsApiException.RateLimited e) {
 *   // wait e.retryAfter()
 * }
 * }</pre>
 *
 * <p>Zipteams answers errors in three shapes, and every one fills the same accessors:
 *
 * <table>
 *   <caption>Body shapes</caption>
 *   <tr><th>Where</th><th>Body</th><th>Read into</th></tr>
 *   <tr><td>Partner API</td><td>{@code {"success":false,"message":"…","errors":[{"field":"…","message":"…"}]}}</td>
 *       <td>{@link #success()}, {@link #vendorMessage()}, {@link #errors()}</td></tr>
 *   <tr><td>Customer API customer-sync</td>
 *       <td>{@code {"code":"…","message":"…" or ["…","…"],"data":{"field":"…"}}}</td>
 *       <td>{@link #code()}, {@link #vendorMessage()} (an array joined with {@code "; "}), {@link #errors()} (one
 *       entry per array item, or {@code data.field} with the message)</td></tr>
 *   <tr><td>Customer API ingestion host</td><td>{@code {"error":"…"}}</td><td>{@link #vendorMessage()}</td></tr>
 * </table>
 *
 * <p>Answers in none of these shapes (an HTML 502 page, an empty body, truncated JSON) give the same typed exception
 * with the fields {@code null} or empty; {@link #rawBody()} keeps what was sent (at most
 * {@value ErrorResponse#BODY_LIMIT} bytes, secret members masked). Zipteams documents no error codes on the Partner API
 * and has reworded its messages before: branch on the class and {@link #code()}, not on message text.
 */
public abstract sealed class ZipteamsApiException extends ApiException {
  private static final long serialVersionUID = 1L;
  private static final String VENDOR = "Zipteams";
  private static final int MESSAGE_LIMIT = 300;

  private final Boolean success;
  private final String code;
  private final String vendorMessage;
  private final String requestId;
  private final transient List<FieldError> errors;

  private ZipteamsApiException(ErrorResponse response, ErrorFields fields) {
    super(describe(response, fields), response);
    this.success = fields.success();
    this.code = fields.code();
    this.vendorMessage = fields.message();
    // Zipteams documents no request id; its AWS ingestion host (API Gateway) sends x-amzn-RequestId.
    String header = response.headers().get("X-Request-Id");
    this.requestId = header != null ? header : response.headers().get("x-amzn-RequestId");
    this.errors = fields.errors();
  }

  /**
   * Returns the Partner API envelope's {@code success} flag.
   *
   * @return {@code false} on a Partner API error, {@code null} when the body had no such member
   */
  public Boolean success() {
    return success;
  }

  /**
   * Returns the Customer API's machine-readable code, e.g. {@code AGENT_NOT_FOUND_ON_ZIPTEAMS},
   * {@code AGENT_HAS_NO_WORKSPACE} or {@code CUSTOMER_CREATION_FAILED}, as sent.
   *
   * @return the body's {@code code}, or {@code null} (the Partner API sends none)
   */
  public String code() {
    return code;
  }

  /**
   * Returns Zipteams' explanation, for people: the body's {@code message} (an array of messages joined with
   * {@code "; "}), or the ingestion host's {@code error}.
   *
   * @return the message, or {@code null}
   */
  public String vendorMessage() {
    return vendorMessage;
  }

  /**
   * Returns the individual problems: the Partner API's {@code errors[]}, the items of customer-sync's message array,
   * or customer-sync's {@code data.field} with its message.
   *
   * @return the problems, unmodifiable; empty when there were none
   */
  public List<FieldError> errors() {
    return errors == null ? List.of() : errors;
  }

  /**
   * Returns a request id for support: the {@code X-Request-Id} header, else API Gateway's {@code x-amzn-RequestId}.
   *
   * @return the request id, or {@code null}
   */
  @Override
  public String requestId() {
    return requestId;
  }

  private static String describe(ErrorResponse response, ErrorFields fields) {
    String vendorText = fields.code();
    if (fields.message() != null) {
      vendorText = vendorText == null ? fields.message() : vendorText + " " + fields.message();
    }
    if (vendorText != null && vendorText.length() > MESSAGE_LIMIT) {
      // The whole text stays in vendorMessage(); an exception message ends up in logs.
      vendorText = vendorText.substring(0, MESSAGE_LIMIT) + "…";
    }
    return message(VENDOR, response, vendorText);
  }

  /**
   * One problem Zipteams reported.
   *
   * @param field the request member it concerns, e.g. {@code data[0].call.id}, or {@code null} when not named
   * @param message what is wrong with it, or {@code null}
   */
  public record FieldError(String field, String message) {}

  /** 400: missing tenant headers ("Tenant ID is required"), invalid JSON, or failed validation. */
  public static final class BadRequest extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    BadRequest(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 401: missing credentials, or (on the ingestion host) a wrong {@code x-zip-api-key}. */
  public static final class Unauthorized extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    Unauthorized(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 402: not documented by Zipteams; kept so every {@link ErrorKind} has its class. */
  public static final class PaymentRequired extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    PaymentRequired(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /**
   * 403: Zipteams' usual answer to a wrong partner key or secret ({@code "Forbidden"}), and the ingestion host's
   * answer to a missing key.
   */
  public static final class Forbidden extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    Forbidden(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 404: e.g. an unknown customer, or customer-sync's {@code AGENT_NOT_FOUND_ON_ZIPTEAMS}. */
  public static final class NotFound extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    NotFound(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 409: not documented by Zipteams; kept so every {@link ErrorKind} has its class. */
  public static final class Conflict extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    Conflict(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** 422: validation failed; {@link #errors()} names each field. */
  public static final class Unprocessable extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    Unprocessable(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /**
   * 429: more than 120 requests in a minute for this partner. The client's retry layer already waited where it could;
   * this reaches you when the wait asked for was longer than its cap or the retries ran out.
   */
  public static final class RateLimited extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    RateLimited(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }

    /**
     * Returns how long Zipteams asked to wait ({@code Retry-After}, in seconds or as an HTTP-date). Zipteams does not
     * always send one; its body then says to wait 60 seconds.
     *
     * @return the wait, or {@code null} if the answer had no readable {@code Retry-After}
     */
    @Override
    public Duration retryAfter() {
      return super.retryAfter();
    }
  }

  /** 5xx: Zipteams' {@code "Internal server error"}, customer-sync's {@code CUSTOMER_CREATION_FAILED}, or a proxy page. */
  public static final class ServerFailure extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    ServerFailure(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }

  /** Any other status: another 4xx, or a 3xx that was not followed. */
  public static final class UnexpectedStatus extends ZipteamsApiException {
    private static final long serialVersionUID = 1L;

    UnexpectedStatus(ErrorResponse response, ErrorFields fields) {
      super(response, fields);
    }
  }
}
