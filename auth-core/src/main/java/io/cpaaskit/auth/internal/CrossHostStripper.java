package io.cpaaskit.auth.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * A network interceptor: when a redirect leaves the origin a request was signed for, removes every header and
 * query parameter our auth added (OkHttp itself drops only {@code Authorization}).
 */
public final class CrossHostStripper implements Interceptor {
  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    AuthTag tag = request.tag(AuthTag.class);
    if (tag == null || tag.sameOrigin(request.url())) {
      return chain.proceed(request);
    }
    Request.Builder builder = request.newBuilder().removeHeader("Authorization");
    tag.auth().headerNames().forEach(builder::removeHeader);
    HttpUrl.Builder url = request.url().newBuilder();
    tag.auth().queryNames().forEach(url::removeAllQueryParameters);
    return chain.proceed(builder.url(url.build()).build());
  }
}
