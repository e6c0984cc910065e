package io.cpaaskit.auth;

import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * The options every vendor client shares, as its builder collected them: an immutable snapshot a client is built
 * from.
 *
 * @param okHttpClient the client to derive from (its pool and dispatcher are shared)
 * @param clock the clock token lifetimes are counted on
 * @param httpLogging what is logged about HTTP traffic
 * @param tokenPolicy when tokens are renewed and how login failures are remembered
 * @param loginRetry the retries around one login
 * @param tokenListener the observer of logins
 * @param retryPolicy when API calls are sent again
 */
public record ClientOptions(
    OkHttpClient okHttpClient,
    Clock clock,
    HttpLogging httpLogging,
    TokenPolicy tokenPolicy,
    LoginRetry loginRetry,
    TokenListener tokenListener,
    RetryPolicy retryPolicy) {}
