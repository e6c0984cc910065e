package io.cpaaskit.auth.internal;

import java.io.IOException;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * A network interceptor: when a redirect leaves the origin a request was signed for, removes every header and
 * query parameter any of the client's auths uses, whoever put it there (OkHttp itself drops only
 * {@code Authorization}).
 */
public final class CrossHostStripper implements Interceptor {
  private final Set<String> headerNames;
  private final Set<String> queryNames;

  /**
   * Creates the stripper.
   *
   * @param headerNames every header name any of the client's auths adds
   * @param queryNames every query parameter name any of them adds
   */
  public CrossHostStripper(Set<String> headerNames, Set<String> queryNames) {
    this.headerNames = Set.copyOf(headerNames);
    this.queryNames = Set.copyOf(queryNames);
  }

  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    AuthTag tag = request.tag(AuthTag.class);
    if (tag == null || tag.sameOrigin(request.url())) {
      return chain.proceed(request);
    }
    Request.Builder builder = request.newBuilder().removeHeader("Authorization");
    headerNames.forEach(builder::removeHeader);
    HttpUrl.Builder url = request.url().newBuilder();
    queryNames.forEach(url::removeAllQueryParameters);
    return chain.proceed(builder.url(url.build()).build());
  }
}
