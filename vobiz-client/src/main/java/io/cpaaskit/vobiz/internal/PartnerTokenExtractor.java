package io.cpaaskit.vobiz.internal;

import com.github.scribejava.core.extractors.TokenExtractor;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Response;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.cpaaskit.auth.AuthenticationException;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.auth.LoginFailures;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.vobiz.partner.model.PartnerLoginResponse;
import io.cpaaskit.vobiz.partner.model.PartnerTokens;
import io.cpaaskit.vobiz.partner.model.VobizError;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * Reads Vobiz's answer to {@code POST /api/v1/partner/login}: {@code {tokens: {access_token, token_type,
 * expires_in}}} on success, a typed {@link LoginFailures} exception for every other status. Messages carry the
 * status and the login URL, never the body.
 */
public final class PartnerTokenExtractor implements TokenExtractor<OAuth2AccessToken> {
  private static final JsonAdapter<PartnerLoginResponse> TOKENS = LenientJson.moshi().adapter(PartnerLoginResponse.class);
  private static final JsonAdapter<VobizError> ERROR = LenientJson.moshi().adapter(VobizError.class);

  private final String what;
  private final String redactedUrl;
  private final Clock clock;

  /**
   * Creates the extractor.
   *
   * @param what the login, for messages
   * @param redactedUrl the login URL, already redacted
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   */
  public PartnerTokenExtractor(String what, String redactedUrl, Clock clock) {
    this.what = what;
    this.redactedUrl = redactedUrl;
    this.clock = clock;
  }

  @Override
  public OAuth2AccessToken extract(Response response) throws IOException {
    int status = response.getCode();
    if (status < 200 || status > 299) {
      throw LoginFailures.forStatus(what, status, header(response, "Retry-After"), redactedUrl, clock);
    }
    String body = response.getBody();
    PartnerTokens tokens = null;
    try {
      PartnerLoginResponse parsed = body == null || body.isBlank() ? null : TOKENS.fromJson(body);
      tokens = parsed == null ? null : parsed.getTokens();
    } catch (IOException | JsonDataException e) {
      // The cause is left out on purpose: it may quote the body, and the body holds the token.
      throw new AuthenticationException(
          what + " answered HTTP " + status + " with a body that is not a token response ("
              + e.getClass().getSimpleName() + ") from " + redactedUrl);
    }
    String accessToken = tokens == null ? null : tokens.getAccessToken();
    if (accessToken == null || accessToken.isBlank()) {
      throw missingToken(status, body);
    }
    return new OAuth2AccessToken(accessToken, tokens.getTokenType(), tokens.getExpiresIn(), null, null, null);
  }

  /** A 2xx without a token: Vobiz's error envelope with {@code invalid_credentials} is a refusal, anything else is not. */
  private IOException missingToken(int status, String body) {
    Object error = null;
    try {
      VobizError parsed = body == null || body.isBlank() ? null : ERROR.fromJson(body);
      error = parsed == null ? null : parsed.getError();
    } catch (IOException | JsonDataException ignored) {
      // Not even an error envelope: reported below as a missing token.
    }
    String where = " (HTTP " + status + " from " + redactedUrl + ")";
    // error is a code string in the login envelope, an object elsewhere.
    if ("invalid_credentials".equals(error)) {
      return new InvalidCredentialsException(what + " was refused: check the e-mail and password" + where);
    }
    return new AuthenticationException(what + " answered without tokens.access_token" + where);
  }

  /** Header names from an HTTP/2 server arrive in lower case, and ScribeJava's lookup is case-sensitive. */
  private static String header(Response response, String name) {
    Map<String, String> headers = response.getHeaders();
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }
}
