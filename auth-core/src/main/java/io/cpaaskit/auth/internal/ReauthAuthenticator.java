package io.cpaaskit.auth.internal;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.TokenManager;
import java.io.IOException;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a 401 on a token-signed request: compare-and-invalidate the rejected token, take the current or a freshly
 * logged-in one, and re-sign the request, at most once per call. Static keys, requests we did not sign, one-shot
 * bodies and second 401s are handed back to the caller ({@code null}).
 *
 * <p>A replayable POST is replayed too: for our three vendors a 401 comes from the authentication layer before any
 * handler runs (VoIPBIN's middleware checks credentials first; Vobiz and Zipteams reject the key pair at the gateway),
 * so the rejected request was not processed and sending it again cannot duplicate a call, a message or a payment.
 */
public final class ReauthAuthenticator implements Authenticator {
  @Override
  public Request authenticate(Route route, Response response) throws IOException {
    Request request = response.request();
    AuthTag tag = request.tag(AuthTag.class);
    if (tag == null || !tag.auth().tokenBased() || tag.token() == null) {
      return null;
    }
    if (tag.reauthenticated() || priorUnauthorized(response)) {
      return null; // one re-authentication per call, never OkHttp's 20 follow-ups
    }
    TokenManager tokens = tag.auth().tokens();
    if (request.body() != null && request.body().isOneShot()) {
      tokens.invalidate(tag.token()); // the next call logs in; this one cannot be replayed
      return null;
    }
    AccessToken fresh = tokens.replace(tag.token(), CallDeadline.remaining(request));
    if (fresh.value().equals(tag.token().value())) {
      return null;
    }
    Request resigned = tag.auth().resign(request, fresh);
    return resigned.newBuilder()
        .tag(AuthTag.class, new AuthTag(tag.auth(), fresh, tag.origin(), tag.operationId(), true))
        .build();
  }

  private static boolean priorUnauthorized(Response response) {
    for (Response prior = response.priorResponse(); prior != null; prior = prior.priorResponse()) {
      if (prior.code() == 401) {
        return true;
      }
    }
    return false;
  }
}
