package io.cpaaskit.benchmarks;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.voipbin.api.CallsApi;
import java.lang.management.ManagementFactory;
import okhttp3.OkHttpClient;
import retrofit2.Response;

/**
 * The child JVM of the cold-start measurement: one authenticated call (login included) through the SDK or by hand,
 * then a marker line the parent times, then the JVM's own uptime at that moment.
 *
 * <p>Usage: {@code ColdStart sdk|raw <baseUrl>}. Management classes are loaded only after the marker, so they do
 * not count.
 */
public final class ColdStart {
  /** The line the parent waits for. */
  static final String DONE = "FIRST_CALL_DONE";

  private ColdStart() {}

  /**
   * Runs one side.
   *
   * @param args {@code sdk} or {@code raw}, then the server's root URL
   * @throws Exception if the call fails
   */
  public static void main(String[] args) throws Exception {
    String side = args[0];
    String baseUrl = args[1];
    OkHttpClient base = new OkHttpClient();
    if (side.equals("sdk")) {
      CallsApi calls =
          Fixtures.sdk(baseUrl, base, HttpLogging.Level.BASIC, TokenListener.NONE).create(CallsApi.class);
      Response<?> response = calls.getCall(Fixtures.CALL_ID).execute();
      if (!response.isSuccessful() || response.body() == null) {
        throw new IllegalStateException("HTTP " + response.code());
      }
    } else if (side.equals("raw")) {
      new RawVoipbin(base, baseUrl).login().getCall(Fixtures.CALL_ID);
    } else {
      throw new IllegalArgumentException("side must be sdk or raw");
    }
    long done = System.currentTimeMillis();
    System.out.println(DONE);
    System.out.flush();
    System.out.println("uptime-ms " + (done - ManagementFactory.getRuntimeMXBean().getStartTime()));
    System.out.flush();
    System.exit(0); // OkHttp's idle threads would otherwise keep the JVM up for a minute
  }
}
