package io.cpaaskit.voipbin.internal;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.auth.Jwt;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.auth.TokenLifetimes;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.core.json.LenientJson;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** What the login and boot answers say about time: the JWT's {@code expire} claim and the server's clock. */
final class LoginResponses {
  private static final JsonAdapter<OffsetDateTime> TIMESTAMP = LenientJson.moshi().adapter(OffsetDateTime.class);

  private LoginResponses() {}

  /**
   * Reads VoIPBIN's custom {@code expire} claim ({@code 2006-01-02T15:04:05.000000Z}, UTC); its JWTs carry no
   * {@code exp}.
   *
   * @return the stated expiry, or {@code null} if the token is not a JWT or the claim is missing or unreadable
   */
  static Instant expireClaim(Secret jwt) {
    Object expire = Jwt.claims(jwt).get("expire");
    if (!(expire instanceof String)) {
      return null;
    }
    try {
      OffsetDateTime parsed = TIMESTAMP.fromJsonValue(expire);
      return parsed == null ? null : parsed.toInstant();
    } catch (RuntimeException e) {
      return null; // an unreadable claim leaves the documented lifetime in force
    }
  }

  /**
   * Returns the response's {@code Date}, reporting a clock difference beyond {@link TokenLifetimes#SKEW_WARNING}.
   *
   * @return the server's time, or {@code null} without a readable header
   */
  static Instant serverDate(Response<?> response, Instant receivedAt, TokenListener listener) {
    Date date = response.headers().getDate("Date");
    if (date == null) {
      return null;
    }
    Instant serverDate = date.toInstant();
    Duration skew = TokenLifetimes.skew(serverDate, receivedAt);
    if (skew.abs().compareTo(TokenLifetimes.SKEW_WARNING) > 0) {
      listener.clockSkew(skew);
    }
    return serverDate;
  }

  /** Releases the connection of a failed answer; its body (VoIPBIN's are empty on /auth) is never read. */
  static void discard(Response<?> response) {
    ResponseBody body = response.errorBody();
    if (body != null) {
      body.close();
    }
  }
}
