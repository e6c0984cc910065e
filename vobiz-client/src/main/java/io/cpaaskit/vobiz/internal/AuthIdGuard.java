package io.cpaaskit.vobiz.internal;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.core.retrofit.SpecOperation;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;
import retrofit2.http.Path;

/**
 * An application interceptor for a customer scope: refuses, before anything is sent, a voice operation whose
 * {@code auth_id} path argument names another account than the scope's credentials. Vobiz would answer such a call
 * with 401 or 403 at best; at worst a partner's bookkeeping would mix up two customers.
 *
 * <p>The argument is read from Retrofit's {@link Invocation} tag: the method parameter annotated
 * {@code @Path("auth_id")}. Other account-like parameters ({@code sub_auth_id}) are not checked, because a main
 * account legitimately manages its sub-accounts with its own credentials.
 */
public final class AuthIdGuard implements Interceptor {
  private static final String PARAMETER = "auth_id";
  private static final int NONE = -1;
  // Only something shaped like an auth_id is quoted back; anything else might be a token pasted into the wrong slot.
  private static final Pattern PRINTABLE_ID = Pattern.compile("(?:MA|SA|PA)_[A-Za-z0-9]{1,40}");

  private final String authId;
  private final ConcurrentMap<Method, Integer> positions = new ConcurrentHashMap<>();

  /**
   * Creates the guard.
   *
   * @param authId the auth_id of the scope's credentials
   */
  public AuthIdGuard(String authId) {
    this.authId = Objects.requireNonNull(authId, "authId == null");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null) {
      int position = positions.computeIfAbsent(invocation.method(), AuthIdGuard::authIdPosition);
      if (position != NONE) {
        Object addressed = invocation.arguments().get(position);
        if (!authId.equals(addressed)) {
          throw new CredentialNotAcceptedException(
              "Vobiz operation " + operationId(invocation.method()) + " addresses account " + printable(addressed)
                  + " but this customer scope holds the credentials of " + authId
                  + "; pass scope.authId(), or use customer(...) with that account's own credentials; nothing was sent");
        }
      }
    }
    return chain.proceed(request);
  }

  private static int authIdPosition(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Path && PARAMETER.equals(((Path) annotation).value())) {
          return i;
        }
      }
    }
    return NONE;
  }

  private static String operationId(Method method) {
    SpecOperation operation = method.getAnnotation(SpecOperation.class);
    return operation != null ? operation.id() : method.getName();
  }

  private static String printable(Object addressed) {
    return addressed instanceof String && PRINTABLE_ID.matcher((String) addressed).matches()
        ? (String) addressed
        : "(another auth_id)";
  }

  @Override
  public String toString() {
    return "AuthIdGuard{" + authId + "}";
  }
}
