package io.cpaaskit.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses {@code Retry-After} in both of its forms: delay-seconds and HTTP-date (RFC 9110 section 10.2.3). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Parses a header value.
   *
   * @param value the header value, e.g. {@code 120} or {@code Wed, 21 Oct 2015 07:28:00 GMT}
   * @param clock the clock an HTTP-date is measured against
   * @return the wait (zero for a date in the past), or {@code null} if the value is absent or malformed
   */
  public static Duration parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(trimmed));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
