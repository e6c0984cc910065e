package io.cpaaskit.voipbin.internal;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.AmbiguousCredentialMintException;
import io.cpaaskit.auth.LoginFailures;
import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.auth.TokenLifetimes;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.auth.TokenLogin;
import io.cpaaskit.voipbin.api.AuthApi;
import io.cpaaskit.voipbin.model.BootRequest;
import io.cpaaskit.voipbin.model.BootResponse;
import io.cpaaskit.core.errors.MalformedBodyException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import retrofit2.Response;

/**
 * One direct-hash exchange, {@code POST /auth/boot}, through the generated {@link AuthApi#boot} on the login client.
 * The token lives four hours unless the answer's {@code expire} says less.
 *
 * <p>The exchange is one-time: once the request may have reached the server (a timeout, a 408 or 5xx, a 2xx we
 * cannot read), the outcome is ambiguous and the hash is never sent again by this client: the token manager remembers
 * an {@link AmbiguousCredentialMintException} for good. Only failures where nothing was sent (connect failures) and 429s (the
 * rate limiter answers before the handler runs) are left to {@link LoginRetry}.
 */
public final class DirectHashBoot implements TokenLogin {
  /** The lifetime VoIPBIN documents for boot tokens. */
  public static final Duration LIFETIME = Duration.ofHours(4);

  private static final String WHAT = "VoIPBIN direct-hash boot";
  private static final String NOT_AGAIN =
      "; the direct hash may already be spent, so this client does not send it again (only a connect failure, where"
          + " nothing was sent, is retried): check the resource, then build a new client with a fresh hash";

  private final AuthApi auth;
  private final Secret directHash;
  private final Clock clock;
  private final LoginRetry retry;
  private final TokenListener listener;

  /**
   * Creates the exchange.
   *
   * @param auth the generated auth operations on a Retrofit over the login client
   * @param directHash the hash
   * @param clock the clock receipt times are read from
   * @param retry the retry policy (it never retries an ambiguous outcome)
   * @param listener receives clock-skew warnings
   */
  public DirectHashBoot(AuthApi auth, Secret directHash, Clock clock, LoginRetry retry, TokenListener listener) {
    this.auth = Objects.requireNonNull(auth, "auth == null");
    this.directHash = Objects.requireNonNull(directHash, "directHash == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.retry = Objects.requireNonNull(retry, "retry == null");
    this.listener = Objects.requireNonNull(listener, "listener == null");
  }

  @Override
  public AccessToken login() throws IOException {
    // TokenManager remembers an ambiguous outcome for good, so this runs at most once after one.
    return retry.run(this::attempt);
  }

  private AccessToken attempt() throws IOException {
    Response<BootResponse> response;
    try {
      response = auth.boot(new BootRequest().directHash(directHash.reveal())).execute();
    } catch (MalformedBodyException | RuntimeException e) {
      throw new AmbiguousCredentialMintException(
          WHAT + " answered with an unreadable body (" + e.getClass().getSimpleName() + ")" + NOT_AGAIN, e);
    } catch (IOException e) {
      throw LoginFailures.forOneTimeTransport(WHAT, e);
    }
    Instant receivedAt = clock.instant();
    int code = response.code();
    String url = Redaction.url(response.raw().request().url());
    if (!response.isSuccessful()) {
      LoginResponses.discard(response);
      if (code == 408 || code >= 500) {
        // LoginFailures.forStatus would call this unavailable (retryable); for a one-time exchange it is ambiguous.
        throw new AmbiguousCredentialMintException(
            WHAT + " failed with HTTP " + code + " from " + url + " after the request reached the server" + NOT_AGAIN);
      }
      throw LoginFailures.forStatus(WHAT, code, response.headers().get("Retry-After"), url, clock);
    }
    BootResponse body = response.body();
    String token = body == null ? null : body.getToken();
    if (token == null || token.isBlank()) {
      throw new AmbiguousCredentialMintException(
          WHAT + " answered HTTP " + code + " from " + url + " without a token" + NOT_AGAIN);
    }
    OffsetDateTime expire = body.getExpire();
    Duration lifetime =
        TokenLifetimes.lifetime(
            LIFETIME,
            expire == null ? null : expire.toInstant(),
            LoginResponses.serverDate(response, receivedAt, listener),
            receivedAt);
    return AccessToken.bearer(token, receivedAt, lifetime);
  }

  @Override
  public String toString() {
    return "DirectHashBoot{directHash=" + directHash + "}";
  }
}
