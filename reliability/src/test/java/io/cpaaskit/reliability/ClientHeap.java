package io.cpaaskit.reliability;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * The heap held by the client side of a test, from a live-object class histogram: instances of OkHttp, Retrofit,
 * Moshi and our classes, leaving out the sandboxes, MockWebServer and the tests themselves. The whole heap also holds
 * what the sandboxes keep (every call a soak places, the last 10,000 exchanges) and the soak's own latency arrays, so
 * its growth says little about whether the client leaks; this does.
 */
final class ClientHeap {
  private ClientHeap() {}

  /**
   * Returns the bytes of live client-side objects ({@code GC.class_histogram}, which collects garbage first).
   *
   * @return the bytes
   * @throws Exception if the JVM offers no diagnostic command bean
   */
  static long bytes() throws Exception {
    String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
        new Object[] {new String[0]}, new String[] {String[].class.getName()});
    return clientBytes(histogram);
  }

  /** Sums the client-side rows of a class histogram (package-private for tests). */
  static long clientBytes(String histogram) {
    long total = 0;
    for (String line : histogram.split("\n")) {
      // "   7:          1234         56789  okhttp3.internal.connection.RealConnection (okhttp)"
      String[] columns = line.trim().split("\\s+");
      if (columns.length < 4 || !columns[0].endsWith(":")) {
        continue;
      }
      if (isClient(columns[3])) {
        total += Long.parseLong(columns[2]);
      }
    }
    return total;
  }

  static boolean isClient(String className) {
    if (className.startsWith("io.cpaaskit.")) {
      return !className.startsWith("io.cpaaskit.sandbox.") && !className.startsWith("io.cpaaskit.reliability.");
    }
    return className.startsWith("okhttp3.") || className.startsWith("retrofit2.")
        || className.startsWith("com.squareup.moshi.");
  }
}
