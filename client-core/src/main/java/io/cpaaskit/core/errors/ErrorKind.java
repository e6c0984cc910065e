package io.cpaaskit.core.errors;

/**
 * The one place HTTP statuses become error kinds, shared by every vendor: each vendor's {@code …ApiException} has
 * one subclass per kind, chosen from this mapping and nowhere else.
 */
public enum ErrorKind {
  /** 400. */
  BAD_REQUEST,
  /** 401. */
  UNAUTHORIZED,
  /** 402: Vobiz's insufficient balance, VoIPBIN's {@code PAYMENT_REQUIRED}. */
  PAYMENT_REQUIRED,
  /** 403. */
  FORBIDDEN,
  /** 404. */
  NOT_FOUND,
  /** 409. */
  CONFLICT,
  /** 422. */
  UNPROCESSABLE,
  /** 429; the exception carries the parsed {@code Retry-After}. */
  RATE_LIMITED,
  /** 5xx. */
  SERVER_ERROR,
  /**
   * Anything else: another 4xx, a 3xx that was not followed, or a 2xx whose body is an error (Vobiz's
   * {@code {"api_id":…,"error":"failed"}}).
   */
  OTHER;

  /**
   * Maps a status.
   *
   * @param status the HTTP status
   * @return its kind
   */
  public static ErrorKind of(int status) {
    switch (status) {
      case 400:
        return BAD_REQUEST;
      case 401:
        return UNAUTHORIZED;
      case 402:
        return PAYMENT_REQUIRED;
      case 403:
        return FORBIDDEN;
      case 404:
        return NOT_FOUND;
      case 409:
        return CONFLICT;
      case 422:
        return UNPROCESSABLE;
      case 429:
        return RATE_LIMITED;
      default:
        return status >= 500 && status <= 599 ? SERVER_ERROR : OTHER;
    }
  }
}
