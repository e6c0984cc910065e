package io.cpaaskit.core.retrofit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the spec says about a generated interface method: its operationId and the security schemes it accepts.
 *
 * <p>Read it at run time from Retrofit's {@link retrofit2.Invocation} tag on the request
 * ({@code request.tag(Invocation.class).method().getAnnotation(SpecOperation.class)}), so that credentials, retries
 * and logging follow the spec instead of a hand-kept list of paths.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SpecOperation {
  /**
   * The spec's operationId, which is also the generated method's name.
   *
   * @return the operationId
   */
  String id();

  /**
   * The names of every security scheme the operation's requirements mention (in no particular order); empty when
   * the operation needs no credentials (login, signup, boot). Alternatives and schemes required together are
   * flattened into one list: a client that holds credentials for any listed scheme may sign the request with them.
   *
   * @return the security scheme names
   */
  String[] security();

  /**
   * Whether the spec marks this operation safe to repeat although its method is not idempotent
   * ({@code x-retry-safe: true}, e.g. VoIPBIN's {@code createActiveflow} with a caller-chosen id). GET, HEAD, PUT and
   * DELETE are safe by their method and need no mark.
   *
   * @return whether a retry cannot duplicate an effect
   */
  boolean retrySafe() default false;

  /**
   * The JSON member names the operation's spec marks as secrets ({@code format: password}) in any of its schemas,
   * comma-separated; names may repeat. Generated from the spec (the {@code SecretMembers.NAMES} constant in the
   * client's support package), so a secret added to the spec is masked in logged bodies and kept error bodies
   * without a hand-kept list; see {@link io.cpaaskit.core.http.Redaction#jsonBody(String, java.util.Set)}.
   *
   * @return the member names, comma-separated, or empty
   */
  String secretMembers() default "";

  /** Reads the annotation off a request a generated interface built. */
  final class Lookup {
    private Lookup() {}

    /**
     * Returns the spec operation a request was built for.
     *
     * @param request the request
     * @return its {@link SpecOperation}, or {@code null} if it was not built by a generated interface
     */
    public static SpecOperation of(okhttp3.Request request) {
      retrofit2.Invocation invocation = request.tag(retrofit2.Invocation.class);
      return invocation == null ? null : invocation.method().getAnnotation(SpecOperation.class);
    }

    /**
     * Returns the member names a request's spec marks as secrets ({@link SpecOperation#secretMembers()}).
     *
     * @param request the request
     * @return the names; empty if the request was not built by a generated interface
     */
    public static java.util.Set<String> secretMembers(okhttp3.Request request) {
      return secretMembers(of(request));
    }

    /**
     * Returns the member names an operation's spec marks as secrets, as a set.
     *
     * @param operation the operation, or {@code null}
     * @return the names; empty for {@code null}
     */
    public static java.util.Set<String> secretMembers(SpecOperation operation) {
      if (operation == null || operation.secretMembers().isEmpty()) {
        return java.util.Set.of();
      }
      return SECRET_MEMBERS.computeIfAbsent(operation.secretMembers(), Lookup::names);
    }

    /** The parsed lists, by their text: one per spec in practice. */
    private static final java.util.Map<String, java.util.Set<String>> SECRET_MEMBERS =
        new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Set<String> names(String commaSeparated) {
      java.util.Set<String> names = new java.util.HashSet<>();
      for (String name : commaSeparated.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
      return java.util.Set.copyOf(names);
    }
  }
}
