package io.cpaaskit.auth;

/**
 * A {@link ClientBuilder} for vendors whose credentials include logins (Vobiz's partner JWT, VoIPBIN's password and
 * direct hash): adds the token policy, the login retries and the login listener. They are ignored for static keys.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class LoginClientBuilder<B extends LoginClientBuilder<B>> extends ClientBuilder<B> {
  /** For subclasses. */
  protected LoginClientBuilder() {}

  @Override
  public B tokenPolicy(TokenPolicy tokenPolicy) {
    return super.tokenPolicy(tokenPolicy);
  }

  @Override
  public B loginRetry(LoginRetry loginRetry) {
    return super.loginRetry(loginRetry);
  }

  @Override
  public B tokenListener(TokenListener tokenListener) {
    return super.tokenListener(tokenListener);
  }
}
