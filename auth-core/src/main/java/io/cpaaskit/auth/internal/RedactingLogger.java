package io.cpaaskit.auth.internal;

import io.cpaaskit.auth.AccessToken;
import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.core.http.Redaction;
import io.cpaaskit.core.retrofit.SpecOperation;
import io.cpaaskit.auth.RequestAuth;
import io.cpaaskit.auth.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * A network interceptor that logs traffic with every credential masked. Three layers: sensitive header and query
 * names (defaults plus what the auths declare), JSON members whose names hold secrets (by name, plus those the
 * operation's spec marks {@code format: password}), and finally the raw value of every live credential and token
 * wherever it still appears in a line.
 */
public final class RedactingLogger implements Interceptor {
  private static final long BODY_LIMIT = 4096;

  private final HttpLogging logging;
  private final boolean bodiesAllowed;
  private final List<RequestAuth> auths;
  /** The static keys' values, read once: they never change, and the scrub runs on every logged line. */
  private final List<String> staticSecrets;
  private final Set<String> sensitiveHeaders;
  private final Set<String> sensitiveQuery;

  public RedactingLogger(HttpLogging logging, boolean bodiesAllowed, List<RequestAuth> auths, Set<String> sensitiveHeaders, Set<String> sensitiveQuery) {
    this.logging = logging;
    this.bodiesAllowed = bodiesAllowed;
    this.auths = List.copyOf(auths);
    this.staticSecrets =
        this.auths.stream().flatMap(auth -> auth.staticSecrets().stream()).map(Secret::reveal).toList();
    this.sensitiveHeaders = sensitiveHeaders;
    this.sensitiveQuery = sensitiveQuery;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    HttpLogging.Level level = logging.level();
    Request request = chain.request();
    if (level == HttpLogging.Level.NONE) {
      return chain.proceed(request);
    }
    boolean headers = level.compareTo(HttpLogging.Level.HEADERS) >= 0;
    boolean bodies = bodiesAllowed && level == HttpLogging.Level.BODY;
    emit("--> " + request.method() + " " + Redaction.url(request.url(), sensitiveQuery));
    if (headers) {
      logHeaders(request.headers());
    }
    if (bodies && request.body() != null && !request.body().isOneShot() && !request.body().isDuplex()) {
      Buffer buffer = new Buffer();
      RequestBody body = request.body();
      body.writeTo(buffer);
      long size = buffer.size();
      emit(bodyLine(buffer.readString(Math.min(size, BODY_LIMIT), StandardCharsets.UTF_8), body.contentType(), size, request));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      emit("<-- FAILED " + e.getClass().getSimpleName());
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    emit("<-- " + response.code() + " " + Redaction.url(response.request().url(), sensitiveQuery) + " (" + millis + " ms)");
    if (headers) {
      logHeaders(response.headers());
    }
    if (bodies && response.body() != null) {
      ResponseBody peeked = response.peekBody(BODY_LIMIT);
      emit(bodyLine(peeked.string(), peeked.contentType(), -1, request));
    }
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean sensitive =
          Redaction.DEFAULT_HEADERS.contains(name.toLowerCase(Locale.ROOT))
              || sensitiveHeaders.stream().anyMatch(name::equalsIgnoreCase);
      emit(name + ": " + (sensitive ? "***" : headers.value(i)));
    }
  }

  private static String bodyLine(String text, MediaType type, long size, Request request) {
    String shown = Redaction.jsonBody(text, SpecOperation.Lookup.secretMembers(request));
    return "body" + (type != null ? " (" + type + ")" : "") + (size >= 0 ? " " + size + " bytes" : "") + ": " + shown;
  }

  private void emit(String line) {
    logging.sink().log(scrub(line));
  }

  /** The last layer: no live secret survives, whatever field or format it hid in. */
  private String scrub(String line) {
    String out = line;
    for (String secret : staticSecrets) {
      out = mask(out, secret);
    }
    for (RequestAuth auth : auths) {
      AccessToken token = auth.tokens() != null ? auth.tokens().cached() : null;
      if (token != null) {
        out = mask(out, token.value().reveal());
      }
    }
    return out;
  }

  private static String mask(String line, String value) {
    return value.length() >= 4 && line.contains(value) ? line.replace(value, "***") : line;
  }
}
