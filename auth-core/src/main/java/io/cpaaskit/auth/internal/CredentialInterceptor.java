package io.cpaaskit.auth.internal;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.auth.RequestAuth;
import io.cpaaskit.core.retrofit.SpecOperation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * Puts the right credential on each request, chosen from the operation's spec security ({@link SpecOperation}); an
 * operation with no security (login, signup, boot) goes out untouched. Turns a 401 to a static key into
 * {@link InvalidApiKeyException}.
 */
public final class CredentialInterceptor implements Interceptor {
  private final String vendor;
  private final List<RequestAuth> candidates;
  private final Set<String> sensitiveQuery;
  private static final Plan UNSIGNED = new Plan(null, null, true, null);

  private final ConcurrentHashMap<Method, Plan> plans = new ConcurrentHashMap<>();

  public CredentialInterceptor(String vendor, List<RequestAuth> candidates, Set<String> sensitiveQuery) {
    this.vendor = vendor;
    this.candidates = List.copyOf(candidates);
    this.sensitiveQuery = sensitiveQuery;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return chain.proceed(request); // not a generated operation: nothing of ours goes on it
    }
    Plan plan = plans.computeIfAbsent(invocation.method(), this::plan);
    if (plan.unsigned()) {
      return chain.proceed(request); // the spec declares the operation without credentials (login, signup, boot)
    }
    if (plan.auth() == null) {
      throw new CredentialNotAcceptedException(plan.refusal());
    }
    RequestAuth auth = plan.auth();
    AccessToken token = auth.tokenBased() ? auth.tokens().token(CallDeadline.remaining(request)) : null;
    // One copy of the request: the credential and the tag go on through the same builder.
    Request outgoing =
        auth.signInto(request.newBuilder(), request.url(), token)
            .tag(AuthTag.class, new AuthTag(auth, token, request.url(), plan.operationId(), false))
            .build();
    Response response = chain.proceed(outgoing);
    // Only a 401 from the origin the key was sent to says anything about the key (a redirect elsewhere got none).
    if (response.code() == 401 && !auth.tokenBased() && AuthTag.sameOrigin(response.request().url(), request.url())) {
      response.close();
      throw new InvalidApiKeyException(
          vendor + " rejected the key with HTTP 401 on " + plan.operationId() + " ("
              + request.method() + " " + Redaction.url(request.url(), sensitiveQuery)
              + "): the key is wrong, revoked or for another scope; static keys are not retried");
    }
    return response;
  }

  /**
   * Works out once per generated method which credential signs it: reading an annotation costs a reflective proxy
   * call and an array copy, which every call would otherwise pay.
   */
  private Plan plan(Method method) {
    SpecOperation operation = method.getAnnotation(SpecOperation.class);
    if (operation == null || operation.security().length == 0) {
      return UNSIGNED;
    }
    List<String> security = Arrays.asList(operation.security());
    for (RequestAuth candidate : candidates) {
      if (candidate.acceptedBy(security)) {
        return new Plan(operation.id(), candidate, false, null);
      }
    }
    Set<String> held = new TreeSet<>();
    candidates.forEach(c -> held.addAll(c.schemes()));
    return new Plan(operation.id(), null, false,
        vendor + " operation " + operation.id() + " accepts " + new TreeSet<>(security)
            + " but this client holds " + held + "; nothing was sent");
  }

  /**
   * How the requests of one generated method are signed.
   *
   * @param operationId the spec operation, for messages ({@code null} when unsigned)
   * @param auth the credential that signs it, or {@code null} when it goes unsigned or none of ours is accepted
   * @param unsigned whether the spec declares the operation without credentials
   * @param refusal why no credential of this client is accepted, when that is so
   */
  private record Plan(String operationId, RequestAuth auth, boolean unsigned, String refusal) {}
}
