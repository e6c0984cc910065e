package io.cpaaskit.zipteams.embed;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.AuthenticationException;
import io.cpaaskit.auth.Jwt;
import io.cpaaskit.auth.LoginFailures;
import io.cpaaskit.auth.RateLimitedException;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.auth.TokenLogin;
import io.cpaaskit.core.errors.ErrorResponse;
import io.cpaaskit.zipteams.api.DashboardTokensApi;
import io.cpaaskit.zipteams.errors.ZipteamsErrors;
import io.cpaaskit.zipteams.model.DashboardTokenResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import retrofit2.Response;

/**
 * One {@code getDashboardToken} round trip for one tenant pair, as {@link io.cpaaskit.auth.TokenManager} runs it: at
 * most one at a time per pair, never more often than the {@link FetchLimiter} allows. Failures are typed for the
 * manager (429 → {@link RateLimitedException}, refused → {@link io.cpaaskit.auth.InvalidCredentialsException}, 5xx →
 * {@link io.cpaaskit.auth.LoginUnavailableException}), with Zipteams' own error as the cause.
 */
final class DashboardTokenLogin implements TokenLogin {
  /** Zipteams documents a 24-hour lifetime; used when the token's claims do not say. */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

  /** What Zipteams' 429 body says to wait when no {@code Retry-After} came with it. */
  static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(60);

  private final DashboardTokensApi api;
  private final String what;
  private final FetchLimiter limiter;
  private final Clock clock;

  DashboardTokenLogin(DashboardTokensApi api, String what, FetchLimiter limiter, Clock clock) {
    this.api = api;
    this.what = what;
    this.limiter = limiter;
    this.clock = clock;
  }

  @Override
  public AccessToken login() throws IOException {
    limiter.acquire(what);
    Response<DashboardTokenResponse> response;
    try {
      response = api.getDashboardToken().execute();
    } catch (AuthenticationException e) {
      throw e; // e.g. InvalidApiKeyException: the client already typed it
    } catch (IOException e) {
      throw LoginFailures.forTransport(what, e);
    }
    Instant receivedAt = clock.instant();
    if (!response.isSuccessful()) {
      throw failure(response);
    }
    DashboardTokenResponse body = response.body();
    String token = body == null || body.getData() == null ? null : body.getData().getToken();
    if (token == null || token.isBlank() || !token.equals(token.strip())) {
      throw new AuthenticationException(what + " failed: HTTP " + response.code() + " without a usable data.token");
    }
    Secret secret = Secret.of("dashboard token", token);
    return AccessToken.bearer(token, receivedAt, lifetime(secret));
  }

  /**
   * The token's own lifetime, {@code exp - iat}, read without verifying it (Zipteams signs with a secret partners do
   * not hold); 24 hours when the token is not a JWT or lacks either claim. Relative, so a skewed clock on either side
   * does not shorten or stretch it.
   */
  static Duration lifetime(Secret token) {
    Map<String, Object> claims = Jwt.claims(token);
    Object exp = claims.get("exp");
    Object iat = claims.get("iat");
    if (exp instanceof Number && iat instanceof Number) {
      long seconds = ((Number) exp).longValue() - ((Number) iat).longValue();
      if (seconds > 0) {
        return Duration.ofSeconds(seconds);
      }
    }
    return DEFAULT_LIFETIME;
  }

  private IOException failure(Response<?> response) {
    ErrorResponse captured = ErrorResponse.capture(response, clock);
    // Keep Zipteams' own words (message, errors, raw body) as the cause, for whoever inspects the failure.
    Exception zipteams = ZipteamsErrors.MAPPER.toException(captured);
    IOException failure;
    if (captured.status() == 429) {
      Duration wait = captured.retryAfter() != null ? captured.retryAfter() : DEFAULT_RATE_LIMIT_WAIT;
      limiter.hold(wait);
      failure = new RateLimitedException(
          what + " was rate limited (HTTP 429 from " + captured.url() + "); next try in " + wait.toSeconds() + " s",
          wait);
      failure.initCause(zipteams);
    } else {
      failure = LoginFailures.forStatus(what, captured.status(), null, captured.url(), clock, zipteams);
    }
    return failure;
  }
}
