package io.cpaaskit.zipteams.embed;

import io.cpaaskit.auth.Secret;
import io.cpaaskit.core.http.Redaction;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Builds the URLs of Zipteams' two embeddable pages, for an iframe's {@code src}: the insights dashboard
 * ({@code /view-insights}) and one call's details ({@code /call-details/{call-id}}). The dashboard token travels in
 * the {@code token} query parameter, the only place Zipteams reads it; every value is percent-encoded by OkHttp's
 * {@link HttpUrl.Builder} (a space as {@code %20}, {@code &} as {@code %26}, {@code +} as {@code %2B}, non-ASCII as
 * UTF-8).
 *
 * <pre>{@code
 * EmbedUrls embed = EmbedUrls.create();                       // https://app.zipteams.com
 * Secret token = dashboardTokens.token("acme", "sales-emea").value();
 * String insights = embed.viewInsights(token, EmbedUrls.THEME_DARK, "agent-42").toString();
 * String call = embed.callDetails(token, "call-0001").toString();
 * }</pre>
 *
 * <p>The returned URL carries the token: hand it to the page that embeds the iframe, and print it, if at all, with
 * {@link Redaction#url(HttpUrl)}, which masks {@code token}. Nothing here logs, and no exception message contains the
 * token. Zipteams loads these pages only inside an iframe on an allow-listed HTTPS page, never on {@code localhost};
 * an invalid or expired token shows an error inside the iframe, not an HTTP error.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmbedUrls {
  /** Where Zipteams serves the embeddable pages. */
  public static final String DEFAULT_BASE_URL = "https://app.zipteams.com";

  /** The {@code theme} of the insights dashboard that Zipteams uses when none is given. */
  public static final String THEME_LIGHT = "light";

  /** The dark {@code theme} of the insights dashboard. */
  public static final String THEME_DARK = "dark";

  private static final EmbedUrls DEFAULT = new EmbedUrls(HttpUrl.get(DEFAULT_BASE_URL));

  private final HttpUrl baseUrl;

  private EmbedUrls(HttpUrl baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Returns the builder for Zipteams' production pages, {@value #DEFAULT_BASE_URL}.
   *
   * @return the builder
   */
  public static EmbedUrls create() {
    return DEFAULT;
  }

  /**
   * Returns a builder for pages served elsewhere (a staging host, or a path behind your own proxy); the page paths
   * are appended to the base's path.
   *
   * @param baseUrl an http or https URL without a query or fragment, e.g. {@code https://app.zipteams.com}
   * @return the builder
   * @throws IllegalArgumentException if it is not such a URL
   */
  public static EmbedUrls withBaseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    HttpUrl url = HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl is not an http or https URL");
    }
    if (url.encodedQuery() != null || url.encodedFragment() != null) {
      throw new IllegalArgumentException("baseUrl must not carry a query or a fragment");
    }
    return new EmbedUrls(url);
  }

  /**
   * Returns the insights dashboard URL: {@code <base>/view-insights?token=…[&theme=…][&agent-id=…]}.
   *
   * @param token the dashboard token of the tenant pair to show
   * @param theme {@link #THEME_LIGHT} or {@link #THEME_DARK}; {@code null} for Zipteams' default (light)
   * @param agentId restricts the view to one agent: the {@code agent.id} sent at ingestion (an unknown one shows an
   *     error in the iframe); {@code null} for all agents
   * @return the URL, carrying the token
   * @throws IllegalArgumentException if {@code theme} or {@code agentId} is blank
   */
  public HttpUrl viewInsights(Secret token, String theme, String agentId) {
    HttpUrl.Builder url = page(token, "view-insights");
    if (theme != null) {
      url.addQueryParameter("theme", notBlank("theme", theme));
    }
    if (agentId != null) {
      url.addQueryParameter("agent-id", notBlank("agentId", agentId));
    }
    return url.build();
  }

  /**
   * Returns the URL of one call's details: {@code <base>/call-details/<callId>?token=…}. The call must be ingested and
   * fully analysed first.
   *
   * @param token the dashboard token of the call's tenant pair
   * @param callId the call's id: the {@code call.id} you sent at ingestion (Zipteams' ingestion answer returns none);
   *     encoded as one path segment, so {@code /}, {@code ?} and {@code #} stay inside it
   * @return the URL, carrying the token
   * @throws IllegalArgumentException if {@code callId} is blank, {@code .} or {@code ..}
   */
  public HttpUrl callDetails(Secret token, String callId) {
    Objects.requireNonNull(callId, "callId == null");
    notBlank("callId", callId);
    if (callId.equals(".") || callId.equals("..")) {
      // OkHttp would read these as dot segments and drop or climb a level instead of encoding them.
      throw new IllegalArgumentException("callId must not be \".\" or \"..\"");
    }
    return page(token, "call-details", callId).build();
  }

  /**
   * Returns the base the page paths are appended to.
   *
   * @return the base URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  @Override
  public String toString() {
    return "EmbedUrls{baseUrl=" + Redaction.url(baseUrl) + "}";
  }

  private HttpUrl.Builder page(Secret token, String... segments) {
    Objects.requireNonNull(token, "token == null");
    // addPathSegment replaces a trailing empty segment, so "https://host" and "https://host/" give the same URL.
    HttpUrl.Builder url = baseUrl.newBuilder();
    for (String segment : segments) {
      url.addPathSegment(segment);
    }
    return url.addQueryParameter("token", token.reveal());
  }

  private static String notBlank(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
