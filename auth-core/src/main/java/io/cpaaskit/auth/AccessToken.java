package io.cpaaskit.auth;

import com.github.scribejava.core.model.OAuth2AccessToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A token obtained by a login, with the moment it was received and its lifetime counted from then.
 *
 * <p>A thin wrapper over ScribeJava's {@link OAuth2AccessToken}, the token type every login flow produces. The expiry
 * is always {@code receivedAt + lifetime} on the local clock: a relative lifetime, so a skewed local clock cannot
 * make a token look fresh when the server thinks it expired (or the other way round).
 */
public final class AccessToken {
  private final OAuth2AccessToken token;
  private final Secret value;
  private final Instant receivedAt;
  private final Duration lifetime;

  private AccessToken(OAuth2AccessToken token, Instant receivedAt, Duration lifetime) {
    this.token = token;
    this.value = Secret.of("access token", token.getAccessToken());
    this.receivedAt = receivedAt;
    this.lifetime = lifetime;
  }

  /**
   * Wraps a token.
   *
   * @param token the token as ScribeJava or a vendor login produced it
   * @param receivedAt when its response arrived, on the client's clock
   * @param lifetime how long it is valid from {@code receivedAt}
   * @return the token
   * @throws IllegalArgumentException if the token value is blank or the lifetime is not positive
   */
  public static AccessToken of(OAuth2AccessToken token, Instant receivedAt, Duration lifetime) {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(receivedAt, "receivedAt == null");
    Objects.requireNonNull(lifetime, "lifetime == null");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive but was " + lifetime);
    }
    return new AccessToken(token, receivedAt, lifetime);
  }

  /**
   * Wraps a bearer token value.
   *
   * @param value the token
   * @param receivedAt when its response arrived, on the client's clock
   * @param lifetime how long it is valid from {@code receivedAt}
   * @return the token
   */
  public static AccessToken bearer(String value, Instant receivedAt, Duration lifetime) {
    Secret checked = Secret.of("access token", value);
    long seconds = Math.min(Integer.MAX_VALUE, Objects.requireNonNull(lifetime, "lifetime == null").getSeconds());
    return of(new OAuth2AccessToken(checked.reveal(), "Bearer", (int) seconds, null, null, null), receivedAt, lifetime);
  }

  /**
   * Returns the ScribeJava token.
   *
   * @return the wrapped token
   */
  public OAuth2AccessToken oauth2() {
    return token;
  }

  /**
   * Returns the token value.
   *
   * @return the value, masked in {@code toString()}
   */
  public Secret value() {
    return value;
  }

  /**
   * Returns when the token arrived.
   *
   * @return the receipt time on the client's clock
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * Returns how long the token is valid from {@link #receivedAt()}.
   *
   * @return the lifetime
   */
  public Duration lifetime() {
    return lifetime;
  }

  /**
   * Returns the moment the token stops being valid, on the client's clock.
   *
   * @return {@code receivedAt + lifetime}
   */
  public Instant expiresAt() {
    return receivedAt.plus(lifetime);
  }

  /**
   * Returns the token's fingerprint (8 hex digits of its SHA-256), for logs and events.
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    return value.fingerprint();
  }

  @Override
  public String toString() {
    return "AccessToken{value=" + value + ", receivedAt=" + receivedAt + ", lifetime=" + lifetime + "}";
  }
}
