package io.cpaaskit.auth.internal;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.auth.RequestAuth;
import io.cpaaskit.core.retrofit.SpecOperation;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Puts the right credential on each request, chosen from the operation's spec security ({@link SpecOperation}); an
 * operation with no security (login, signup, boot) goes out untouched. Turns a 401 to a static key into
 * {@link InvalidApiKeyException}.
 */
public final class CredentialInterceptor implements Interceptor {
  private final String vendor;
  private final List<RequestAuth> candidates;
  private final Set<String> sensitiveQuery;

  public CredentialInterceptor(String vendor, List<RequestAuth> candidates, Set<String> sensitiveQuery) {
    this.vendor = vendor;
    this.candidates = List.copyOf(candidates);
    this.sensitiveQuery = sensitiveQuery;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    SpecOperation operation = SpecOperation.Lookup.of(request);
    if (operation == null || operation.security().length == 0) {
      // Not a generated operation, or one the spec declares without credentials: nothing of ours goes on it.
      return chain.proceed(request);
    }
    List<String> security = Arrays.asList(operation.security());
    RequestAuth auth = null;
    for (RequestAuth candidate : candidates) {
      if (candidate.acceptedBy(security)) {
        auth = candidate;
        break;
      }
    }
    if (auth == null) {
      Set<String> held = new TreeSet<>();
      candidates.forEach(c -> held.addAll(c.schemes()));
      throw new CredentialNotAcceptedException(
          vendor + " operation " + operation.id() + " accepts " + new TreeSet<>(security)
              + " but this client holds " + held + "; nothing was sent");
    }
    AccessToken token = auth.tokenBased() ? auth.tokens().token() : null;
    // One copy of the request: the credential and the tag go on through the same builder.
    Request outgoing =
        auth.signInto(request.newBuilder(), request.url(), token)
            .tag(AuthTag.class, new AuthTag(auth, token, request.url(), operation.id(), false))
            .build();
    Response response = chain.proceed(outgoing);
    // Only a 401 from the origin the key was sent to says anything about the key (a redirect elsewhere got none).
    if (response.code() == 401 && !auth.tokenBased() && AuthTag.sameOrigin(response.request().url(), request.url())) {
      response.close();
      throw new InvalidApiKeyException(
          vendor + " rejected the key with HTTP 401 on " + operation.id() + " ("
              + request.method() + " " + Redaction.url(request.url(), sensitiveQuery)
              + "): the key is wrong, revoked or for another scope; static keys are not retried");
    }
    return response;
  }

}
