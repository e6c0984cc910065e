package io.cpaaskit.voipbin.internal;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.AuthenticationException;
import io.cpaaskit.auth.LoginFailures;
import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.auth.TokenLifetimes;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.auth.TokenLogin;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.model.LoginRequest;
import io.cpaaskit.voipbin.model.LoginResponse;
import io.cpaaskit.core.errors.MalformedBodyException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import retrofit2.Response;

/**
 * One agent login, {@code POST /auth/login}, through the generated {@link AuthApi#login} on the login client, with
 * bounded retries. The JWT lives seven days unless its {@code expire} claim says less.
 *
 * <p>VoIPBIN answers a wrong password (and a malformed request) with 400 and an empty body, never 401; that is
 * final ({@link io.cpaaskit.auth.InvalidCredentialsException}) and not retried.
 */
public final class PasswordLogin implements TokenLogin {
  /** The lifetime VoIPBIN documents for login JWTs. */
  public static final Duration LIFETIME = Duration.ofDays(7);

  private static final String WHAT = "VoIPBIN login";

  private final AuthApi auth;
  private final String username;
  private final Secret password;
  private final Clock clock;
  private final LoginRetry retry;
  private final TokenListener listener;

  /**
   * Creates the login.
   *
   * @param auth the generated auth operations on a Retrofit over the login client
   * @param username the agent's username
   * @param password the agent's password
   * @param clock the clock receipt times are read from
   * @param retry the retry policy around each login
   * @param listener receives clock-skew warnings
   */
  public PasswordLogin(AuthApi auth, String username, Secret password, Clock clock, LoginRetry retry, TokenListener listener) {
    this.auth = Objects.requireNonNull(auth, "auth == null");
    this.username = Objects.requireNonNull(username, "username == null");
    this.password = Objects.requireNonNull(password, "password == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.retry = Objects.requireNonNull(retry, "retry == null");
    this.listener = Objects.requireNonNull(listener, "listener == null");
  }

  @Override
  public AccessToken login() throws IOException {
    return retry.run(this::attempt);
  }

  private AccessToken attempt() throws IOException {
    Response<LoginResponse> response;
    try {
      response = auth.login(new LoginRequest().username(username).password(password.reveal())).execute();
    } catch (MalformedBodyException | RuntimeException e) {
      // A 2xx whose body is not a login answer (the converter's MalformedBodyException, or any other parse failure).
      // Logging in again is harmless.
      throw new AuthenticationException(WHAT + " answered with an unreadable body: " + e.getClass().getSimpleName(), e);
    } catch (IOException e) {
      throw LoginFailures.forTransport(WHAT, e);
    }
    Instant receivedAt = clock.instant();
    String url = Redaction.url(response.raw().request().url());
    if (!response.isSuccessful()) {
      LoginResponses.discard(response);
      throw LoginFailures.forStatus(WHAT, response.code(), response.headers().get("Retry-After"), url, clock);
    }
    LoginResponse body = response.body();
    String token = body == null ? null : body.getToken();
    if (token == null || token.isBlank()) {
      throw new AuthenticationException(WHAT + " answered HTTP " + response.code() + " without a token (" + url + ")");
    }
    Secret value = Secret.of("VoIPBIN login token", token);
    Duration lifetime =
        TokenLifetimes.lifetime(
            LIFETIME,
            LoginResponses.expireClaim(value),
            LoginResponses.serverDate(response, receivedAt, listener),
            receivedAt);
    return AccessToken.bearer(token, receivedAt, lifetime);
  }

  @Override
  public String toString() {
    return "PasswordLogin{username=" + username + "}";
  }
}
