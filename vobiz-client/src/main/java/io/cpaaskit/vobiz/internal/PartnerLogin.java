package io.cpaaskit.vobiz.internal;

import com.github.scribejava.core.model.OAuth2AccessToken;
import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.AuthenticationException;
import io.cpaaskit.auth.LoginFailures;
import io.cpaaskit.auth.LoginRetry;
import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.auth.TokenLogin;
import io.cpaaskit.auth.oauth2.JsonPasswordGrant;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.vobiz.partner.model.PartnerLoginRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The partner console login behind {@code VobizCredentials.partnerLogin}: {@code POST /api/v1/partner/login} with
 * {@code {email, password}} through {@link JsonPasswordGrant}, bounded by {@link LoginRetry}. The token's lifetime
 * is {@code expires_in} counted from receipt on the client's clock (never a server timestamp).
 */
public final class PartnerLogin implements TokenLogin {
  /** What Vobiz documents for {@code expires_in}, used when an answer leaves it out. */
  static final Duration DOCUMENTED_LIFETIME = Duration.ofHours(1);

  private static final String WHAT = "Vobiz partner login";
  private static final JsonAdapter<PartnerLoginRequest> BODY = LenientJson.moshi().adapter(PartnerLoginRequest.class);

  private final JsonPasswordGrant grant;
  private final String email;
  private final Secret password;
  private final Clock clock;
  private final LoginRetry retry;

  /**
   * Creates the login.
   *
   * @param loginUrl {@code …/api/v1/partner/login}
   * @param loginClient the client logins go through ({@code AuthWiring.loginClient})
   * @param email the console e-mail
   * @param password the console password
   * @param clock the client's clock
   * @param retry the retry policy around each login
   */
  public PartnerLogin(HttpUrl loginUrl, OkHttpClient loginClient, String email, Secret password, Clock clock, LoginRetry retry) {
    this.email = Objects.requireNonNull(email, "email == null");
    this.password = Objects.requireNonNull(password, "password == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.retry = Objects.requireNonNull(retry, "retry == null");
    this.grant =
        JsonPasswordGrant.create(
            loginUrl.toString(),
            loginClient,
            (username, secret) -> BODY.toJson(new PartnerLoginRequest().email(username).password(secret.reveal())),
            new PartnerTokenExtractor(WHAT, Redaction.url(loginUrl), clock));
  }

  @Override
  public AccessToken login() throws IOException {
    return retry.run(this::once);
  }

  private AccessToken once() throws IOException {
    OAuth2AccessToken token;
    try {
      token = grant.obtain(email, password);
    } catch (AuthenticationException e) {
      throw e;
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e; // the caller gave up: not a failed login
      }
      throw LoginFailures.forTransport(WHAT, e);
    } catch (IOException e) {
      throw LoginFailures.forTransport(WHAT, e);
    }
    Instant receivedAt = clock.instant();
    Integer expiresIn = token.getExpiresIn();
    Duration lifetime = expiresIn != null && expiresIn > 0 ? Duration.ofSeconds(expiresIn) : DOCUMENTED_LIFETIME;
    return AccessToken.of(token, receivedAt, lifetime);
  }

  @Override
  public String toString() {
    return "PartnerLogin{" + grant + "}";
  }
}
