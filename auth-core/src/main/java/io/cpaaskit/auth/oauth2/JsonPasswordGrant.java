package io.cpaaskit.auth.oauth2;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.httpclient.okhttp.OkHttpHttpClient;
import io.cpaaskit.auth.AuthenticationException;
import io.cpaaskit.auth.Secret;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import okhttp3.OkHttpClient;

/**
 * An OAuth2 resource-owner password grant whose request is a JSON body instead of a form, answered by an OAuth2 token
 * response: ScribeJava's {@link OAuth20Service} with the request builder and token extractor replaced, running over
 * our own OkHttp client (the login client: no authenticator, no body logging). Jackson is not needed: the extractor
 * is ours.
 */
public final class JsonPasswordGrant {
  /** Writes the JSON login body. */
  @FunctionalInterface
  public interface BodyWriter {
    /**
     * Builds the body.
     *
     * @param username the user name or email
     * @param password the password
     * @return the JSON text
     */
    String json(String username, Secret password);
  }

  private final Service service;

  private JsonPasswordGrant(Service service) {
    this.service = service;
  }

  /**
   * Creates the grant.
   *
   * @param tokenUrl the login URL
   * @param loginClient the OkHttp client logins go through
   * @param body writes the JSON body
   * @param extractor reads the token from the response and throws a typed exception for every failure status
   * @return the grant
   */
  public static JsonPasswordGrant create(
      String tokenUrl, OkHttpClient loginClient, BodyWriter body, TokenExtractor<OAuth2AccessToken> extractor) {
    Api api = new Api(Objects.requireNonNull(tokenUrl, "tokenUrl == null"), Objects.requireNonNull(extractor, "extractor == null"));
    Service service =
        new Service(api, new OkHttpHttpClient(Objects.requireNonNull(loginClient, "loginClient == null")), Objects.requireNonNull(body, "body == null"));
    return new JsonPasswordGrant(service);
  }

  /**
   * Runs the grant once.
   *
   * @param username the user name or email
   * @param password the password
   * @return the token
   * @throws IOException the extractor's typed failure, or a transport failure
   */
  public OAuth2AccessToken obtain(String username, Secret password) throws IOException {
    service.pendingPassword = password;
    try {
      return service.getAccessTokenPasswordGrant(username, "unused");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      throw new AuthenticationException("password grant failed: " + cause.getClass().getSimpleName(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted during the password grant");
      interrupted.initCause(e);
      throw interrupted;
    } finally {
      service.pendingPassword = null;
    }
  }

  private static final class Api extends DefaultApi20 {
    private final String tokenUrl;
    private final TokenExtractor<OAuth2AccessToken> extractor;

    Api(String tokenUrl, TokenExtractor<OAuth2AccessToken> extractor) {
      this.tokenUrl = tokenUrl;
      this.extractor = extractor;
    }

    @Override
    public String getAccessTokenEndpoint() {
      return tokenUrl;
    }

    @Override
    protected String getAuthorizationBaseUrl() {
      throw new UnsupportedOperationException("no authorization endpoint: password grant only");
    }

    @Override
    public TokenExtractor<OAuth2AccessToken> getAccessTokenExtractor() {
      return extractor;
    }

    @Override
    public Verb getAccessTokenVerb() {
      return Verb.POST;
    }
  }

  private static final class Service extends OAuth20Service {
    private final BodyWriter body;
    // ScribeJava passes the password as a String; we keep the Secret so it is revealed only into the body.
    private volatile Secret pendingPassword;

    Service(Api api, OkHttpHttpClient client, BodyWriter body) {
      super(api, "cpaaskit", null, null, null, null, null, null, null, client);
      this.body = body;
    }

    @Override
    protected OAuthRequest createAccessTokenPasswordGrantRequest(String username, String ignored, String scope) {
      OAuthRequest request = new OAuthRequest(Verb.POST, getApi().getAccessTokenEndpoint());
      request.addHeader("Content-Type", "application/json");
      request.addHeader("Accept", "application/json");
      request.setPayload(body.json(username, pendingPassword));
      return request;
    }

    @Override
    public String toString() {
      return "JsonPasswordGrant{" + getApi().getAccessTokenEndpoint() + "}";
    }
  }

  @Override
  public String toString() {
    return service.toString();
  }
}
